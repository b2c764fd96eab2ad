// Calls the backend with the integration's timeout. A backend slower than timeoutInMillis gets API Gateway's 504
// `{"message": "Endpoint request timed out"}`, logged as "Execution failed due to a timeout error"
// (https://repost.aws/knowledge-center/api-gateway-504-errors: "If there are timeouts on the integration, you see an
// Execution failed due to a timeout error after the Endpoint request body after transformations line").
// Timeout range 50-29,000 ms, default 29,000 (docs/apigw-behaviour.md#limits).
import type { TraceHttpMessage, TraceResponse } from '../trace.ts';
import { endpointTimedOut, internalServerError } from './gateway-errors.ts';
import { failureLines } from './response-log.ts';
import type { ResponseStageResult } from './response-stage.ts';

export const DEFAULT_TIMEOUT_MS = 29_000;

/** The engine's backend seam; the optional signal lets a backend stop work when API Gateway gives up. */
export type AbortableBackendCaller = (
  request: TraceHttpMessage,
  options?: { signal?: AbortSignal },
) => Promise<TraceResponse>;

export type BackendCallResult =
  | { ok: true; response: TraceResponse; latencyMs: number }
  | { ok: false; kind: 'timeout' | 'network'; message: string; latencyMs: number };

export async function callBackend(
  backend: AbortableBackendCaller,
  request: TraceHttpMessage,
  timeoutMs: number | null | undefined,
  now: () => number = () => Date.now(),
): Promise<BackendCallResult> {
  const limit = timeoutMs && timeoutMs > 0 ? timeoutMs : DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  const started = now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), limit);
  });
  try {
    const outcome = await Promise.race([backend(request, { signal: controller.signal }), timedOut]);
    if (outcome === 'timeout') {
      controller.abort();
      return { ok: false, kind: 'timeout', message: `The backend did not answer within ${limit} ms`, latencyMs: limit };
    }
    return { ok: true, response: outcome, latencyMs: Math.max(0, now() - started) };
  } catch (e) {
    return { ok: false, kind: 'network', message: (e as Error).message, latencyMs: Math.max(0, now() - started) };
  } finally {
    clearTimeout(timer);
  }
}

/** The response stage when the backend call failed (timeout -> 504, unreachable -> 500). */
export function backendFailure(result: Extract<BackendCallResult, { ok: false }>): ResponseStageResult {
  if (result.kind === 'timeout') {
    const methodResponse = endpointTimedOut();
    return {
      integrationResponse: null,
      methodResponse,
      log: failureLines('Execution failed due to a timeout error', methodResponse),
      error: { stage: 'backend', message: result.message },
      details: { notes: [] },
    };
  }
  // An endpoint that cannot be reached is an API configuration error (500); the log wording is remembered from AWS
  // test-invoke output for unresolvable hosts and is unverified.
  const methodResponse = internalServerError();
  return {
    integrationResponse: null,
    methodResponse,
    log: failureLines('Execution failed due to configuration error: Invalid endpoint address', methodResponse),
    error: { stage: 'backend', message: result.message },
    details: { notes: [] },
  };
}
