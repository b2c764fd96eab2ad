// The engine client pauses the runaway budget while a backend is awaited (a slow backend is API Gateway's 504, not a
// stopped template); the preview keeps how the backend was reached; the mock-backend slice holds the stores; a worker
// that replaces one stopped for running too long starts with the stores the old one held.
import { describe, expect, it } from 'vitest';
import { EngineClient, STOPPED_MESSAGE } from '../../src/worker/engine-client.ts';
import { fakeEngineWorkers } from './fake-engine-worker.ts';
import { createDesignerStore } from '../../src/store/store.ts';
import { startPreviewRunner } from '../../src/store/preview-runner.ts';
import { EMPTY_STORES } from '../../src/mocks/mock-stores-snapshot.ts';
import { MockStores } from '../../src/mocks/mock-stores.ts';
import type { Trace } from '../../src/engine/trace.ts';
import { ManualTimers } from './manual-timers.ts';
import { fixtureDesign } from './fixture-design.ts';
import { readyResult, resultReply } from './preview-results.ts';

function setup() {
  const timers = new ManualTimers();
  const { workers, create } = fakeEngineWorkers();
  const client = new EngineClient(create, { budgetMs: 2000, timers });
  return { timers, workers, client };
}

const trace = { log: [] } as unknown as Trace;

describe('engine client and backend waits', () => {
  it('the budget pauses while the backend is awaited and starts afresh after', async () => {
    const { timers, workers, client } = setup();
    const outcome = client.run(fixtureDesign(), {});
    timers.advance(1500);
    workers[0]!.reply({ kind: 'waiting', id: 1, waiting: true });
    timers.advance(20_000); // a slow backend, within the integration timeout
    workers[0]!.reply({ kind: 'waiting', id: 1, waiting: false });
    timers.advance(1999);
    workers[0]!.reply(resultReply(1, readyResult(trace, { backendRoute: 'in-process', backendLatencyMs: 20_000 })));
    expect(await outcome).toMatchObject({
      status: 'ready',
      run: { backendRoute: 'in-process', backendLatencyMs: 20_000 },
    });
    expect(client.restarts).toBe(0);
  });

  it('a runaway after the backend answered is still stopped', async () => {
    const { timers, workers, client } = setup();
    const outcome = client.run(fixtureDesign(), {});
    workers[0]!.reply({ kind: 'waiting', id: 1, waiting: true });
    workers[0]!.reply({ kind: 'waiting', id: 1, waiting: false });
    timers.advance(2000);
    expect(await outcome).toEqual({ status: 'stopped', run: null, message: STOPPED_MESSAGE });
  });

  it('clearing the stores is a message to the worker', () => {
    const { workers, client } = setup();
    client.clearMockStores();
    expect(workers[0]!.received).toContainEqual({ kind: 'clear-mock-stores' });
  });

  it("a worker replaced after a runaway starts with the stores the old one held (a stale run's writes count)", async () => {
    const { timers, workers, client } = setup();
    const held = new MockStores();
    held.putS3('photos/a.txt', {
      body: new Uint8Array([104, 105]),
      contentType: 'text/plain',
      lastModified: new Date(0),
    });
    const stale = client.run(fixtureDesign(), {});
    const runaway = client.run(fixtureDesign(), {});
    workers[0]!.reply({ kind: 'ready' });
    workers[0]!.reply(resultReply(1, readyResult(trace), held.state()));
    expect(await stale).toBeNull();
    timers.advance(2000);
    expect(await runaway).toEqual({ status: 'stopped', run: null, message: STOPPED_MESSAGE });
    expect(workers).toHaveLength(2);
    expect(workers[1]!.received[0]).toEqual({ kind: 'restore-mock-stores', state: held.state() });
  });

  it('after a clear, a replacement worker starts empty', async () => {
    const { timers, workers, client } = setup();
    const held = new MockStores();
    held.record('sqsMessages', { queueUrl: 'q', messageId: 'm', body: 'b' });
    const first = client.run(fixtureDesign(), {});
    workers[0]!.reply({ kind: 'ready' });
    workers[0]!.reply(resultReply(1, readyResult(trace), held.state()));
    await first;
    client.clearMockStores();
    const runaway = client.run(fixtureDesign(), {});
    timers.advance(2000);
    await runaway;
    void client.run(fixtureDesign(), {});
    expect(workers[1]!.received.map((m) => m.kind)).toEqual(['simulate']);
  });
});

describe('preview and mock-backend state', () => {
  it('a run hands its backend route, latency, response template problems and stores to the store', async () => {
    const store = createDesignerStore({ design: fixtureDesign() });
    const stores = { ...EMPTY_STORES, sqs: [{ queueUrl: 'q', messageId: 'm', body: 'b' }] };
    const result = readyResult(trace, {
      durationMs: 2,
      backendRoute: 'in-process',
      backendLatencyMs: 3,
      responseTemplateDiagnostics: {
        '200': {
          'application/json': [
            { severity: 'error', code: 'parse', message: 'x', line: 1, column: 1, endLine: 1, endColumn: 2 },
          ],
        },
      },
      mockStores: stores,
    });
    startPreviewRunner(store, async () => result);
    await new Promise((r) => setTimeout(r, 0));
    const { preview, mocks } = store.getState();
    // The result is kept as the worker made it: one type from the worker to the preview state.
    expect(preview).toEqual({ ...result, runs: 1 });
    expect(mocks.stores).toBe(stores);
  });

  it('the slice records the stores, and a clear request as data (the preview connection asks the worker)', () => {
    const store = createDesignerStore({ design: fixtureDesign() });
    const stores = { ...EMPTY_STORES, sns: [{ topicArn: 't', messageId: 'm', message: 'x' }] };
    store.getState().actions.previewFinished(readyResult(trace, { mockStores: stores }));
    expect(store.getState().mocks.stores).toBe(stores);
    store.getState().actions.clearMockStores();
    expect(store.getState().mocks).toEqual({ stores: EMPTY_STORES, clearRequests: 1 });
  });
});

describe('results that change nothing keep the state as it was (no render of what did not change)', () => {
  it('the same problems again keep the same array; different ones replace it', () => {
    const store = createDesignerStore({ design: fixtureDesign() });
    const { problemsFound } = store.getState().actions;
    problemsFound([{ path: 'integration.uri', message: 'bad' }]);
    const first = store.getState().problems;
    problemsFound([{ path: 'integration.uri', message: 'bad' }]);
    expect(store.getState().problems).toBe(first);
    problemsFound([]);
    expect(store.getState().problems).toEqual([]);
  });

  it('the same mock stores again keep the stores (and the mocks slice) as they were', () => {
    const store = createDesignerStore({ design: fixtureDesign() });
    const stores = () => ({ ...EMPTY_STORES, sqs: [{ queueUrl: 'q', messageId: 'm', body: 'b' }] });
    store.getState().actions.previewFinished(readyResult(trace, { mockStores: stores() }));
    const mocks = store.getState().mocks;
    store.getState().actions.previewFinished(readyResult(trace, { mockStores: stores() }));
    expect(store.getState().mocks).toBe(mocks);
    store.getState().actions.previewFinished(readyResult(trace, { mockStores: EMPTY_STORES }));
    expect(store.getState().mocks.stores).toBe(EMPTY_STORES);
  });
});
