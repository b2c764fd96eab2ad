import { describe, expect, it } from 'vitest';
import { createDesignerStore } from '../../src/store/store.ts';
import { SHOW_RUNNING_AFTER_MS, startPreviewRunner } from '../../src/store/preview-runner.ts';
import type { PreviewResult } from '../../src/worker/protocol.ts';
import type { Design, SampleRequest } from '../../src/model/types.ts';
import type { Trace } from '../../src/engine/trace.ts';
import { ManualTimers } from './manual-timers.ts';
import { fixtureDesign } from './fixture-design.ts';
import { readyResult } from './preview-results.ts';

function setup() {
  const timers = new ManualTimers();
  const store = createDesignerStore({ design: fixtureDesign(), now: () => timers.now });
  const calls: Array<{ design: Design; sample: SampleRequest; finish: (o: PreviewResult | null) => void }> = [];
  const run = (design: Design, sample: SampleRequest) =>
    new Promise<PreviewResult | null>((finish) => calls.push({ design, sample, finish }));
  startPreviewRunner(store, run, { intervalMs: 60, now: () => timers.now, setTimeout: timers.setTimeout });
  const rename = (name: string) => store.getState().actions.editDesign((d) => ({ ...d, name }));
  const done = (i: number) =>
    calls[i]!.finish(readyResult({ log: [String(i)] } as unknown as Trace, { durationMs: 3 }));
  return { timers, store, calls, rename, done, flush: () => new Promise((r) => setTimeout(r, 0)) };
}

describe('preview runner: at most one run in flight, changes coalesce, a lone change runs at once', () => {
  it('runs once at start with the selected sample', () => {
    const { calls } = setup();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.sample.name).toBe('happy path');
  });

  it('changes during a run collapse into one trailing run with the latest design', async () => {
    const { calls, rename, done, timers, flush } = setup();
    rename('a');
    rename('b');
    rename('c');
    await flush();
    expect(calls).toHaveLength(1);
    timers.advance(100);
    done(0);
    await flush();
    expect(calls).toHaveLength(2);
    expect(calls[1]!.design.name).toBe('c');
  });

  it('a change after the interval, with the engine idle, starts a run immediately (no debounce delay)', async () => {
    const { calls, rename, done, timers, flush } = setup();
    done(0);
    await flush();
    timers.advance(61);
    rename('x');
    await flush();
    expect(calls).toHaveLength(2);
  });

  it('a change within the interval waits for the rest of it', async () => {
    const { calls, rename, done, timers, flush } = setup();
    done(0);
    await flush();
    timers.advance(20);
    rename('x');
    await flush();
    expect(calls).toHaveLength(1);
    timers.advance(40);
    expect(calls).toHaveLength(2);
  });

  it('writes the trace, or the stop message, into the preview slice', async () => {
    const { calls, store, rename, done, timers, flush } = setup();
    done(0);
    await flush();
    expect(store.getState().preview).toMatchObject({ status: 'ready', run: { trace: { log: ['0'] }, durationMs: 3 } });
    timers.advance(100);
    rename('runaway');
    await flush();
    calls[1]!.finish({ status: 'stopped', run: null, message: 'stopped: the template ran too long' });
    await flush();
    expect(store.getState().preview).toMatchObject({
      status: 'stopped',
      run: null,
      message: 'stopped: the template ran too long',
    });
  });

  it('selecting another sample re-runs with that sample', async () => {
    const { calls, store, done, timers, flush } = setup();
    done(0);
    await flush();
    timers.advance(100);
    store.getState().actions.addSample({ name: 'second' });
    await flush();
    expect(calls).toHaveLength(2);
    expect(calls.at(-1)!.sample.name).toBe('second');
  });

  it('"Run the sample again" (Ctrl+Enter) re-runs with an unchanged design; other UI changes do not', async () => {
    const { calls, store, done, timers, flush } = setup();
    done(0);
    await flush();
    timers.advance(100);
    store.getState().actions.selectStage('backend');
    store.getState().actions.setPaneSizes({ form: 40, editors: 30 });
    await flush();
    expect(calls).toHaveLength(1);
    store.getState().actions.runAgain();
    await flush();
    expect(calls).toHaveLength(2);
    expect(calls[1]!.design).toBe(calls[0]!.design);
  });
});

describe('the running status', () => {
  it('a quick run is never marked running (one update when it ends); a slow one is, after SHOW_RUNNING_AFTER_MS', async () => {
    const timers = new ManualTimers();
    const store = createDesignerStore({ design: fixtureDesign(), now: () => timers.now });
    const ends: Array<() => void> = [];
    const statuses: string[] = [];
    store.subscribe((s, p) => s.preview.status !== p.preview.status && statuses.push(s.preview.status));
    startPreviewRunner(
      store,
      () => new Promise((resolve) => ends.push(() => resolve(readyResult({ log: [] } as unknown as Trace)))),
      { intervalMs: 60, now: () => timers.now, setTimeout: timers.setTimeout },
    );
    timers.advance(SHOW_RUNNING_AFTER_MS - 1);
    ends.shift()!();
    await new Promise((r) => setTimeout(r, 0));
    expect(statuses).toEqual(['ready']);
    timers.advance(1);
    expect(statuses).toEqual(['ready']); // the quick run's timer fires after it ended: nothing
    store.getState().actions.editDesign((d) => ({ ...d, name: 'slow' }));
    await new Promise((r) => setTimeout(r, 0));
    timers.advance(SHOW_RUNNING_AFTER_MS);
    expect(statuses).toEqual(['ready', 'running']);
    ends.shift()!();
    await new Promise((r) => setTimeout(r, 0));
    expect(statuses).toEqual(['ready', 'running', 'ready']);
  });
});
