// The browser entry. Its first act is to start the engine's Web Worker: the worker's code (the engine, most of the
// JavaScript the first preview needs) then downloads and compiles on its own thread while the page's app chunk
// downloads (index.html preloads it), instead of waiting for the page's thread to finish its first render. The app
// (start-app.tsx) then sends its first run to a worker that is ready, or nearly.
import { startEngineWorker } from './worker/start-engine-worker.ts';
import './ui/app.css';

const engineWorker = startEngineWorker();

import('./start-app.tsx')
  .then(({ startApp }) => startApp(engineWorker))
  .catch((e: unknown) => {
    // A chunk that failed to download (the server went away, an old tab after a new deployment): say so, in text.
    const root = document.getElementById('root');
    if (root && !root.firstChild)
      root.textContent = `The designer could not start: ${e instanceof Error ? e.message : String(e)}. Reload the page to try again.`;
  });
