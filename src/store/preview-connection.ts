// The one place that wires the engine worker to the store: runs the preview on every change (preview-runner.ts) and
// hands each result to the store as it is (worker/protocol.ts PreviewResult); and the one owner of where the mock
// backends' stores live — in the engine worker (in-process mocks) until the page's mock service worker runs, in this
// page's mock session from then on.
// The preview does not wait for the service worker: the worker's in-process mocks answer the first runs (registering
// a service worker takes most of a second on a first visit), and once it runs the preview runs again through it.
import type { BrowserMocks } from '../mocks/browser.ts';
import { snapshotStores } from '../mocks/mock-stores-snapshot.ts';
import type { EngineClient } from '../worker/engine-client.ts';
import { startPreviewRunner } from './preview-runner.ts';
import type { DesignerStore } from './store-types.ts';

export interface PreviewConnection {
  /** Resolves when the first result is in the store. */
  firstResult: Promise<void>;
  /** The page's mocks have started (or fallen back to in-process): backend calls and the stores go where they run. */
  mocksStarted(mocks: BrowserMocks): void;
  stop(): void;
}

export function connectPreview(store: DesignerStore, engine: EngineClient): PreviewConnection {
  let pageMocks: BrowserMocks | null = null;
  let firstDone: () => void = () => {};
  const firstResult = new Promise<void>((resolve) => (firstDone = resolve));
  engine.onProblems = (problems) => store.getState().actions.problemsFound(problems);
  const runner = startPreviewRunner(store, async (design, sample) => {
    const result = await engine.run(design, sample);
    firstDone();
    // With the service worker the mocks (and their stores) live in this page; the worker reports its own otherwise.
    if (pageMocks && result?.status === 'ready')
      return { ...result, run: { ...result.run, mockStores: snapshotStores(pageMocks.session.stores) } };
    return result;
  });
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.mocks.clearRequests === previous.mocks.clearRequests) return;
    if (pageMocks) pageMocks.session.stores.clear();
    else engine.clearMockStores();
  });
  return {
    firstResult,
    mocksStarted(mocks) {
      store.getState().actions.mockBackendStarted(mocks.mode, mocks.reason);
      if (mocks.mode !== 'service-worker') return;
      pageMocks = mocks;
      engine.mockBackend = 'service-worker';
      // A new worker: its fetches go through the service worker (one created before it may not be controlled by it).
      // The old worker's stores go with it: the next run writes what the first runs wrote, in the page.
      engine.renew();
      runner.rerun();
    },
    stop() {
      runner.stop();
      unsubscribe();
    },
  };
}
