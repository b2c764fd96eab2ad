// The browser entry, in the order that gets the first preview on screen soonest: start the engine's Web Worker (its
// code downloads while the rest starts), restore the saved design, render, and run the preview (the worker's
// in-process mocks answer until the mock service worker runs: preview-connection.ts). Only then come the Monaco
// editors (the plain editor stands in until they load) and MSW's service worker: both are large, and neither is
// needed for the first preview.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { BrowserMocks } from './mocks/browser.ts';
import { MockSession } from './mocks/mock-session.ts';
import { browserStorage, createAppStore } from './store/app-store.ts';
import { connectPreview } from './store/preview-connection.ts';
import { connectWorkspaceStorage } from './store/workspace-persistence.ts';
import { connectWorkspaceRuns } from './store/workspace-runs.ts';
import { openFileClient } from './share/open-file-client.ts';
import { openWorkspaceStore } from './share/workspace-store.ts';
import type { DesignerStore } from './store/store-types.ts';
import { allowCodeEditor } from './ui/shared/code-editor.tsx';
import { App } from './ui/shell/app.tsx';
import { createBrowserEngineClient } from './worker/create-engine-client.ts';
import './ui/app.css';

/** If the first preview is slow (a very large design), the editors and mocks do not wait for it longer than this. */
const AFTER_FIRST_PREVIEW_AT_MOST_MS = 1500;

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
  const engine = createBrowserEngineClient();
  const store = await createAppStore(browserStorage());
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
  // The workspace open before the reload comes back (IndexedDB); Run all goes to the same engine worker.
  const workspaces = connectWorkspaceStorage(store, {
    storage: browserStorage(),
    openStore: () => openWorkspaceStore(),
  });
  addEventListener('pagehide', () => void workspaces.flush());
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && void workspaces.flush());
  connectWorkspaceRuns(store, (items) => engine.runBatch(items));
  // Served by `integration-designer open <file>`: that file opens once the workspace of the last visit is back
  // (the file's own workspace is kept, edits and all, while the file is unchanged).
  const openFile = openFileClient();
  if (openFile) void workspaces.restored.then(() => store.getState().actions.connectOpenFile(openFile));
  const preview = connectPreview(store, engine);
  await Promise.race([preview.firstResult, new Promise((r) => setTimeout(r, AFTER_FIRST_PREVIEW_AT_MOST_MS))]);
  allowCodeEditor();
  preview.mocksStarted(await startMocks(store));
}

void start();
