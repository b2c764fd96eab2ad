// The browser's engine client: a module worker bundled by Vite (`new URL(..., import.meta.url)`).
import type { MockBackendMode } from '../mocks/mock-answer.ts';
import { EngineClient, type WorkerLike } from './engine-client.ts';

export function createBrowserEngineClient(budgetMs?: number, mockBackend?: MockBackendMode): EngineClient {
  const createWorker = () =>
    new Worker(new URL('./engine-worker.ts', import.meta.url), {
      type: 'module',
      name: 'engine',
    }) as unknown as WorkerLike;
  return new EngineClient(createWorker, { budgetMs, mockBackend });
}
