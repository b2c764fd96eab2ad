// The app, started by main.tsx once the engine's Web Worker is on its way, in the order that gets the first preview on
// screen soonest: restore the saved design, send the first run to the worker, render, and show the preview (the
// design's mocks answer in the worker: preview-connection.ts). Only then come the Monaco editors (the plain editor
// stands in until they load): they are large, and not needed for the first preview.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browserStorage, createAppStore } from './store/app-store.ts';
import { connectPreview } from './store/preview-connection.ts';
import { connectWorkspaceStorage } from './store/workspace-persistence.ts';
import { connectWorkspaceRuns } from './store/workspace-runs.ts';
import { openFileClient } from './share/open-file-client.ts';
import { openWorkspaceStore } from './share/workspace-store.ts';
import type { WorkerLike } from './worker/engine-client.ts';
import { openLateLoads } from './ui/shared/late-loads.ts';
import { App } from './ui/shell/app.tsx';
import { createBrowserEngineClient } from './worker/create-engine-client.ts';

/**
 * The editors and the Java-regex engine of the "does it match?" check load once the first preview is painted, or after this long if the first preview is slow (a very large design).
 */
const AFTER_FIRST_PREVIEW_AT_MOST_MS = 1500;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves once the browser has painted what is rendered now (a frame, then a task after it). */
const afterNextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Starts the designer; `engineWorker` is the engine's worker main.tsx started (it has been loading meanwhile). */
export async function startApp(engineWorker: WorkerLike): Promise<void> {
  const engine = createBrowserEngineClient(undefined, engineWorker);
  const store = await createAppStore(browserStorage());
  // One render, not a transition: the engine worker needs nothing from this thread for its first run (it is handed
  // over as soon as the worker starts: worker/engine-worker-entry.ts), and a render in slices was started again at
  // every store update that came in between (the problems, the library, the run's result), so the form appeared only
  // with the first preview. Alternating runs at load ~7: usable form median 696 ms vs 818 ms in slices.
  const root = createRoot(document.getElementById('root')!);
  root.render(
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
  await Promise.race([preview.firstResult.then(afterNextPaint), delay(AFTER_FIRST_PREVIEW_AT_MOST_MS)]);
  openLateLoads();
}
