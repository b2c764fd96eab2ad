// Re-runs the preview whenever the design or the selected sample changes, or the user asks to run it again. A change starts a run at once when the
// engine is idle; changes during a run, or within `intervalMs` of the last start, collapse into one trailing run.
// So fast typing costs at most one run per interval, and a lone keystroke is not delayed by a debounce.
import type { PreviewResult } from '../worker/protocol.ts';
import type { Design, SampleRequest } from '../model/types.ts';
import { selectedSampleIndex } from './samples-slice.ts';
import type { DesignerStore } from './store-types.ts';

/** Runs one preview; resolves with its result, or null when a newer run made it stale. */
export type RunPreview = (design: Design, sample: SampleRequest) => Promise<PreviewResult | null>;

export interface PreviewRunnerOptions {
  intervalMs?: number;
  now?: () => number;
  setTimeout?: (fn: () => void, ms: number) => unknown;
}

export const PREVIEW_INTERVAL_MS = 60;
/**
 * A run still going after this long is marked running (the status then says "Running…"); a quicker one never is, so
 * a keystroke's run updates the preview once, when it ends, and the status (a live region) does not chatter.
 */
export const SHOW_RUNNING_AFTER_MS = 250;

export function startPreviewRunner(
  store: DesignerStore,
  run: RunPreview,
  options: PreviewRunnerOptions = {},
): { stop: () => void } {
  const intervalMs = options.intervalMs ?? PREVIEW_INTERVAL_MS;
  const now = options.now ?? (() => performance.now());
  const later = options.setTimeout ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  let dirty = true;
  let inFlight = false;
  let timerSet = false;
  let lastStart = -Infinity;
  let stopped = false;
  let microtaskQueued = false;
  let runs = 0;

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
    const thisRun = ++runs;
    later(() => {
      if (!stopped && inFlight && runs === thisRun) store.getState().actions.previewStarted();
    }, SHOW_RUNNING_AFTER_MS);
    void run(state.design, sample).then((result) => {
      inFlight = false;
      if (stopped) return;
      if (result) store.getState().actions.previewFinished(result); // null: stale, a newer run is coming
      pump();
    });
  };

  const changed = (): void => {
    dirty = true;
    // A microtask, so that one user action made of several store updates (edit, then select) is one run.
    if (!microtaskQueued) {
      microtaskQueued = true;
      queueMicrotask(() => {
        microtaskQueued = false;
        pump();
      });
    }
  };
  const unsubscribe = store.subscribe((state, previous) => {
    const same = state.design === previous.design && state.selectedSample === previous.selectedSample;
    // ui.runRequests: "Run the sample again" (Ctrl+Enter), e.g. after a stateful mock backend changed.
    if (!same || state.ui.runRequests !== previous.ui.runRequests) changed();
  });
  pump();
  return {
    stop: () => {
      stopped = true;
      unsubscribe();
    },
  };
}
