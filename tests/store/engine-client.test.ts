import { describe, expect, it } from 'vitest';
import { EngineClient, STOPPED_MESSAGE } from '../../src/worker/engine-client.ts';
import { type FakeEngineWorker, fakeEngineWorkers } from './fake-engine-worker.ts';
import type { Trace } from '../../src/engine/trace.ts';
import { ManualTimers } from './manual-timers.ts';
import { fixtureDesign } from './fixture-design.ts';
import { failureReply, readyResult, resultReply } from './preview-results.ts';

const traceFor = (id: number) => ({ log: [`run ${id}`] }) as unknown as Trace;
const answer = (worker: FakeEngineWorker, id: number) => worker.reply(resultReply(id, readyResult(traceFor(id))));

function setup() {
  const timers = new ManualTimers();
  const { workers, create } = fakeEngineWorkers();
  const client = new EngineClient(create, { budgetMs: 2000, timers });
  const run = () => client.run(fixtureDesign(), { name: 's' });
  return { timers, workers, client, run };
}

describe('engine client: latest result wins, runaway runs are stopped', () => {
  it('resolves the latest run with its trace', async () => {
    const { workers, run } = setup();
    const result = run();
    answer(workers[0]!, 1);
    expect(await result).toMatchObject({ status: 'ready', run: { trace: { log: ['run 1'] } } });
  });

  it("hands on the latest run's design problems (sent before its result), never a stale run's", async () => {
    const { workers, client, run } = setup();
    const seen: string[][] = [];
    client.onProblems = (problems) => seen.push(problems.map((p) => `${p.path}: ${p.message}`));
    const first = run();
    const second = run();
    const problems = (id: number) => [{ path: 'integration.uri', message: `run ${id}` }];
    workers[0]!.onmessage?.({ data: { kind: 'problems', id: 1, problems: problems(1) } });
    workers[0]!.onmessage?.({ data: { kind: 'problems', id: 2, problems: problems(2) } });
    answer(workers[0]!, 2);
    answer(workers[0]!, 1);
    expect(await second).toMatchObject({ status: 'ready' });
    expect(await first).toBeNull();
    expect(seen).toEqual([['integration.uri: run 2']]);
  });

  it('drops a result that arrives after a newer run started (stale), even out of order', async () => {
    const { workers, run } = setup();
    const first = run();
    const second = run();
    answer(workers[0]!, 2);
    answer(workers[0]!, 1);
    expect(await first).toBeNull();
    expect(await second).toMatchObject({ status: 'ready', run: { trace: { log: ['run 2'] } } });
  });

  it('a run over the wall-clock budget terminates the worker, reports "stopped", and a new worker serves the next run', async () => {
    const { timers, workers, client, run } = setup();
    const runaway = run();
    timers.advance(2000);
    expect(await runaway).toEqual({ status: 'stopped', run: null, message: STOPPED_MESSAGE });
    expect(workers[0]!.terminated).toBe(true);
    expect(client.restarts).toBe(1);
    const next = run();
    answer(workers[1]!, 2);
    expect(await next).toMatchObject({ status: 'ready' });
  });

  it('a newer run queued behind a runaway is re-sent to the new worker and gets a fresh budget', async () => {
    const { timers, workers, run } = setup();
    const runaway = run();
    timers.advance(1500);
    const fixed = run();
    timers.advance(500);
    expect(await runaway).toBeNull();
    expect(workers[1]!.received.map((m) => (m.kind === 'simulate' ? m.id : m.kind))).toEqual([2]);
    timers.advance(1900); // still within the re-sent run's own budget
    answer(workers[1]!, 2);
    expect(await fixed).toMatchObject({ status: 'ready', run: { trace: { log: ['run 2'] } } });
  });

  it('a late answer from a terminated worker is ignored', async () => {
    const { timers, workers, run } = setup();
    const runaway = run();
    const oldWorker = workers[0]!;
    const handler = oldWorker.onmessage;
    timers.advance(2000);
    await runaway;
    expect(oldWorker.onmessage).toBeNull();
    expect(() => handler?.({ data: failureReply(1, 'late') })).not.toThrow();
  });

  it('a worker crash fails the latest run with the reason and restarts the worker', async () => {
    const { workers, run } = setup();
    const result = run();
    workers[0]!.onerror?.({ message: 'SyntaxError in module' });
    expect(await result).toEqual({ status: 'failed', run: null, message: 'the engine failed: SyntaxError in module' });
    expect(workers).toHaveLength(2);
  });

  it('a failure reply is passed on as "failed"', async () => {
    const { workers, run } = setup();
    const result = run();
    workers[0]!.onmessage?.({ data: failureReply(1, 'boom') });
    expect(await result).toEqual({ status: 'failed', run: null, message: 'boom' });
  });
});
