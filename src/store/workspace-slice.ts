// The open workspace (a whole API, src/workspace/): its methods, which one the designer edits, the sidebar's search,
// and Run all. The designer keeps editing `design` as always; the selected method's design in the workspace is that
// design (currentWorkspace), and goes back into the workspace when another method is selected. Run all is started
// here and carried out by workspace-runs.ts (the engine's Web Worker); its outcomes become each method's test status.
import { defaultDesign } from '../model/index.ts';
import type { MethodTestStatus, Workspace } from '../workspace/types.ts';
import { designOf, withDesign, withStatuses } from '../workspace/workspace-methods.ts';
import type { SampleOutcome } from '../worker/protocol.ts';
import type { GetState, SetState, Slice } from './store-types.ts';
import { currentOriginals, NO_ORIGINALS, type MethodOriginals } from './workspace-originals.ts';

export interface RunAllState {
  status: 'idle' | 'running' | 'done' | 'failed';
  /** Bumped by "Run all": workspace-runs.ts starts a run when it changes. */
  requests: number;
  outcomes: SampleOutcome[];
  /** How many samples the run has in all (outcomes.length of them are done). */
  total: number;
  /** Why the run could not finish (a template stopped over its budget, the engine failed). */
  message: string | null;
  durationMs: number | null;
}

export interface WorkspaceState {
  open: Workspace | null;
  search: string;
  run: RunAllState;
  /** Each method's original, by key (the open method's is the library state's `original`): workspace-originals.ts. */
  originals: MethodOriginals;
}

export interface WorkspaceSliceState {
  workspace: WorkspaceState;
}

export interface WorkspaceActions {
  /**
   * Opens a whole API: its selected method in the designer (the open design is saved first); false if it could not.
   * `originals`: the methods' originals kept from before (else each method's is the method as it is when first opened).
   */
  openWorkspace(workspace: Workspace, originals?: MethodOriginals): Promise<boolean>;
  /** After a reload: the workspace back, keeping the method design this tab had open when `selected` is that method. */
  resumeWorkspace(workspace: Workspace, selected: string | null, originals?: MethodOriginals): Promise<void>;
  /** Opens another method in the designer (and one of its samples); the edited one stays in the workspace. */
  selectMethod(key: string, sampleIndex?: number): Promise<void>;
  searchMethods(text: string): void;
  closeWorkspace(): Promise<void>;
  runAll(): void;
  runAllProgress(outcomes: SampleOutcome[]): void;
  runAllFinished(result: { ok: true; durationMs: number } | { ok: false; message: string }): void;
}

export const IDLE_RUN: RunAllState = {
  status: 'idle',
  requests: 0,
  outcomes: [],
  total: 0,
  message: null,
  durationMs: null,
};

/** The open workspace with the designer's design as its selected method (the edits so far); null: none is open. */
export function currentWorkspace(state: {
  workspace: WorkspaceState;
  design: Workspace['methods'][number]['design'];
  library: { document: { inWorkspace?: boolean } };
}): Workspace | null {
  const open = state.workspace.open;
  if (!open) return null;
  return state.library.document.inWorkspace ? withDesign(open, open.selected, state.design) : open;
}

/** Each method's test status from a run's outcomes. */
export function statusesOf(outcomes: readonly SampleOutcome[]): Map<string, MethodTestStatus> {
  const statuses = new Map<string, MethodTestStatus>();
  for (const o of outcomes) {
    const s = statuses.get(o.key) ?? { state: 'passed', passed: 0, failed: 0 };
    if (o.passed) s.passed = (s.passed ?? 0) + 1;
    else s.failed = (s.failed ?? 0) + 1;
    s.state = (s.failed ?? 0) > 0 ? 'failed' : 'passed';
    statuses.set(o.key, s);
  }
  return statuses;
}

export function createWorkspaceSlice(set: SetState, get: GetState): Slice<WorkspaceSliceState, WorkspaceActions> {
  const patch = (p: Partial<WorkspaceState>) => set({ workspace: { ...get().workspace, ...p } });
  const patchRun = (p: Partial<RunAllState>) => patch({ run: { ...get().workspace.run, ...p } });

  /** `originals` is read before the switch: the method being left takes its original with it. */
  const open = async (
    workspace: Workspace,
    key: string,
    sampleIndex = 0,
    originals = currentOriginals(get()),
  ): Promise<boolean> => {
    const design = designOf(workspace, key);
    if (!design) return false;
    const opened = await get().actions.openWorkspaceMethod(design, originals[key]);
    if (!opened) return false;
    const original = get().library.original;
    patch({
      open: { ...workspace, selected: key },
      originals: original ? { ...originals, [key]: original } : originals,
    });
    if (sampleIndex > 0) get().actions.selectSample(sampleIndex);
    return true;
  };

  return {
    workspace: { open: null, search: '', run: IDLE_RUN, originals: NO_ORIGINALS },
    actions: {
      openWorkspace: async (given, originals = NO_ORIGINALS) => {
        const workspace = given.id ? given : { ...given, id: crypto.randomUUID() };
        const opened = await open(workspace, workspace.selected, 0, originals);
        if (opened) patch({ search: '', run: { ...IDLE_RUN, requests: get().workspace.run.requests } });
        return opened;
      },
      resumeWorkspace: async (workspace, selected, originals = NO_ORIGINALS) => {
        const state = get();
        if (selected && state.library.document.inWorkspace && workspace.methods.some((m) => m.key === selected)) {
          // The method this tab had open, as it had it: its original is the stored one (the page's start took the
          // design as it was at the reload for its original, knowing no better).
          const original = originals[selected];
          patch({ open: withDesign({ ...workspace, selected }, selected, state.design), originals });
          if (original) set({ library: { ...get().library, original, originalStored: true } });
          return;
        }
        await open(workspace, workspace.selected, 0, originals);
      },
      selectMethod: async (key, sampleIndex = 0) => {
        const workspace = currentWorkspace(get());
        if (!workspace) return;
        if (key === workspace.selected && get().library.document.inWorkspace) {
          get().actions.selectSample(sampleIndex);
          return;
        }
        await open(workspace, key, sampleIndex);
      },
      searchMethods: (search) => patch({ search }),
      closeWorkspace: async () => {
        patch({
          open: null,
          search: '',
          run: { ...IDLE_RUN, requests: get().workspace.run.requests },
          originals: NO_ORIGINALS,
        });
        if (get().library.document.inWorkspace) await get().actions.newDesign(defaultDesign());
      },
      runAll: () => {
        const workspace = currentWorkspace(get());
        if (!workspace || get().workspace.run.status === 'running') return;
        const total = workspace.methods.reduce((n, m) => n + m.design.samples.length, 0);
        patchRun({
          status: 'running',
          requests: get().workspace.run.requests + 1,
          outcomes: [],
          total,
          message: null,
          durationMs: null,
        });
      },
      runAllProgress: (outcomes) => patchRun({ outcomes: [...get().workspace.run.outcomes, ...outcomes] }),
      runAllFinished: (result) => {
        const { run, open: workspace } = get().workspace;
        if (workspace) patch({ open: withStatuses(workspace, statusesOf(run.outcomes)) });
        if (result.ok) patchRun({ status: 'done', durationMs: result.durationMs });
        else patchRun({ status: 'failed', message: result.message });
      },
    },
  };
}
