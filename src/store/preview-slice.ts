// The live preview's state: the last Trace the engine produced and how the latest run went. The UI only renders
// this; it never re-decides what the engine decided (docs/architecture.md#principles).
import type { Trace } from '../engine/index.ts';
import type { BackendRoute } from '../mocks/mock-answer.ts';
import type { LintFinding, ResponseTemplateDiagnostics, TemplateDiagnostics } from '../engine/index.ts';
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
  templateDiagnostics: TemplateDiagnostics;
  /** Number of completed runs; lets tests and benchmarks wait for "the next preview". */
  runs: number;
  /** Problems per integration response status code and responseTemplates key, from the last run. */
  responseTemplateDiagnostics: ResponseTemplateDiagnostics;
  /** How the last run's backend call was answered (service worker, in-process mocks, network), or null. */
  backendRoute: BackendRoute;
  /** Wall-clock time of the last run's backend call, or null. */
  backendLatencyMs: number | null;
  /** Lint findings about the design's settings from the last run (the validation panel lists them). */
  designFindings: LintFinding[];
}

/** What a run reports besides its trace (see worker/protocol.ts RunExtras). */
export interface PreviewExtras {
  responseTemplateDiagnostics?: ResponseTemplateDiagnostics;
  backendRoute?: BackendRoute;
  backendLatencyMs?: number;
  designFindings?: LintFinding[];
}

export interface PreviewSliceState {
  preview: PreviewState;
}

export interface PreviewActions {
  previewStarted(): void;
  previewSucceeded(
    trace: Trace,
    durationMs: number,
    templateDiagnostics?: TemplateDiagnostics,
    extras?: PreviewExtras,
  ): void;
  /** `stopped`: the run exceeded its wall-clock budget and the worker was restarted; `failed`: anything else. */
  previewFailed(status: 'stopped' | 'failed', message: string): void;
}

export const initialPreview: PreviewState = {
  status: 'idle',
  trace: null,
  message: null,
  durationMs: null,
  templateDiagnostics: {},
  runs: 0,
  responseTemplateDiagnostics: {},
  backendRoute: null,
  backendLatencyMs: null,
  designFindings: [],
};

export function createPreviewSlice(set: SetState, get: GetState): Slice<PreviewSliceState, PreviewActions> {
  const update = (patch: Partial<PreviewState>) => set({ preview: { ...get().preview, ...patch } });
  return {
    preview: initialPreview,
    actions: {
      previewStarted() {
        update({ status: 'running' });
      },
      previewSucceeded(trace, durationMs, templateDiagnostics = {}, extras = {}) {
        const {
          responseTemplateDiagnostics = {},
          backendRoute = null,
          backendLatencyMs = null,
          designFindings = [],
        } = extras;
        update({
          status: 'ready',
          trace,
          message: null,
          durationMs,
          templateDiagnostics,
          responseTemplateDiagnostics,
          backendRoute,
          backendLatencyMs,
          designFindings,
          runs: get().preview.runs + 1,
        });
      },
      previewFailed(status, message) {
        // A stopped or crashed run has no trace: showing the previous one would describe a different template.
        update({
          status,
          trace: null,
          message,
          durationMs: null,
          templateDiagnostics: {},
          responseTemplateDiagnostics: {},
          backendRoute: null,
          backendLatencyMs: null,
          runs: get().preview.runs + 1,
        });
      },
    },
  };
}
