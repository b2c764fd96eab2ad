// The engine's backend when the page runs MSW's service worker: a real fetch from the engine's Web Worker, which the
// service worker hands to the page's mock dispatcher (dispatcher.ts). The marker header tells a mock answer from
// anything else, and is removed before the engine sees the response. A `no-mock` answer becomes a failed call (the
// engine then reports the unreachable endpoint), as in the in-process path.
import type { TraceHttpMessage, TraceResponse } from '../engine/index.ts';
import { createFetchBackend, type BackendCaller } from './fetch-backend.ts';
import { MOCK_ANSWER_HEADER, mockAnswerKind, PROBE_URL, withoutMarker, withSentHeaders } from './mock-answer.ts';

/** How the last backend call was answered: by the mocks through the service worker, or by something else. */
export type AnswerRoute = 'service-worker' | 'not-intercepted';

export function createServiceWorkerBackend(
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  onRoute?: (route: AnswerRoute) => void,
): BackendCaller {
  const call = createFetchBackend((input, init) =>
    fetchImpl(input, { ...init, headers: withSentHeaders(new Headers(init?.headers)) }),
  );
  return async (message: TraceHttpMessage, options) => {
    const response = await call(message, options);
    const kind = mockAnswerKind(response);
    onRoute?.(kind === null ? 'not-intercepted' : 'service-worker');
    if (kind === 'no-mock') throw new TypeError(noMockMessage(response, message));
    return kind === null ? response : withoutMarker(response);
  };
}

function noMockMessage(response: TraceResponse, message: TraceHttpMessage): string {
  try {
    const text = (JSON.parse(response.body) as { message?: unknown }).message;
    if (typeof text === 'string') return text;
  } catch {
    // fall through
  }
  return `No mock backend answers ${message.method} ${message.url} (nothing is sent to the network)`;
}

/**
 * Whether this context's fetches reach the page's mock dispatcher: a request to a reserved `.invalid` host (which
 * no network could ever answer) must come back with the marker.
 */
export async function serviceWorkerAnswers(
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  timeoutMs = 5000,
): Promise<boolean> {
  try {
    const response = await fetchImpl(PROBE_URL, { method: 'GET', signal: AbortSignal.timeout(timeoutMs) });
    return response.headers.get(MOCK_ANSWER_HEADER) !== null;
  } catch {
    return false;
  }
}
