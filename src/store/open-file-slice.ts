// The file `integration-designer open` was started on: which of its methods is in the designer, the edits of the
// others (kept while you switch), and "Save to file": the file's text as writeBackApi would write it, shown for
// confirmation, then written only over the version read (a file changed on disk meanwhile is never overwritten: the
// user is offered to reload it, and the designer's undo still has what they did).
import { writeBackApi } from '../formats/api-definition/write-back.ts';
import { readApiDesigns } from '../formats/api-definition/read-api-designs.ts';
import { exampleBackend, exampleSample } from '../model/example-traffic.ts';
import type { Design } from '../model/types.ts';
import type { OpenFileClient } from '../share/open-file-client.ts';
import type { GetState, SetState, Slice } from './store-types.ts';

export interface OpenFileState {
  status: 'off' | 'loading' | 'ready' | 'error';
  name: string;
  /** The file as last read or written, and the SHA-256 the server gave for it. */
  text: string;
  hash: string;
  /** The methods of the file ("VERB /path"), in file order, and the one in the designer. */
  methods: string[];
  current: string | null;
  /** Designs of methods edited and then left for another (the one in the designer is the store's design). */
  edits: Record<string, Design>;
  /** The save shown for confirmation: the file's new text and what writing it had to approximate. */
  pending: { text: string; notes: string[] } | null;
  /** Why the file could not be opened or saved; `changedOnDisk` offers a reload. */
  error: string | null;
  changedOnDisk: boolean;
  /** Said after a save, until the next change of state. */
  message: string | null;
}

export interface OpenFileSliceState {
  openFile: OpenFileState;
}

export interface OpenFileActions {
  /** Reads the file and opens its first method (or the design it is) in the designer. */
  connectOpenFile(client: OpenFileClient): Promise<void>;
  selectOpenMethod(key: string): void;
  /** Works out the file's new text and shows it for confirmation (or why it cannot be written). */
  prepareSave(): void;
  cancelSave(): void;
  confirmSave(): Promise<void>;
  /** Reads the file again (after it changed on disk) and opens the same method from it. */
  reloadOpenFile(): Promise<void>;
}

export const OPEN_FILE_OFF: OpenFileState = {
  status: 'off',
  name: '',
  text: '',
  hash: '',
  methods: [],
  current: null,
  edits: {},
  pending: null,
  error: null,
  changedOnDisk: false,
  message: null,
};

export function createOpenFileSlice(set: SetState, get: GetState): Slice<OpenFileSliceState, OpenFileActions> {
  let client: OpenFileClient | null = null;
  const patch = (p: Partial<OpenFileState>) => set({ openFile: { ...get().openFile, ...p } });

  /** The design of `key` as the file has it, with a sample and mock backend that fit it for the preview. */
  const fromFile = (key: string): Design | null => {
    const read = readApiDesigns(get().openFile.text);
    const design = read.ok ? read.api.methods.get(key)?.design : undefined;
    if (!design) return null;
    if (design.samples.length === 0) design.samples = [exampleSample(design)];
    design.backend ??= exampleBackend(design);
    return design;
  };

  const load = async (keep: string | null) => {
    if (!client) return;
    patch({ status: 'loading', error: null, changedOnDisk: false, pending: null, message: null });
    let file: Awaited<ReturnType<OpenFileClient['load']>>;
    try {
      file = await client.load();
    } catch (e) {
      patch({ status: 'error', error: (e as Error).message });
      return;
    }
    const read = readApiDesigns(file.text);
    if (!read.ok || read.api.methods.size === 0) {
      const why = read.ok ? ([...read.api.problems.values()][0] ?? 'no methods with an integration') : read.error;
      patch({ status: 'error', name: file.name, error: `${file.name} cannot be opened: ${why}` });
      return;
    }
    const methods = [...read.api.methods.keys()];
    const current = keep && methods.includes(keep) ? keep : methods[0]!;
    patch({ status: 'ready', name: file.name, text: file.text, hash: file.hash, methods, current, edits: {} });
    const design = fromFile(current)!;
    if (keep === null) await get().actions.importAsNew(design);
    else get().actions.replaceDesign(design);
  };

  /** Every edited method's design, the one in the designer included. */
  const allEdits = (): Map<string, Design> => {
    const { edits, current } = get().openFile;
    const all = new Map(Object.entries(edits));
    if (current) all.set(current, get().design);
    return all;
  };

  return {
    openFile: OPEN_FILE_OFF,
    actions: {
      async connectOpenFile(given) {
        client = given;
        await load(null);
      },
      selectOpenMethod(key) {
        const { current, edits, methods } = get().openFile;
        if (key === current || !methods.includes(key)) return;
        const kept = current ? { ...edits, [current]: get().design } : edits;
        const next = kept[key] ?? fromFile(key);
        if (!next) return;
        patch({ current: key, edits: kept, message: null });
        get().actions.replaceDesign(next);
      },
      prepareSave() {
        const result = writeBackApi(get().openFile.text, allEdits());
        if (!result.ok) patch({ error: `Not saved: ${result.error}`, pending: null, message: null });
        else patch({ pending: { text: result.text, notes: result.notes }, error: null, message: null });
      },
      cancelSave() {
        patch({ pending: null });
      },
      async confirmSave() {
        const { pending, hash, name } = get().openFile;
        if (!pending || !client) return;
        let reply: Awaited<ReturnType<OpenFileClient['save']>>;
        try {
          reply = await client.save(pending.text, hash);
        } catch (e) {
          patch({ pending: null, error: `Not saved: ${(e as Error).message}` });
          return;
        }
        if (!reply.ok) {
          patch({ pending: null, error: `Not saved: ${reply.error}`, changedOnDisk: reply.changedOnDisk === true });
          return;
        }
        patch({
          pending: null,
          text: pending.text,
          hash: reply.hash,
          edits: {},
          error: null,
          message: `Saved ${name}`,
        });
      },
      async reloadOpenFile() {
        await load(get().openFile.current);
      },
    },
  };
}
