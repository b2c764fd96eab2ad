// How an answer that the page's mock dispatcher gave through MSW's service worker is recognised by the engine's Web
// Worker, which sees only a fetch Response: a marker header says "answered by the mocks" (or "no mock answers this
// URL"), and is removed again before the engine sees the response, so the trace shows what the backend sent.
import type { TraceResponse } from '../engine/index.ts';

/** `answered`: a mock answered; `no-mock`: no mock answers this URL (nothing was sent to the network). */
export const MOCK_ANSWER_HEADER = 'x-integration-designer-mock';
/**
 * The exact header list the engine sent (URI-encoded JSON of [name, value] pairs). A browser adds or replaces some
 * headers on the way (User-Agent); the dispatcher restores this list so the mocks see what API Gateway would send.
 */
export const SENT_HEADERS_HEADER = 'x-integration-designer-sent-headers';

export type MockAnswerKind = 'answered' | 'no-mock';

/** Where the page's mocks run: behind MSW's service worker, or in-process in the engine's worker (fallback). */
export type MockBackendMode = 'service-worker' | 'in-page';

/** How one run's backend call was answered (null: no call, e.g. MOCK or a rejected request). */
export type BackendRoute = 'service-worker' | 'in-process' | 'network' | null;

/** A URL under the reserved `.invalid` TLD (RFC 2606): never resolvable, so a probe can never leave the machine. */
export const PROBE_URL = 'https://service-worker-probe.integration-designer.invalid/';

function findKey(headers: Record<string, unknown>, name: string): string | undefined {
  const lower = name.toLowerCase();
  return Object.keys(headers).find((k) => k.toLowerCase() === lower);
}

/** The marker of a response, or null when it did not come from the dispatcher. */
export function mockAnswerKind(response: TraceResponse): MockAnswerKind | null {
  const key = findKey(response.headers, MOCK_ANSWER_HEADER);
  const value = key === undefined ? undefined : response.headers[key];
  return value === 'answered' || value === 'no-mock' ? value : null;
}

/** The response without the marker header (a transport detail, not something the backend sent). */
export function withoutMarker(response: TraceResponse): TraceResponse {
  const key = findKey(response.headers, MOCK_ANSWER_HEADER);
  if (key === undefined) return response;
  const headers = { ...response.headers };
  delete headers[key];
  return { ...response, headers };
}

/** Adds the sent-headers envelope to a fetch's headers (engine side). */
export function withSentHeaders(headers: Headers): Headers {
  const copy = new Headers(headers);
  copy.set(SENT_HEADERS_HEADER, encodeURIComponent(JSON.stringify([...headers])));
  return copy;
}

/** The headers the engine meant to send, from the envelope (dispatcher side); null without an envelope. */
export function sentHeadersOf(request: Request): Headers | null {
  const envelope = request.headers.get(SENT_HEADERS_HEADER);
  if (envelope === null) return null;
  try {
    return new Headers(JSON.parse(decodeURIComponent(envelope)) as [string, string][]);
  } catch {
    return null;
  }
}
