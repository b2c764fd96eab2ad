// Keeps the open workspace in the browser: the workspace itself in IndexedDB (src/share/workspace-store.ts), saved
// shortly after each change, and which workspace and method are open in Web Storage (written at once, so a reload
// right after switching methods reopens that method). On start the workspace comes back through the workspace's
// restore step; one that cannot be read is reported with the reason and left in storage, never deleted. Each method's
// original (what Compare measures against) is stored with it and checked when read back (workspace-originals.ts).
import type { WorkspaceStore } from '../share/workspace-store.ts';
import type { Workspace } from '../workspace/types.ts';
import type { DesignerStore } from './store-types.ts';
import { currentOriginals, readStoredOriginals } from './workspace-originals.ts';
import { currentWorkspace } from './workspace-slice.ts';

export const WORKSPACE_POINTER_KEY = 'integration-designer:workspace';
export const WORKSPACE_SAVE_DELAY_MS = 300;

interface Pointer {
  id: string;
  selected: string;
}

type PointerStorage = Pick<Storage, 'getItem' | 'setItem'> & Partial<Pick<Storage, 'removeItem'>>;

function readPointer(storage: PointerStorage | null): Pointer | null {
  try {
    const value = JSON.parse(storage?.getItem(WORKSPACE_POINTER_KEY) ?? 'null') as Partial<Pointer> | null;
    if (value && typeof value.id === 'string' && typeof value.selected === 'string')
      return { id: value.id, selected: value.selected };
  } catch {
    // unreadable: no workspace to reopen
  }
  return null;
}

function writePointer(storage: PointerStorage | null, workspace: Workspace | null): void {
  try {
    if (workspace?.id)
      storage?.setItem(WORKSPACE_POINTER_KEY, JSON.stringify({ id: workspace.id, selected: workspace.selected }));
    else if (storage?.removeItem) storage.removeItem(WORKSPACE_POINTER_KEY);
    else storage?.setItem(WORKSPACE_POINTER_KEY, 'null');
  } catch {
    // storage refused (private mode, quota): the workspace itself is still saved in IndexedDB
  }
}

function droppedOriginals(problems: readonly string[]): string {
  const one = problems.length === 1;
  return `The stored original of ${one ? 'a method' : `${problems.length} methods`} of the workspace could not be read and ${one ? 'was' : 'were'} dropped (${problems.join('; ')}): Compare measures ${one ? 'that method' : 'them'} from how ${one ? 'it is' : 'they are'} now.`;
}

export interface WorkspaceStorageOptions {
  storage: PointerStorage | null;
  openStore: () => Promise<WorkspaceStore>;
  delayMs?: number;
  now?: () => number;
}

export function connectWorkspaceStorage(
  store: DesignerStore,
  options: WorkspaceStorageOptions,
): { restored: Promise<void>; flush: () => Promise<void>; stop: () => void } {
  const delayMs = options.delayMs ?? WORKSPACE_SAVE_DELAY_MS;
  const now = options.now ?? Date.now;
  let opened: Promise<WorkspaceStore> | null = null;
  const workspaces = () => (opened ??= options.openStore());
  let timer: ReturnType<typeof setTimeout> | null = null;
  let failed = false;
  const say = (message: string) => store.getState().actions.showNotice(message);

  const save = async (): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const state = store.getState();
    const workspace = currentWorkspace(state);
    if (!workspace?.id) return;
    const originals = currentOriginals(state);
    try {
      await (await workspaces()).put({
        id: workspace.id,
        name: workspace.name,
        updatedAt: now(),
        workspace,
        originals,
      });
      failed = false;
    } catch (e) {
      if (!failed)
        say(
          `The workspace could not be saved in this browser (${(e as Error).message}); it stays open here — use “Save workspace file” to keep it.`,
        );
      failed = true;
    }
  };

  const restored = (async () => {
    const pointer = readPointer(options.storage);
    if (!pointer) return;
    try {
      const record = await (await workspaces()).get(pointer.id);
      if (!record) return;
      // Loaded only when a workspace is there to reopen: it is not part of the first download.
      const { restoreWorkspace } = await import('../workspace/restore-workspace.ts');
      const { workspace } = restoreWorkspace(record.workspace);
      const keys = new Set(workspace.methods.map((m) => m.key));
      const { originals, problems } = readStoredOriginals(record.originals, keys);
      await store.getState().actions.resumeWorkspace({ ...workspace, id: pointer.id }, pointer.selected, originals);
      if (problems.length > 0) say(droppedOriginals(problems));
    } catch (e) {
      say(
        `The workspace saved in this browser could not be opened (${(e as Error).message}). It is still in this browser's storage; the designer opened without it.`,
      );
    }
  })();

  const unsubscribe = store.subscribe((state, previous) => {
    const inWorkspace = state.library.document.inWorkspace === true;
    const changed =
      state.workspace.open !== previous.workspace.open ||
      state.workspace.originals !== previous.workspace.originals ||
      (inWorkspace && (state.design !== previous.design || state.library.original !== previous.library.original));
    if (!changed) return;
    writePointer(options.storage, state.workspace.open);
    if (state.workspace.open && timer === null) timer = setTimeout(() => void save(), delayMs);
  });

  return {
    restored,
    flush: save,
    stop: () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    },
  };
}
