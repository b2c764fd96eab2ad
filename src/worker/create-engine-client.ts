// The browser's engine client. Its first worker may be one the page started before the client existed (main.tsx:
// `first`); every later one (after a runaway template or a crash) is started here.
import { EngineClient, type WorkerLike } from './engine-client.ts';
import { startEngineWorker } from './start-engine-worker.ts';

export function createBrowserEngineClient(budgetMs?: number, first?: WorkerLike): EngineClient {
  let early = first ?? null;
  const createWorker = () => {
    const worker = early ?? startEngineWorker();
    early = null;
    return worker;
  };
  return new EngineClient(createWorker, { budgetMs });
}
