// The browser entry: create the store (restoring the saved design), render, and start the mock backends (MSW's
// service worker) while the Monaco chunk downloads; the engine worker and the live preview start once the mocks are
// up, so the first preview already reaches them. (Rendering does not wait for MSW: registering its service worker
// takes most of a second on a first visit, and the form is usable meanwhile; the preview says "Starting…".)
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { BrowserMocks } from './mocks/browser.ts';
import { snapshotStores } from './mocks/mock-stores-snapshot.ts';
import { MockSession } from './mocks/mock-session.ts';
import { App } from './ui/shell/app.tsx';
import { browserStorage, createAppStore } from './store/app-store.ts';
import { startPreviewRunner } from './store/preview-runner.ts';
import type { DesignerStore } from './store/store-types.ts';
import { preloadCodeEditor } from './ui/shared/code-editor.tsx';
import { createBrowserEngineClient } from './worker/create-engine-client.ts';
import './ui/app.css';

/** MSW (a chunk of its own) with the page's dispatcher; the in-process fallback when it cannot start. */
async function startMocks(store: DesignerStore): Promise<BrowserMocks> {
  const session = new MockSession({ deterministic: true });
  try {
    const { startBrowserMocks } = await import('./mocks/browser.ts');
    return await startBrowserMocks({ getDesign: () => store.getState().design, session });
  } catch (e) {
    return {
      mode: 'in-page',
      reason: `the mock service worker could not be loaded (${(e as Error).message})`,
      session,
      worker: null,
    };
  }
}

async function start(): Promise<void> {
  preloadCodeEditor();
  const store = createAppStore(browserStorage());
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
  const mocks = await startMocks(store);
  // Created after the service worker controls the page, so that the engine worker's fetches go through it too.
  const engine = createBrowserEngineClient(undefined, mocks.mode);
  const pageStores = mocks.mode === 'service-worker';
  store
    .getState()
    .actions.mockBackendStarted(mocks.mode, mocks.reason, () =>
      pageStores ? mocks.session.stores.clear() : engine.clearMockStores(),
    );
  startPreviewRunner(store, async (design, sample) => {
    const outcome = await engine.run(design, sample);
    // With the service worker the mocks (and their stores) live in this page; the worker reports its own otherwise.
    return pageStores && outcome.kind === 'trace'
      ? { ...outcome, mockStores: snapshotStores(mocks.session.stores) }
      : outcome;
  });
}

void start();
