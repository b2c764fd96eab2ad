// createFetchBackend: TraceHttpMessage -> fetch -> TraceResponse (the engine's backend seam over fetch).
import { describe, expect, it } from 'vitest';
import { canonicalHeaderName, createFetchBackend } from '../../src/mocks/fetch-backend.ts';

function capture(response: Response) {
  const seen: { request?: Request; bytes?: Uint8Array } = {};
  const fetchImpl: typeof fetch = async (input, init) => {
    seen.request = new Request(input, init);
    seen.bytes = new Uint8Array(await seen.request.clone().arrayBuffer());
    return response;
  };
  return { seen, backend: createFetchBackend(fetchImpl) };
}

describe('createFetchBackend', () => {
  it('sends method, url, headers (multi-value appended) and a base64 body as bytes', async () => {
    const { seen, backend } = capture(new Response('ok', { headers: { 'content-type': 'text/plain' } }));
    await backend({
      method: 'PUT',
      url: 'https://b.example.com/x?q=1',
      headers: { 'Content-Type': 'image/png', Host: 'b.example.com', 'X-A': 'ignored' },
      multiValueHeaders: { 'X-A': ['1', '2'] },
      body: 'AQID',
      isBase64Encoded: true,
    });
    expect(seen.request!.method).toBe('PUT');
    expect(seen.request!.url).toBe('https://b.example.com/x?q=1');
    expect(seen.request!.headers.get('x-a')).toBe('1, 2');
    expect(seen.request!.headers.get('host')).toBe(null); // set by the transport, never forwarded by fetch
    expect([...seen.bytes!]).toEqual([1, 2, 3]);
  });

  it('GET carries no body', async () => {
    const { seen, backend } = capture(new Response(''));
    await backend({
      method: 'GET',
      url: 'https://b.example.com/',
      headers: {},
      body: 'ignored',
      isBase64Encoded: false,
    });
    expect(seen.bytes!.length).toBe(0);
  });

  it('reads a text response as text and a binary one (by Content-Type) as base64', async () => {
    const text = await capture(
      new Response('{"a":1}', { status: 201, headers: { 'content-type': 'application/json', etag: '"x"' } }),
    ).backend({ method: 'GET', url: 'https://b.example.com/', headers: {}, body: '', isBase64Encoded: false });
    expect(text).toEqual({
      statusCode: 201,
      headers: { 'Content-Type': 'application/json', ETag: '"x"' },
      body: '{"a":1}',
      isBase64Encoded: false,
    });
    const binary = await capture(
      new Response(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'image/png' } }),
    ).backend({ method: 'GET', url: 'https://b.example.com/', headers: {}, body: '', isBase64Encoded: false });
    expect(binary).toMatchObject({ body: 'AQID', isBase64Encoded: true });
  });

  it('keeps every Set-Cookie', async () => {
    const headers = new Headers();
    headers.append('set-cookie', 'a=1');
    headers.append('set-cookie', 'b=2');
    const res = await capture(new Response('', { headers })).backend({
      method: 'GET',
      url: 'https://b.example.com/',
      headers: {},
      body: '',
      isBase64Encoded: false,
    });
    expect(res.multiValueHeaders).toEqual({ 'Set-Cookie': ['a=1', 'b=2'] });
  });

  it.each([
    ['content-type', 'Content-Type'],
    ['x-amzn-requestid', 'x-amzn-RequestId'],
    ['x-amz-function-error', 'X-Amz-Function-Error'],
    ['etag', 'ETag'],
    ['x-amzn-remapped-date', 'x-amzn-Remapped-Date'],
  ])('header name %s is shown as %s', (name, shown) => {
    expect(canonicalHeaderName(name)).toBe(shown);
  });
});
