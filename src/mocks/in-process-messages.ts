// The Requests and Responses of an in-process fetch (createHandlerFetch: the engine's Web Worker, the command line):
// the same methods, URLs, statuses and headers, with the bodies (and the engine's abort signal) kept beside them
// instead of inside. Inside, a body becomes a stream written chunk by chunk and read back the same way, and a signal
// a new AbortSignal following the engine's: together more than half of the CPU time of each mocked call in `test`,
// and two copies of every large sample body in the preview. Handlers read and answer through requestBytes,
// engineSignalOf and mockResponse; each falls back to the message's own body and signal, so a request through the
// service worker (which has them inside) and a live backend's response work the same way.
import { HttpResponse } from 'msw';

interface Beside {
  body?: string | Blob | Uint8Array;
  signal?: AbortSignal;
}

type Body = string | Blob | Uint8Array;

const requestsBeside = new WeakMap<Request, Beside>();
const responseBodies = new WeakMap<Response, Body>();
const encoder = new TextEncoder();

function checkedBody(body: unknown): Body {
  if (typeof body === 'string' || body instanceof Blob || body instanceof Uint8Array) return body;
  throw new TypeError('an in-process message body is a string, a Blob or bytes');
}

async function bytesOf(body: Body): Promise<Uint8Array> {
  if (typeof body === 'string') return encoder.encode(body);
  if (body instanceof Uint8Array) return body;
  return new Uint8Array(await body.arrayBuffer());
}

export function inProcessRequest(url: string, init: RequestInit): Request {
  const { body, signal, ...rest } = init;
  const headers = new Headers(rest.headers);
  // What fetch adds for a text body without a Content-Type (https://fetch.spec.whatwg.org/#concept-bodyinit-extract).
  if (typeof body === 'string' && !headers.has('content-type')) headers.set('content-type', 'text/plain;charset=UTF-8');
  const request = new Request(url, { ...rest, headers });
  const beside: Beside = {};
  if (body !== undefined && body !== null) beside.body = checkedBody(body);
  if (signal) beside.signal = signal;
  requestsBeside.set(request, beside);
  return request;
}

/** The signal that stops a mock's simulated latency when API Gateway gives up (timeoutInMillis). */
export function engineSignalOf(request: Request): AbortSignal {
  return requestsBeside.get(request)?.signal ?? request.signal;
}

/** The request's body as bytes. */
export async function requestBytes(request: Request): Promise<Uint8Array> {
  const beside = requestsBeside.get(request);
  if (!beside) return new Uint8Array(await request.arrayBuffer());
  return beside.body === undefined ? new Uint8Array() : bytesOf(beside.body);
}

/**
 * A mock's answer to `request`: msw's `new HttpResponse(body, init)`, except that the answer to an in-process request keeps
 * its body beside it (msw hands a handler's Response back as it is when its body is null).
 */
export function mockResponse(request: Request, body: Body | null, init: ResponseInit): Response {
  if (body === null || !requestsBeside.has(request)) return new HttpResponse(body, init);
  const response = new HttpResponse(null, init);
  responseBodies.set(response, checkedBody(body));
  return response;
}

/** The response's body as bytes. */
export async function responseBytes(response: Response): Promise<Uint8Array> {
  const body = responseBodies.get(response);
  return body === undefined ? new Uint8Array(await response.arrayBuffer()) : bytesOf(body);
}
