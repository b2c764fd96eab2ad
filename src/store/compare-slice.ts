// The Compare view's state: whether it is open, which two versions it compares (the open design's original, the
// open design now, or a saved design of the library), the saved designs to choose from, and the saved designs read so
// far. What differs between the two is computed by formats/patch (compareDesigns), never kept here.
import type { Design } from '../model/types.ts';
import type { LibraryEntry } from '../share/index.ts';
import type { GetState, SetState, Slice } from './store-types.ts';

/** `original`, `now`, or `saved:<library id>`. */
export type VersionKey = 'original' | 'now' | `saved:${string}`;
export type CompareSide = 'before' | 'after';

export interface CompareState {
  open: boolean;
  before: VersionKey;
  after: VersionKey;
  /** The saved designs, newest first, read when Compare opens. */
  entries: LibraryEntry[];
  /** Saved designs read from the library, by id (read again each time one is chosen). */
  saved: Record<string, Design>;
  /** Why a chosen saved design cannot be shown, or null. */
  problem: string | null;
}

export interface CompareSliceState {
  compare: CompareState;
}

export interface CompareActions {
  /** Opens Compare on the original against now (and reads the list of saved designs), or closes it. */
  showCompare(open: boolean): Promise<void>;
  /** Chooses a version for one side; a saved design is read from the library. */
  chooseVersion(side: CompareSide, key: VersionKey): Promise<void>;
}

const savedId = (key: VersionKey): string | null => (key.startsWith('saved:') ? key.slice('saved:'.length) : null);

/** The design a version key stands for, or null while it is not available (being read, or gone). */
export function versionDesign(
  state: CompareSliceState & { design: Design; library: { original: { design: Design } | null } },
  key: VersionKey,
): Design | null {
  if (key === 'now') return state.design;
  if (key === 'original') return state.library.original?.design ?? null;
  const id = savedId(key);
  return id === null ? null : (state.compare.saved[id] ?? null);
}

export function createCompareSlice(set: SetState, get: GetState): Slice<CompareSliceState, CompareActions> {
  const patch = (p: Partial<CompareState>) => set({ compare: { ...get().compare, ...p } });

  const read = async (key: VersionKey) => {
    const id = savedId(key);
    if (id === null) return;
    const design = await get().actions.readSaved(id);
    if (design) patch({ saved: { ...get().compare.saved, [id]: design } });
    else {
      const name = get().compare.entries.find((e) => e.id === id)?.name ?? 'The saved design';
      const { [id]: _gone, ...saved } = get().compare.saved;
      patch({
        saved,
        problem: `“${name}” could not be read: ${get().library.error ?? 'it is no longer in the library.'}`,
      });
    }
  };

  return {
    compare: { open: false, before: 'original', after: 'now', entries: [], saved: {}, problem: null },
    actions: {
      showCompare: async (open) => {
        if (!open) return patch({ open: false, saved: {}, problem: null });
        patch({ open: true, before: 'original', after: 'now', saved: {}, problem: null });
        patch({ entries: await get().actions.listSaved() });
      },
      chooseVersion: async (side, key) => {
        patch({ [side]: key, problem: null });
        await read(key);
      },
    },
  };
}
