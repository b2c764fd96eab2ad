// The requests and responses of an in-process fetch (createHandlerFetch: the engine's Web Worker, the command line).
// No network is involved, so they are plain objects with the parts of the Fetch API's Request and Response that msw's
// getResponse and our mock handlers read — method, URL, Headers, body, the engine's abort signal; status, Headers,
// body — instead of the platform's classes. Those cost, per mocked call, a Request (URL parsing, a Headers copy, an
// AbortSignal of its own), a Response (status and header conversions) and a stream for each body written chunk by
// chunk and read back the same way: about a third of the CPU time of each sample in `test`, and two copies of every
// large sample body in the preview. Handlers read bodies and answer through requestBytes and mockResponse (and follow
// `request.signal`, here the engine's), which also take the platform's objects: a request through Node's setupServer
// (node.ts), a live backend's response.
import { HttpResponse } from 'msw';

type Body = string | Blob | Uint8Array;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function checkedBody(body: unknown): Body {
  if (typeof body === 'string' || body instanceof Blob || body instanceof Uint8Array) return body;
  throw new TypeError('an in-process message body is a string, a Blob or bytes');
}

async function bytesOf(body: Body | undefined): Promise<Uint8Array> {
  if (body === undefined) return new Uint8Array();
  if (typeof body === 'string') return encoder.encode(body);
  if (body instanceof Uint8Array) return body;
  return new Uint8Array(await body.arrayBuffer());
}

/** Shared by the in-process request and response: their body, read once or many times (it is never consumed). */
abstract class InProcessBody {
  readonly bodyUsed = false;
  constructor(readonly kept: Body | undefined) {}
  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = await bytesOf(this.kept);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }
  async text(): Promise<string> {
    return typeof this.kept === 'string' ? this.kept : decoder.decode(await bytesOf(this.kept));
  }
  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
}

const neverAborted = new AbortController().signal;

/** What msw and the handlers read of a Request (parse: url, method, headers, credentials; run: signal). */
class InProcessRequest extends InProcessBody {
  readonly credentials: RequestCredentials = 'same-origin';
  constructor(
    readonly url: string,
    readonly method: string,
    readonly headers: Headers,
    body: Body | undefined,
    readonly signal: AbortSignal,
  ) {
    super(body);
  }
  /** A copy is the request itself: its body is never consumed. */
  clone(): this {
    return this;
  }
}

/** What toTraceResponse and msw read of a Response (status, headers; msw: that it has no body stream to observe). */
class InProcessResponse extends InProcessBody {
  readonly body = null;
  readonly type = 'default';
  readonly redirected = false;
  readonly url = '';
  readonly statusText = '';
  readonly headers: Headers;
  constructor(
    body: Body | undefined,
    readonly status: number,
    headers: HeadersInit | undefined,
  ) {
    super(body);
    this.headers = new Headers(headers);
  }
  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }
  clone(): this {
    return this;
  }
}

/** A request to the in-process mocks, as `new Request(url, init)` would describe it. */
export function inProcessRequest(url: string, init: RequestInit): Request {
  const headers = new Headers(init.headers);
  const body = init.body === undefined || init.body === null ? undefined : checkedBody(init.body);
  // What fetch adds for a text body without a Content-Type (https://fetch.spec.whatwg.org/#concept-bodyinit-extract).
  if (typeof body === 'string' && !headers.has('content-type')) headers.set('content-type', 'text/plain;charset=UTF-8');
  const method = (init.method ?? 'GET').toUpperCase();
  // new URL: the URL as a Request would hold it (resolved, percent-encoded).
  const request = new InProcessRequest(new URL(url).href, method, headers, body, init.signal ?? neverAborted);
  return request as unknown as Request;
}

/** The request's body as bytes. */
export async function requestBytes(request: Request): Promise<Uint8Array> {
  if (request instanceof InProcessRequest) return bytesOf(request.kept);
  return new Uint8Array(await request.arrayBuffer());
}

/**
 * A mock's answer to `request`: msw's `new HttpResponse(body, init)`, or an in-process response to an in-process
 * request (msw hands a handler's answer back as it is when it has no body stream).
 */
export function mockResponse(request: Request, body: Body | null, init: ResponseInit): Response {
  if (!(request instanceof InProcessRequest)) return new HttpResponse(body, init);
  const response = new InProcessResponse(
    body === null ? undefined : checkedBody(body),
    init.status ?? 200,
    init.headers,
  );
  return response as unknown as Response;
}

/** The response's body as bytes. */
export async function responseBytes(response: Response): Promise<Uint8Array> {
  if (response instanceof InProcessResponse) return bytesOf(response.kept);
  return new Uint8Array(await response.arrayBuffer());
}
