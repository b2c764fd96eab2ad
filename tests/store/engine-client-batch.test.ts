// Run all's batches in the engine client: one message per batch; a batch never makes a preview run stale (nor the
// other way round); a batch over its budget (a runaway template) is stopped, the worker replaced, and the preview
// carries on; a backend's wait does not count against the budget.
import { describe, expect, it } from 'vitest';
import { EngineClient, STOPPED_MESSAGE } from '../../src/worker/engine-client.ts';
import { fakeEngineWorkers } from './fake-engine-worker.ts';
import type { EngineRequest } from '../../src/worker/protocol.ts';
import type { Trace } from '../../src/engine/trace.ts';
import { ManualTimers } from './manual-timers.ts';
import { fixtureDesign } from './fixture-design.ts';
import { readyResult, resultReply } from './preview-results.ts';

function setup() {
  const timers = new ManualTimers();
  const { workers, create } = fakeEngineWorkers();
  const client = new EngineClient(create, { budgetMs: 2000, timers });
  // 20 samples: a budget of 2 x 2000 ms.
  const design = { ...fixtureDesign(), samples: Array.from({ length: 20 }, (_, i) => ({ name: `s${i}` })) };
  const items = [{ key: 'POST /pets/{petId}', design }];
  return { timers, workers, client, items };
}

const outcome = {
  key: 'POST /pets/{petId}',
  sampleIndex: 0,
  sampleName: 's0',
  passed: true,
  statusCode: 200,
  mismatches: [],
  error: null,
};

describe('engine client: Run all batches', () => {
  it('sends a batch as one message and resolves with its outcomes; a preview run meanwhile is not stale', async () => {
    const { workers, client, items } = setup();
    const batch = client.runBatch(items);
    const preview = client.run(fixtureDesign(), { name: 'p' });
    const [batchMessage, previewMessage] = workers[0]!.received as [
      EngineRequest & { id: number },
      EngineRequest & { id: number },
    ];
    expect(batchMessage).toMatchObject({ kind: 'run-batch', items });
    workers[0]!.reply(resultReply(previewMessage.id, readyResult({ log: ['p'] } as unknown as Trace)));
    workers[0]!.reply({ kind: 'batch-result', id: batchMessage.id, outcomes: [outcome] });
    expect(await preview).toMatchObject({ status: 'ready' });
    expect(await batch).toEqual({ ok: true, outcomes: [outcome] });
  });

  it('a batch over its budget is stopped, the worker replaced, and the pending preview sent again', async () => {
    const { timers, workers, client, items } = setup();
    const batch = client.runBatch(items);
    timers.advance(3999);
    const preview = client.run(fixtureDesign(), { name: 'p' });
    expect(workers).toHaveLength(1);
    timers.advance(1);
    expect(await batch).toEqual({ ok: false, message: STOPPED_MESSAGE });
    expect(workers[0]!.terminated).toBe(true);
    const resent = workers[1]!.received.find((m) => m.kind === 'simulate') as EngineRequest & { id: number };
    workers[1]!.reply(resultReply(resent.id, readyResult({ log: ['p'] } as unknown as Trace)));
    expect(await preview).toMatchObject({ status: 'ready' });
  });

  it('waiting for a backend pauses the batch budget', async () => {
    const { timers, workers, client, items } = setup();
    const batch = client.runBatch(items);
    const id = (workers[0]!.received[0] as { id: number }).id;
    timers.advance(3000);
    workers[0]!.reply({ kind: 'waiting', id, waiting: true });
    timers.advance(29_000);
    workers[0]!.reply({ kind: 'waiting', id, waiting: false });
    timers.advance(3000);
    workers[0]!.reply({ kind: 'batch-result', id, outcomes: [outcome] });
    expect(await batch).toEqual({ ok: true, outcomes: [outcome] });
    expect(workers).toHaveLength(1);
  });

  it('a batch the worker refuses (a design that fails the schema) fails with the worker’s reason', async () => {
    const { workers, client, items } = setup();
    const batch = client.runBatch(items);
    const id = (workers[0]!.received[0] as { id: number }).id;
    workers[0]!.reply({
      kind: 'result',
      id,
      result: { status: 'failed', run: null, message: 'POST /pets cannot be run: x' },
      echoes: [],
    });
    expect(await batch).toEqual({ ok: false, message: 'POST /pets cannot be run: x' });
  });
});
