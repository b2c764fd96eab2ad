// A stand-in for the engine's Web Worker (src/worker/engine-client.ts's WorkerLike): it keeps what the client posts
// and answers only when a test tells it to. Like the real worker it says "ready" once its code has loaded (on the
// first message: the client's time budget counts from there), unless a test turns that off.
import type { WorkerLike } from '../../src/worker/engine-client.ts';
import type { EngineReply, EngineRequest } from '../../src/worker/protocol.ts';

export class FakeEngineWorker implements WorkerLike {
  received: EngineRequest[] = [];
  terminated = false;
  onmessage: ((event: { data: EngineReply }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  private announced: boolean;

  constructor({ announcesReady = true } = {}) {
    this.announced = !announcesReady;
  }

  postMessage(message: EngineRequest) {
    if (!this.announced) {
      this.announced = true;
      this.reply({ kind: 'ready' });
    }
    this.received.push(message);
  }

  terminate() {
    this.terminated = true;
  }

  reply(data: EngineReply) {
    this.onmessage?.({ data });
  }
}

/** A worker factory for EngineClient, and every worker it made (the client starts a new one after a runaway run). */
export function fakeEngineWorkers(options?: { announcesReady?: boolean }) {
  const workers: FakeEngineWorker[] = [];
  const create = () => {
    const worker = new FakeEngineWorker(options);
    workers.push(worker);
    return worker;
  };
  return { workers, create };
}
