// Backend call with timeoutInMillis: a backend slower than the timeout gets API Gateway's 504
// {"message": "Endpoint request timed out"} and the log line "Execution failed due to a timeout error"
// (https://repost.aws/knowledge-center/api-gateway-504-errors). Fake timers: no test waits on the clock.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backendFailure, callBackend } from '../../src/engine/response/backend-call.ts';
import type { TraceHttpMessage, TraceResponse } from '../../src/engine/trace.ts';

const request: TraceHttpMessage = {
  method: 'GET',
  url: 'https://example.com/',
  headers: {},
  body: '',
  isBase64Encoded: false,
};
const ok: TraceResponse = { statusCode: 200, headers: {}, body: 'ok', isBase64Encoded: false };

describe('callBackend', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a backend that never answers times out after timeoutInMillis and is told to stop', async () => {
    let aborted = false;
    const never = (_r: TraceHttpMessage, o?: { signal?: AbortSignal }) =>
      new Promise<TraceResponse>(() => o?.signal?.addEventListener('abort', () => (aborted = true)));
    const pending = callBackend(never, request, 50);
    await vi.advanceTimersByTimeAsync(50);
    const result = await pending;
    expect(result).toMatchObject({ ok: false, kind: 'timeout' });
    expect(aborted).toBe(true);
  });

  it('a backend answering within the timeout is used', async () => {
    const result = await callBackend(async () => ok, request, 50);
    expect(result).toMatchObject({ ok: true, response: ok });
  });

  it('timeoutInMillis absent -> the default 29,000 ms', async () => {
    const never = () => new Promise<TraceResponse>(() => {});
    const pending = callBackend(never, request, null);
    await vi.advanceTimersByTimeAsync(28_999);
    let settled = false;
    void pending.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toMatchObject({ ok: false, kind: 'timeout' });
  });

  it('a backend that throws is a network failure', async () => {
    const result = await callBackend(
      async () => {
        throw new TypeError('fetch failed');
      },
      request,
      50,
    );
    expect(result).toMatchObject({ ok: false, kind: 'network', message: 'fetch failed' });
  });
});

describe('backendFailure', () => {
  it('timeout -> 504 Endpoint request timed out, logged as AWS does', () => {
    const out = backendFailure({ ok: false, kind: 'timeout', message: 'slow', latencyMs: 50 });
    expect(out.methodResponse).toMatchObject({ statusCode: 504, body: '{"message": "Endpoint request timed out"}' });
    expect(out.log).toEqual(['Execution failed due to a timeout error', 'Method completed with status: 504']);
  });

  it('unreachable endpoint -> 500 Internal server error', () => {
    const out = backendFailure({ ok: false, kind: 'network', message: 'ENOTFOUND', latencyMs: 1 });
    expect(out.methodResponse).toMatchObject({ statusCode: 500, body: '{"message": "Internal server error"}' });
  });
});
