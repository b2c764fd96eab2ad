// The Compare view's state: whether it is open, which two versions it compares (the open design's original, the
// open design now, one of its saved revisions, or a saved design of the library), what there is to choose from, and
// the versions read so far. What differs between the two is computed by formats/patch (compareDesigns), never kept
// here.
import type { Design } from '../model/types.ts';
import type { LibraryEntry, RevisionEntry } from '../share/index.ts';
import { keptOutOfLibrary, type OpenDocument } from './library-state.ts';
import type { GetState, SetState, Slice } from './store-types.ts';

/** `original`, `now`, `saved:<library id>`, or `revision:<startedAt>` (a revision of the open design). */
export type VersionKey = 'original' | 'now' | `saved:${string}` | `revision:${number}`;
export type CompareSide = 'before' | 'after';

export interface CompareState {
  open: boolean;
  before: VersionKey;
  after: VersionKey;
  /** The saved designs, newest first, read when Compare opens. */
  entries: LibraryEntry[];
  /** The open design's saved revisions, newest first, read when Compare opens (none when it is not in the library). */
  revisions: RevisionEntry[];
  /** Saved designs and revisions read from the library, by version key (read again each time one is chosen). */
  saved: Partial<Record<VersionKey, Design>>;
  /** Why a chosen saved design cannot be shown, or null. */
  problem: string | null;
}

export interface CompareSliceState {
  compare: CompareState;
}

export interface CompareActions {
  /** Opens Compare on the original against now (and reads the saved designs and revisions), or closes it. */
  showCompare(open: boolean): Promise<void>;
  /** Chooses a version for one side; a saved design or revision is read from the library. */
  chooseVersion(side: CompareSide, key: VersionKey): Promise<void>;
}

const savedId = (key: VersionKey): string | null => (key.startsWith('saved:') ? key.slice('saved:'.length) : null);
const revisionStart = (key: VersionKey): number | null =>
  key.startsWith('revision:') ? Number(key.slice('revision:'.length)) : null;

/** The design a version key stands for, or null while it is not available (being read, or gone). */
export function versionDesign(
  state: CompareSliceState & { design: Design; library: { original: { design: Design } | null } },
  key: VersionKey,
): Design | null {
  if (key === 'now') return state.design;
  if (key === 'original') return state.library.original?.design ?? null;
  return state.compare.saved[key] ?? null;
}

const CLOSED: CompareState = {
  open: false,
  before: 'original',
  after: 'now',
  entries: [],
  revisions: [],
  saved: {},
  problem: null,
};

export function createCompareSlice(set: SetState, get: GetState): Slice<CompareSliceState, CompareActions> {
  const patch = (p: Partial<CompareState>) => set({ compare: { ...get().compare, ...p } });

  /** The saved design or revision a key stands for, read from the library; null with what to say when it cannot. */
  const readVersion = async (key: VersionKey): Promise<{ design: Design | null; name: string }> => {
    const { actions, compare } = get();
    const id = savedId(key);
    if (id !== null)
      return {
        design: await actions.readSaved(id),
        name: `“${compare.entries.find((e) => e.id === id)?.name ?? 'The saved design'}”`,
      };
    const revision = compare.revisions.find((r) => r.startedAt === revisionStart(key));
    return {
      design: revision ? await actions.readRevision(revision.designId, revision.startedAt) : null,
      name: 'The revision',
    };
  };

  const read = async (key: VersionKey) => {
    if (key === 'now' || key === 'original') return;
    const { design, name } = await readVersion(key);
    const { [key]: _stale, ...saved } = get().compare.saved;
    if (design) patch({ saved: { ...saved, [key]: design } });
    else
      patch({
        saved,
        problem: `${name} could not be read: ${get().library.error ?? 'it is no longer in the library.'}`,
      });
  };

  const revisionsOf = (document: OpenDocument) =>
    document.id === null || keptOutOfLibrary(document) ? [] : get().actions.listRevisions(document.id);

  return {
    compare: CLOSED,
    actions: {
      showCompare: async (open) => {
        if (!open) return patch({ open: false, saved: {}, problem: null });
        patch({ ...CLOSED, open: true });
        const [entries, revisions] = await Promise.all([
          get().actions.listSaved(),
          revisionsOf(get().library.document),
        ]);
        patch({ entries, revisions });
      },
      chooseVersion: async (side, key) => {
        patch({ [side]: key, problem: null });
        await read(key);
      },
    },
  };
}
