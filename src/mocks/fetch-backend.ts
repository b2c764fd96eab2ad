// The engine's backend seam over `fetch`: a TraceHttpMessage becomes a fetch (answered in-process by
// createHandlerFetch, intercepted by Node's setupServer, or a live backend's), and the Response becomes a
// TraceResponse. Binary bodies (by Content-Type) travel as base64 with isBase64Encoded.
import { base64ToBytes, bytesToBase64, type TraceHttpMessage, type TraceResponse } from '../engine/index.ts';
import { responseBytes } from './in-process-messages.ts';
import { isTextContentType } from './text-content-types.ts';

export type BackendCaller = (request: TraceHttpMessage, options?: { signal?: AbortSignal }) => Promise<TraceResponse>;

/** Headers fetch will not send (forbidden header names, RFC 9110 hop-by-hop); API Gateway's own transport sets them. */
const NOT_SENDABLE = new Set([
  'host',
  'connection',
  'content-length',
  'transfer-encoding',
  'keep-alive',
  'upgrade',
  'expect',
  'te',
  'trailer',
]);

export function createFetchBackend(fetchImpl: typeof fetch = (input, init) => fetch(input, init)): BackendCaller {
  return async (message, options) => {
    const headers = new Headers();
    const multi = message.multiValueHeaders ?? {};
    for (const [name, value] of Object.entries(message.headers)) {
      if (NOT_SENDABLE.has(name.toLowerCase()) || name in multi) continue;
      headers.set(name, value);
    }
    for (const [name, values] of Object.entries(multi)) {
      if (NOT_SENDABLE.has(name.toLowerCase())) continue;
      for (const v of values) headers.append(name, v);
    }
    const method = message.method.toUpperCase();
    // fetch refuses a body on GET/HEAD; API Gateway sends none there either for HTTP backends.
    const hasBody = method !== 'GET' && method !== 'HEAD' && message.body !== '';
    const bytes = message.isBase64Encoded ? base64ToBytes(message.body) : null;
    const body: BodyInit | undefined = !hasBody
      ? undefined
      : bytes
        ? new Blob([bytes as Uint8Array<ArrayBuffer>])
        : message.body;
    const response = await fetchImpl(message.url, {
      method,
      headers,
      body,
      signal: options?.signal,
      redirect: 'manual',
    });
    const result = await toTraceResponse(response);
    await nextTask();
    return result;
  };
}

/**
 * Waits for the next turn of the event loop (a macrotask). The platform's fetch objects (Request, Response and their
 * streams) are cleaned up by finalizers that only run between tasks; a loop of simulate calls resolved entirely by
 * promises (the CLI's `test`, a script calling simulate 10,000 times) never gave them a turn and kept about 3 KB per
 * call until it ended (tests/mocks/simulate-memory.test.ts).
 */
function nextTask(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export async function toTraceResponse(response: Response): Promise<TraceResponse> {
  const headers: Record<string, string> = {};
  const multiValueHeaders: Record<string, string[]> = {};
  response.headers.forEach((value, name) => {
    if (name === 'set-cookie') return;
    headers[canonicalHeaderName(name)] = value;
  });
  const cookies = response.headers.getSetCookie?.() ?? [];
  if (cookies.length > 0) {
    headers['Set-Cookie'] = cookies[cookies.length - 1]!;
    if (cookies.length > 1) multiValueHeaders['Set-Cookie'] = cookies;
  }
  const bytes = await responseBytes(response);
  const text = isTextContentType(response.headers.get('content-type'));
  const result: TraceResponse = {
    statusCode: response.status,
    headers,
    body: text ? new TextDecoder().decode(bytes) : bytesToBase64(bytes),
    isBase64Encoded: !text && bytes.length > 0,
  };
  if (!text && bytes.length === 0) result.body = '';
  if (Object.keys(multiValueHeaders).length > 0) result.multiValueHeaders = multiValueHeaders;
  return result;
}

const SPECIAL_CASES: Record<string, string> = {
  etag: 'ETag',
  'www-authenticate': 'WWW-Authenticate',
  'content-md5': 'Content-MD5',
  te: 'TE',
  'x-amzn-requestid': 'x-amzn-RequestId',
  'x-amzn-errortype': 'x-amzn-ErrorType',
  'x-amz-request-id': 'x-amz-request-id',
  'x-amz-id-2': 'x-amz-id-2',
  'x-amz-apigw-id': 'x-amz-apigw-id',
};

/** Names already spelled (responses repeat the same few); bounded, as a backend may send any names. */
const spelled = new Map<string, string>();

/** fetch lower-cases header names; show them as services usually spell them (`content-type` -> `Content-Type`). */
export function canonicalHeaderName(name: string): string {
  const known = spelled.get(name);
  if (known !== undefined) return known;
  const result = spell(name);
  if (spelled.size < 500) spelled.set(name, result);
  return result;
}

function spell(name: string): string {
  const lower = name.toLowerCase();
  if (SPECIAL_CASES[lower]) return SPECIAL_CASES[lower];
  if (lower.startsWith('x-amzn-remapped-')) return `x-amzn-Remapped-${spell(lower.slice('x-amzn-remapped-'.length))}`;
  return lower.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase());
}
