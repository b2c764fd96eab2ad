// In-process requests and responses (src/mocks/in-process-messages.ts): the handlers see the same method, URL,
// headers and body as through a real fetch, with the body kept beside the message; messages that come from
// elsewhere (Node's setupServer, a live backend) are read from their own bodies.
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createHandlerFetch } from '../../src/mocks/handler-fetch.ts';
import { inProcessRequest, mockResponse, requestBytes, responseBytes } from '../../src/mocks/in-process-messages.ts';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('in-process requests', () => {
  it.each<{ body: BodyInit | undefined; headers: Record<string, string>; bytes: string; type: string | null }>([
    { body: '{"a":1}', headers: { 'Content-Type': 'application/json' }, bytes: '{"a":1}', type: 'application/json' },
    // fetch's rule for a text body without a type (https://fetch.spec.whatwg.org/#concept-bodyinit-extract)
    { body: 'plain', headers: {}, bytes: 'plain', type: 'text/plain;charset=UTF-8' },
    { body: new Blob([new Uint8Array([1, 2, 255])]), headers: {}, bytes: '\u0001\u0002\ufffd', type: null },
    { body: new Uint8Array([104, 105]), headers: { 'content-type': 'image/png' }, bytes: 'hi', type: 'image/png' },
    { body: undefined, headers: {}, bytes: '', type: null },
  ])('a $type body reaches the handler whole', async ({ body, headers, bytes, type }) => {
    const request = inProcessRequest('https://backend.example.com/x?q=1', { method: 'post', headers, body });
    expect(request.method).toBe('POST');
    expect(request.url).toBe('https://backend.example.com/x?q=1');
    expect(request.headers.get('content-type')).toBe(type);
    expect(text(await requestBytes(request))).toBe(bytes);
  });

  it("a request built elsewhere (through Node's setupServer) is read from its own body", async () => {
    const controller = new AbortController();
    const request = new Request('https://backend.example.com/', {
      method: 'PUT',
      body: 'own body',
      signal: controller.signal,
    });
    expect(text(await requestBytes(request))).toBe('own body');
  });

  it.each(['https://Backend.Example.com/a b/%7e?x=é&y', 'https://backend.example.com:443/./x/../y?'])(
    'the URL %s reads as a Request would hold it',
    (url) => {
      expect(inProcessRequest(url, { method: 'GET' }).url).toBe(new Request(url).url);
    },
  );

  it("the engine's signal is the one a handler follows", () => {
    const controller = new AbortController();
    const request = inProcessRequest('https://backend.example.com/', { method: 'GET', signal: controller.signal });
    expect(request.signal).toBe(controller.signal);
    expect(inProcessRequest('https://backend.example.com/', { method: 'GET' }).signal.aborted).toBe(false);
  });

  it('a body of another kind is refused, not sent as "[object Object]"', () => {
    expect(() =>
      inProcessRequest('https://backend.example.com/', { method: 'POST', body: new URLSearchParams('a=1') }),
    ).toThrow(/string, a Blob or bytes/);
  });
});

describe('mock responses', () => {
  it('answer an in-process request with the body beside the response, status and headers inside', async () => {
    const request = inProcessRequest('https://backend.example.com/', { method: 'GET' });
    const response = mockResponse(request, 'hello', { status: 201, headers: { 'X-A': '1' } });
    expect(response.body).toBeNull(); // no stream for msw to observe: it hands the answer back as it is
    expect([response.status, response.ok, response.headers.get('x-a')]).toEqual([201, true, '1']);
    expect(text(await responseBytes(response))).toBe('hello');
    expect(await response.text()).toBe('hello');
  });

  it('answer any other request with the body inside (setupServer sends it on)', async () => {
    const response = mockResponse(new Request('https://backend.example.com/'), 'hello', { status: 200 });
    expect(await response.text()).toBe('hello');
    expect(text(await responseBytes(new Response('live')))).toBe('live');
  });

  it('through msw (createHandlerFetch), the handler gets the body and its answer comes back whole', async () => {
    const fetchIt = createHandlerFetch([
      http.all('*', async ({ request }) =>
        mockResponse(request, `got ${text(await requestBytes(request))} by ${request.method}`, { status: 200 }),
      ),
    ]);
    const response = await fetchIt('https://backend.example.com/a', { method: 'POST', body: 'abc' });
    expect(text(await responseBytes(response))).toBe('got abc by POST');
  });
});
