// The file `integration-designer open` was started on. A design document opens as the designer's design; an API
// definition (CloudFormation/SAM, OpenAPI) as a workspace of all its methods (workspace-slice.ts), after a reload
// the same workspace when the file has not changed. "Save to file": the file's text as writeBackApi writes every
// method's edits into it, shown for confirmation, then written only over the version read — a file changed on disk
// meanwhile is never overwritten: the user is offered to reload it (the designer's undo keeps what they did).
import { exampleBackend, exampleSample } from '../model/example-traffic.ts';
import type { Design } from '../model/types.ts';
import type { OpenFileClient } from '../share/open-file-client.ts';
import type { GetState, SetState, Slice } from './store-types.ts';
import { currentWorkspace } from './workspace-slice.ts';

export interface OpenFileState {
  status: 'off' | 'loading' | 'ready' | 'error';
  name: string;
  /** A design document (the designer's design) or an API definition (a workspace). */
  kind: 'design' | 'api' | null;
  /** The file as last read or written, and the SHA-256 the server gave for it. */
  text: string;
  hash: string;
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
  /** Reads the file and opens it: a design as the design, an API definition as a workspace. */
  connectOpenFile(client: OpenFileClient): Promise<void>;
  /** Works out the file's new text and shows it for confirmation (or says why it cannot be written). */
  prepareSave(): Promise<void>;
  cancelSave(): void;
  confirmSave(): Promise<void>;
  /** Reads the file again (after it changed on disk) and opens it, on the same method. */
  reloadOpenFile(): Promise<void>;
}

export const OPEN_FILE_OFF: OpenFileState = {
  status: 'off',
  name: '',
  kind: null,
  text: '',
  hash: '',
  pending: null,
  error: null,
  changedOnDisk: false,
  message: null,
};

const formats = () => import('./open-file-formats.ts');

export function createOpenFileSlice(set: SetState, get: GetState): Slice<OpenFileSliceState, OpenFileActions> {
  let client: OpenFileClient | null = null;
  const patch = (p: Partial<OpenFileState>) => set({ openFile: { ...get().openFile, ...p } });

  const openDesign = async (design: Design, again: boolean) => {
    const withTraffic = { ...design };
    if (withTraffic.samples.length === 0) withTraffic.samples = [exampleSample(design)];
    withTraffic.backend ??= exampleBackend(design);
    if (again) get().actions.replaceDesign(withTraffic);
    else await get().actions.importAsNew(withTraffic);
  };

  const openApi = async (name: string, text: string, again: boolean): Promise<string | null> => {
    const open = get().workspace.open;
    // After a reload of the page the workspace comes back from the browser's storage, edits and all: kept while
    // the file is the one it was opened from.
    if (!again && open?.source.fileName === name && open.source.text === text) return null;
    const opened = (await formats()).openApiWorkspace(name, text);
    if (!opened.ok) return opened.error;
    const selected = again && open && opened.workspace.methods.some((m) => m.key === open.selected);
    const workspace = selected ? { ...opened.workspace, selected: open.selected } : opened.workspace;
    const done = await get().actions.openWorkspace({ ...workspace, ...(again && open?.id ? { id: open.id } : {}) });
    return done ? null : `${name} was not opened, so that the design open now is kept (it could not be saved first)`;
  };

  const load = async (again: boolean) => {
    if (!client) return;
    patch({ status: 'loading', error: null, changedOnDisk: false, pending: null, message: null });
    let file: Awaited<ReturnType<OpenFileClient['load']>>;
    try {
      file = await client.load();
    } catch (e) {
      patch({ status: 'error', error: (e as Error).message });
      return;
    }
    const read = (await formats()).readApiDesigns(file.text);
    if (!read.ok || read.api.methods.size === 0) {
      const why = read.ok ? ([...read.api.problems.values()][0] ?? 'no method with an integration') : read.error;
      patch({ status: 'error', name: file.name, error: `${file.name} cannot be opened: ${why}` });
      return;
    }
    const kind = read.api.kind === 'design' ? 'design' : 'api';
    patch({ name: file.name, kind, text: file.text, hash: file.hash });
    const refused =
      kind === 'design'
        ? await openDesign([...read.api.methods.values()][0]!.design, again).then(() => null)
        : await openApi(file.name, file.text, again);
    patch(refused ? { status: 'error', error: refused } : { status: 'ready' });
  };

  /** Every method's design as the designer has it now, by the key the file knows it by. */
  const edits = async (): Promise<Map<string, Design>> => {
    const { kind, text } = get().openFile;
    if (kind === 'design') {
      const read = (await formats()).readApiDesigns(text);
      const key = read.ok ? [...read.api.methods.keys()][0] : undefined;
      return key ? new Map([[key, get().design]]) : new Map();
    }
    const workspace = currentWorkspace(get());
    if (!workspace) return new Map();
    return new Map(workspace.methods.map((m) => [m.key, { ...m.design, api: workspace.api }]));
  };

  return {
    openFile: OPEN_FILE_OFF,
    actions: {
      async connectOpenFile(given) {
        client = given;
        await load(false);
      },
      async prepareSave() {
        if (get().openFile.kind === 'api' && !get().workspace.open) {
          patch({ error: 'Not saved: the workspace of the file was closed; reload the file to edit it again' });
          return;
        }
        const { writeBackApi } = await formats();
        const result = writeBackApi(get().openFile.text, await edits());
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
        patch({ pending: null, text: pending.text, hash: reply.hash, error: null, message: `Saved ${name}` });
        // The workspace now comes from the text on disk (its Export back and a reload of the page start from it).
        const open = get().workspace.open;
        if (open)
          set({ workspace: { ...get().workspace, open: { ...open, source: { ...open.source, text: pending.text } } } });
      },
      async reloadOpenFile() {
        await load(true);
      },
    },
  };
}
