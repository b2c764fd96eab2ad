// A large sample body crosses to the engine worker once; later runs refer to it (text-channel.ts), and the trace bodies
// that are the sample body come back as references the client resolves.
import { describe, expect, it } from 'vitest';
import { EngineClient } from '../../src/worker/engine-client.ts';
import { fakeEngineWorkers } from './fake-engine-worker.ts';
import type { SimulateMessage } from '../../src/worker/protocol.ts';
import { LARGE_TEXT_CHARS, TextChannel } from '../../src/worker/text-channel.ts';
import type { Trace } from '../../src/engine/trace.ts';
import { fixtureDesign } from './fixture-design.ts';
import { readyResult } from './preview-results.ts';

const body = 'x'.repeat(LARGE_TEXT_CHARS);

function setup() {
  const { workers, create } = fakeEngineWorkers({ announcesReady: false });
  const client = new EngineClient(create);
  const design = fixtureDesign();
  design.samples[0] = { ...design.samples[0]!, body };
  const sent = () => workers.at(-1)!.received.filter((m): m is SimulateMessage => m.kind === 'simulate');
  return { workers, client, design, sent };
}

describe('text channel', () => {
  it('sends a large text once, then a reference; short texts as they are', () => {
    const channel = new TextChannel('t');
    const out: Record<string, string> = {};
    expect(channel.send('short', out)).toBe('short');
    const first = channel.send(body, out);
    expect(out).toEqual({ t1: body });
    const again: Record<string, string> = {};
    expect(channel.send(body, again)).toEqual(first);
    expect(again).toEqual({});
    const receiver = new TextChannel('');
    receiver.accept(out);
    expect(receiver.receive(first)).toBe(body);
    expect(receiver.receive({ ref: 'unknown' })).toBeUndefined();
  });
});

describe('engine client: large bodies travel once', () => {
  it('the second run of the same sample carries no body text', () => {
    const { client, design, sent } = setup();
    void client.run(design, design.samples[0]!);
    void client.run(design, design.samples[0]!);
    const [first, second] = sent();
    expect(Object.values(first!.texts ?? {})).toEqual([body]);
    expect(first!.sample.body).toBe('');
    expect(second!.texts).toEqual({});
    expect(second!.bodies?.sample).toEqual(first!.bodies?.sample);
  });

  it('sends everything again when the worker asks (it did not have a text)', () => {
    const { workers, client, design, sent } = setup();
    void client.run(design, design.samples[0]!);
    void client.run(design, design.samples[0]!);
    workers[0]!.reply({ kind: 'resend', id: 2 });
    expect(Object.values(sent().at(-1)!.texts ?? {})).toEqual([body]);
  });

  it('puts the sample body back into the trace bodies the worker left out', async () => {
    const { workers, client, design } = setup();
    const result = client.run(design, design.samples[0]!);
    const trace = { log: [], methodRequest: { body: '' }, integrationRequest: { body: 'out' } } as unknown as Trace;
    workers[0]!.reply({ kind: 'result', id: 1, result: readyResult(trace), echoes: ['methodRequest'] });
    const done = await result;
    expect(done?.run?.trace.methodRequest?.body).toBe(body);
    expect(done?.run?.trace.integrationRequest?.body).toBe('out');
  });
});
