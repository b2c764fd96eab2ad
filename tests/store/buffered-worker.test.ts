// The engine worker main.tsx starts before the engine client exists: what it says meanwhile ("ready", even a result)
// must reach the client once it listens, in order — a Worker drops a message event nobody listens to.
import { describe, expect, it } from 'vitest';
import { bufferedWorker } from '../../src/worker/buffered-worker.ts';
import { EngineClient, type WorkerLike } from '../../src/worker/engine-client.ts';
import type { EngineReply, EngineRequest } from '../../src/worker/protocol.ts';
import type { Trace } from '../../src/engine/trace.ts';
import { fixtureDesign } from './fixture-design.ts';
import { ManualTimers } from './manual-timers.ts';
import { readyResult, resultReply } from './preview-results.ts';

/** A bare worker: its handlers are what the wrapper installs; `say` and `fail` are the worker's side. */
class RawWorker implements WorkerLike {
  received: EngineRequest[] = [];
  terminated = false;
  onmessage: ((event: { data: EngineReply }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  postMessage(message: EngineRequest) {
    this.received.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  say(data: EngineReply) {
    this.onmessage?.({ data });
  }
  fail(message: string) {
    this.onerror?.({ message });
  }
}

describe('a worker started before its listener', () => {
  it('holds what the worker said until a handler is set, then hands it on in order; later events go straight on', () => {
    const raw = new RawWorker();
    const worker = bufferedWorker(raw);
    raw.say({ kind: 'ready' });
    raw.say({ kind: 'waiting', id: 1, waiting: true });
    const seen: string[] = [];
    worker.onmessage = (event) => seen.push(event.data.kind);
    expect(seen).toEqual(['ready', 'waiting']);
    raw.say({ kind: 'resend', id: 2 });
    expect(seen).toEqual(['ready', 'waiting', 'resend']);
  });

  it('an error waits for onerror, and the messages after it wait behind it', () => {
    const raw = new RawWorker();
    const worker = bufferedWorker(raw);
    raw.say({ kind: 'ready' });
    raw.fail('SyntaxError in the worker');
    raw.say({ kind: 'resend', id: 1 });
    const seen: string[] = [];
    worker.onmessage = (event) => seen.push(event.data.kind);
    expect(seen).toEqual(['ready']);
    worker.onerror = (event) => seen.push(`error: ${event.message}`);
    expect(seen).toEqual(['ready', 'error: SyntaxError in the worker', 'resend']);
  });

  it('posts and terminates on the real worker; nothing held is handed on after terminate', () => {
    const raw = new RawWorker();
    const worker = bufferedWorker(raw);
    worker.postMessage({ kind: 'clear-mock-stores' });
    expect(raw.received).toEqual([{ kind: 'clear-mock-stores' }]);
    raw.say({ kind: 'ready' });
    worker.terminate();
    const seen: string[] = [];
    worker.onmessage = (event) => seen.push(event.data.kind);
    expect(raw.terminated).toBe(true);
    expect(seen).toEqual([]);
  });

  it("the engine client gets the early worker's result for its first run, and starts a new worker after it", async () => {
    const raw = new RawWorker();
    const early = bufferedWorker(raw);
    const later: RawWorker[] = [];
    let first: WorkerLike | null = early;
    const client = new EngineClient(
      () => {
        const w = first ?? new RawWorker();
        if (!first) later.push(w as RawWorker);
        first = null;
        return w;
      },
      { timers: new ManualTimers() },
    );
    const run = client.run(fixtureDesign(), { name: 's' });
    expect(raw.received).toHaveLength(1);
    raw.say({ kind: 'ready' });
    raw.say(resultReply(1, readyResult({ log: ['early'] } as unknown as Trace)));
    expect(await run).toMatchObject({ status: 'ready', run: { trace: { log: ['early'] } } });
    raw.fail('the worker crashed'); // a crash: the client replaces the early worker with one of its own
    expect(raw.terminated).toBe(true);
    expect(later).toHaveLength(1);
  });
});
