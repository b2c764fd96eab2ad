// The engine's module worker, bundled by Vite (`new URL(..., import.meta.url)`). The page starts it first thing
// (main.tsx): its code (the largest part of the engine) then downloads and compiles on the worker's thread while the
// page's own chunk downloads, instead of after the page's first render, when the page's thread is busiest. Its first
// script is a small one that loads the engine itself (engine-worker-entry.ts says why).
import type { WorkerLike } from './engine-client.ts';
import { bufferedWorker } from './buffered-worker.ts';

export function startEngineWorker(): WorkerLike {
  const worker = new Worker(new URL('./engine-worker-entry.ts', import.meta.url), { type: 'module', name: 'engine' });
  return bufferedWorker(worker as unknown as WorkerLike);
}
