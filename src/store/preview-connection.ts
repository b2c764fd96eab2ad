// The one place that wires the engine worker to the store: runs the preview on every change (preview-runner.ts) and
// hands each result to the store as it is (worker/protocol.ts PreviewResult). The design's mocks answer in the engine
// worker, with its stores (engine-worker.ts); clearing them is the worker's job too.
import type { EngineClient } from '../worker/engine-client.ts';
import { startPreviewRunner } from './preview-runner.ts';
import type { DesignerStore } from './store-types.ts';

export interface PreviewConnection {
  /** Resolves when the first result is in the store. */
  firstResult: Promise<void>;
  stop(): void;
}

export function connectPreview(store: DesignerStore, engine: EngineClient): PreviewConnection {
  let firstDone: () => void = () => {};
  const firstResult = new Promise<void>((resolve) => (firstDone = resolve));
  engine.onProblems = (problems) => store.getState().actions.problemsFound(problems);
  const runner = startPreviewRunner(store, async (design, sample) => {
    const result = await engine.run(design, sample);
    firstDone();
    return result;
  });
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.mocks.clearRequests !== previous.mocks.clearRequests) engine.clearMockStores();
  });
  return {
    firstResult,
    stop() {
      runner.stop();
      unsubscribe();
    },
  };
}
