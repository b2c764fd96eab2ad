// HTTP_PROXY response passthrough with header remapping. Sources: DG known issues
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html: headers "may be
// remapped to x-amzn-Remapped-HEADER when ... sent back by your integration endpoint") and the real-AWS recording
// LS-snap test_http_proxy_integration_request_data_mappings (Connection, Content-Length, Date, x-amzn-RequestId).
import { describe, expect, it } from 'vitest';
import { httpProxyResponse } from '../../src/engine/response/http-proxy-response.ts';
import { bytesToBase64 } from '../../src/engine/request/payload-bytes.ts';

describe('httpProxyResponse', () => {
  const backend = {
    statusCode: 201,
    headers: {
      'Content-Type': 'application/json',
      Connection: 'keep-alive',
      'Content-Length': '7',
      Date: 'Tue, 21 Dec 2021 14:51:23 GMT',
      'x-amzn-RequestId': 'abc',
      Server: 'nginx',
      'Transfer-Encoding': 'chunked',
      'X-Custom': 'kept',
    },
    body: '{"a":1}',
    isBase64Encoded: false,
  };

  it.each([
    ['Connection', 'x-amzn-Remapped-Connection', 'keep-alive'],
    ['Content-Length', 'x-amzn-Remapped-Content-Length', '7'],
    ['Date', 'x-amzn-Remapped-Date', 'Tue, 21 Dec 2021 14:51:23 GMT'],
    ['x-amzn-RequestId', 'x-amzn-Remapped-x-amzn-RequestId', 'abc'],
    ['Server', 'x-amzn-Remapped-Server', 'nginx'],
  ])('%s comes back as %s', (original, remapped, value) => {
    const out = httpProxyResponse(backend);
    expect(out.headers[remapped]).toBe(value);
    expect(out.headers[original]).toBeUndefined();
  });

  it('status, other headers and body pass through; Transfer-Encoding is dropped', () => {
    const out = httpProxyResponse(backend);
    expect(out.statusCode).toBe(201);
    expect(out.body).toBe('{"a":1}');
    expect(out.headers['X-Custom']).toBe('kept');
    expect(out.headers['Content-Type']).toBe('application/json');
    expect(out.headers['Transfer-Encoding']).toBeUndefined();
  });

  it('a binary body stays binary when its Content-Type is a binary media type', () => {
    const png = bytesToBase64(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    const out = httpProxyResponse(
      { statusCode: 200, headers: { 'Content-Type': 'image/png' }, body: png, isBase64Encoded: true },
      ['image/*'],
    );
    expect(out).toMatchObject({ body: png, isBase64Encoded: true });
  });

  it('without binaryMediaTypes the bytes are read as UTF-8 text (the "corrupted image" symptom)', () => {
    const out = httpProxyResponse({
      statusCode: 200,
      headers: { 'Content-Type': 'image/png' },
      body: bytesToBase64(new Uint8Array([0x89, 0x50])),
      isBase64Encoded: true,
    });
    expect(out).toMatchObject({ body: '\uFFFDP', isBase64Encoded: false });
  });
});
