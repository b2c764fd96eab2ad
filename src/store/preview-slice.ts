// The live preview's state: the last Trace the engine produced and how the latest run went. The UI only renders
// this; it never re-decides what the engine decided (design.md §7).
import type { Trace } from '../engine/trace.ts';
import type { TemplateDiagnostic } from '../worker/protocol.ts';
import type { GetState, SetState, Slice } from './store-types.ts';

export type PreviewStatus = 'idle' | 'running' | 'ready' | 'stopped' | 'failed';

export interface PreviewState {
  status: PreviewStatus;
  /** The last trace received; kept while a newer run is in flight so the preview does not flicker. */
  trace: Trace | null;
  /** Why the last run did not produce a trace (stopped for running too long, worker crashed). */
  message: string | null;
  /** Wall-clock time of the last completed run, in the worker. */
  durationMs: number | null;
  /** Problems per requestTemplates key from the last run (shown as editor markers). */
  templateDiagnostics: Record<string, TemplateDiagnostic[]>;
  /** Number of completed runs; lets tests and benchmarks wait for "the next preview". */
  runs: number;
}

export interface PreviewSliceState {
  preview: PreviewState;
}

export interface PreviewActions {
  previewStarted(): void;
  previewSucceeded(trace: Trace, durationMs: number, templateDiagnostics?: Record<string, TemplateDiagnostic[]>): void;
  /** `stopped`: the run exceeded its wall-clock budget and the worker was restarted; `failed`: anything else. */
  previewFailed(status: 'stopped' | 'failed', message: string): void;
}

export const initialPreview: PreviewState = { status: 'idle', trace: null, message: null, durationMs: null, templateDiagnostics: {}, runs: 0 };

export function createPreviewSlice(set: SetState, get: GetState): Slice<PreviewSliceState, PreviewActions> {
  const update = (patch: Partial<PreviewState>) => set({ preview: { ...get().preview, ...patch } });
  return {
    preview: initialPreview,
    actions: {
      previewStarted() {
        update({ status: 'running' });
      },
      previewSucceeded(trace, durationMs, templateDiagnostics = {}) {
        update({ status: 'ready', trace, message: null, durationMs, templateDiagnostics, runs: get().preview.runs + 1 });
      },
      previewFailed(status, message) {
        // A stopped or crashed run has no trace: showing the previous one would describe a different template.
        update({ status, trace: null, message, durationMs: null, templateDiagnostics: {}, runs: get().preview.runs + 1 });
      },
    },
  };
}
