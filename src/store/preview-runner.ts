// Re-runs the preview whenever the design or the selected sample changes. A change starts a run at once when the
// engine is idle; changes during a run, or within `intervalMs` of the last start, collapse into one trailing run.
// So fast typing costs at most one run per interval, and a lone keystroke is not delayed by a debounce.
import type { RunOutcome } from '../worker/protocol.ts';
import type { Design, SampleRequest } from '../model/types.ts';
import { selectedSampleIndex } from './samples-slice.ts';
import type { DesignerStore } from './store-types.ts';

export type RunPreview = (design: Design, sample: SampleRequest) => Promise<RunOutcome>;

export interface PreviewRunnerOptions {
  intervalMs?: number;
  now?: () => number;
  setTimeout?: (fn: () => void, ms: number) => unknown;
}

export const PREVIEW_INTERVAL_MS = 60;

export function startPreviewRunner(
  store: DesignerStore,
  run: RunPreview,
  options: PreviewRunnerOptions = {},
): () => void {
  const intervalMs = options.intervalMs ?? PREVIEW_INTERVAL_MS;
  const now = options.now ?? (() => performance.now());
  const later = options.setTimeout ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  let dirty = true;
  let inFlight = false;
  let timerSet = false;
  let lastStart = -Infinity;
  let stopped = false;
  let microtaskQueued = false;

  const pump = (): void => {
    if (stopped || inFlight || !dirty) return;
    const wait = lastStart + intervalMs - now();
    if (wait > 0) {
      if (!timerSet) {
        timerSet = true;
        later(() => {
          timerSet = false;
          pump();
        }, wait);
      }
      return;
    }
    dirty = false;
    inFlight = true;
    lastStart = now();
    const state = store.getState();
    const index = selectedSampleIndex(state);
    const sample = index >= 0 ? state.design.samples[index]! : {};
    state.actions.previewStarted();
    void run(state.design, sample).then((outcome) => {
      inFlight = false;
      if (stopped) return;
      apply(outcome);
      pump();
    });
  };

  const apply = (outcome: RunOutcome): void => {
    const { actions } = store.getState();
    switch (outcome.kind) {
      case 'trace':
        actions.previewSucceeded(outcome.trace, outcome.durationMs, outcome.templateDiagnostics, {
          responseTemplateDiagnostics: outcome.responseTemplateDiagnostics,
          designFindings: outcome.designFindings,
          backendRoute: outcome.backendRoute,
          backendLatencyMs: outcome.backendLatencyMs,
        });
        if (outcome.mockStores) actions.mockStoresChanged(outcome.mockStores);
        break;
      case 'stopped':
      case 'failed':
        actions.previewFailed(outcome.kind, outcome.message);
        break;
      case 'stale':
        break; // a newer run is coming
    }
  };

  const unsubscribe = store.subscribe((state, previous) => {
    const same = state.design === previous.design && state.selectedSample === previous.selectedSample;
    // ui.runRequests: "Run the sample again" (Ctrl+Enter), e.g. after a stateful mock backend changed.
    if (same && state.ui.runRequests === previous.ui.runRequests) return;
    dirty = true;
    // A microtask, so that one user action made of several store updates (edit, then select) is one run.
    if (!microtaskQueued) {
      microtaskQueued = true;
      queueMicrotask(() => {
        microtaskQueued = false;
        pump();
      });
    }
  });
  pump();
  return () => {
    stopped = true;
    unsubscribe();
  };
}
