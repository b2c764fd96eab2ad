// The live preview's state: the last run the engine made (its Trace and what the worker learned beside it) and how the
// latest run went, kept as the worker's result type (worker/protocol.ts PreviewResult) without reshaping. The UI only
// renders this; it never re-decides what the engine decided (docs/architecture.md#principles).
import { deepEqual } from '../model/deep-equal.ts';
import type { Problem } from '../model/types.ts';
import type { PreviewResult, PreviewRun } from '../worker/protocol.ts';
import type { GetState, SetState, Slice } from './store-types.ts';

export type PreviewStatus = 'idle' | 'running' | PreviewResult['status'];

export interface PreviewState {
  status: PreviewStatus;
  /** The last run; kept while a newer run is in flight so the preview does not flicker. Null after a stop or failure. */
  run: PreviewRun | null;
  /** Why the last run did not produce a trace (stopped for running too long, worker crashed). */
  message: string | null;
  /** Number of completed runs; lets tests and benchmarks wait for "the next preview". */
  runs: number;
}

export interface PreviewSliceState {
  preview: PreviewState;
  /**
   * The design's problems as the engine worker found them for the latest run (designProblems: API Gateway's rules,
   * template syntax, sample bodies); null until the first run's arrive. Kept apart from `preview`: they arrive before
   * the run ends, and stay when it is stopped.
   */
  problems: Problem[] | null;
}

export interface PreviewActions {
  previewStarted(): void;
  /** A run ended: its result becomes the preview (and, with a run, the mock stores it reported). */
  previewFinished(result: PreviewResult): void;
  /** The design's problems of the latest run (before its result). */
  problemsFound(problems: Problem[]): void;
}

export const initialPreview: PreviewState = { status: 'idle', run: null, message: null, runs: 0 };

export function createPreviewSlice(set: SetState, get: GetState): Slice<PreviewSliceState, PreviewActions> {
  return {
    preview: initialPreview,
    problems: null,
    actions: {
      previewStarted() {
        set({ preview: { ...get().preview, status: 'running' } });
      },
      problemsFound(problems) {
        // Most keystrokes leave the problems as they were: keeping the same array spares a render of every field.
        const current = get().problems;
        if (current === null || !deepEqual(current, problems)) set({ problems });
      },
      previewFinished(result) {
        // A stopped or crashed run has no trace: showing the previous one would describe a different template.
        const { preview, mocks } = get();
        const stores = result.run?.mockStores;
        // The stores change only when a run writes to them: the same ones keep the stores view as it is.
        const storesChanged = stores !== undefined && !deepEqual(stores, mocks.stores);
        set({
          preview: { ...result, runs: preview.runs + 1 },
          ...(storesChanged ? { mocks: { ...mocks, stores } } : {}),
        });
      },
    },
  };
}
