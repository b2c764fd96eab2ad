// The browser entry: create the store (restoring the saved design), start the engine worker and the live preview,
// then render. Mock backends (MSW) will start here, before render, so the first preview already reaches them.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/shell/app.tsx';
import { browserStorage, createAppStore } from './store/app-store.ts';
import { startPreviewRunner } from './store/preview-runner.ts';
import { createBrowserEngineClient } from './worker/create-engine-client.ts';
import './ui/app.css';

/** Hook for the mock-backend issue: `await startMocks()` (a dynamic import of ./mocks) goes here. */
async function beforeRender(): Promise<void> {}

async function start(): Promise<void> {
  await beforeRender();
  const store = createAppStore(browserStorage());
  const engine = createBrowserEngineClient();
  startPreviewRunner(store, (design, sample) => engine.run(design, sample));
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
}

void start();
