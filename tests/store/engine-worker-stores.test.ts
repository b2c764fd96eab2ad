// The engine worker's mock stores (src/worker/engine-worker.ts, loaded here as the module a Web Worker runs, with a
// stand-in for its global scope): a run that writes to them sends the page a copy, a run that does not sends none,
// and a new worker told to restore that copy holds what the old one held (its runs see the earlier writes).
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Design, SampleRequest } from '../../src/model/types.ts';
import type { EngineReply, EngineRequest, ResultReply } from '../../src/worker/protocol.ts';

const fixture = (name: string) =>
  JSON.parse(readFileSync(`tests/fixtures/simulate/aws-sqs-send-message/${name}`, 'utf8'));
const design = fixture('design.json') as Design;
const sample = fixture('request.json') as SampleRequest;

/** A fresh engine worker module: what it posts, and a way to send it a message. */
async function startWorker() {
  vi.resetModules();
  const replies: EngineReply[] = [];
  const scope = {
    onmessage: null as ((e: { data: EngineRequest }) => void) | null,
    postMessage: (m: EngineReply) => replies.push(m),
  };
  vi.stubGlobal('self', scope);
  await import('../../src/worker/engine-worker.ts');
  const send = (data: EngineRequest) => scope.onmessage!({ data });
  const result = async (id: number): Promise<ResultReply> => {
    // Generous: the first run loads the engine and msw (seconds on a loaded machine).
    await vi.waitFor(() => expect(replies.some((r) => r.kind === 'result' && r.id === id)).toBe(true), {
      timeout: 20_000,
    });
    return replies.find((r): r is ResultReply => r.kind === 'result' && r.id === id)!;
  };
  return { send, result };
}

afterEach(() => vi.unstubAllGlobals());

describe('engine worker: mock stores', { timeout: 60_000 }, () => {
  it('a run that writes sends a copy; one that changes nothing sends none; a new worker restores the copy', async () => {
    const first = await startWorker();
    first.send({ kind: 'simulate', id: 1, design, sample });
    const wrote = await first.result(1);
    expect(wrote.result.status).toBe('ready');
    expect(wrote.mockState?.sqsMessages).toHaveLength(1);
    const mockDesign = {
      ...design,
      integration: {
        ...design.integration,
        type: 'MOCK' as const,
        requestTemplates: { 'application/json': '{"statusCode": 200}' },
      },
    };
    first.send({ kind: 'simulate', id: 2, design: mockDesign, sample });
    expect((await first.result(2)).mockState).toBeUndefined();

    const second = await startWorker();
    second.send({ kind: 'restore-mock-stores', state: structuredClone(wrote.mockState!) });
    second.send({ kind: 'simulate', id: 1, design, sample });
    const after = await second.result(1);
    expect(after.result.run?.mockStores.sqs).toHaveLength(2);
    expect(after.mockState?.sqsMessages).toHaveLength(2);
  });

  it('clearing empties the stores the next run reports', async () => {
    const worker = await startWorker();
    worker.send({ kind: 'simulate', id: 1, design, sample });
    await worker.result(1);
    worker.send({ kind: 'clear-mock-stores' });
    worker.send({ kind: 'simulate', id: 2, design, sample });
    expect((await worker.result(2)).result.run?.mockStores.sqs).toHaveLength(1);
  });
});
