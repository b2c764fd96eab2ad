// Sample request -> method request (docs/design-contracts.md#sample-request). Path matching, multi-value views and the
// greedy {proxy+} behaviour follow real-AWS recordings (LS-snap test_lambda_aws_proxy_integration,
// docs/apigw-behaviour.md#method-request).
import { describe, expect, it } from 'vitest';
import {
  findHeader,
  matchResourcePath,
  MethodRequestError,
  normalizeMethodRequest,
} from '../../src/engine/request/method-request.ts';
import type { Design } from '../../src/model/types.ts';

function designFor(resourcePath: string, httpMethod = 'POST'): Design {
  return {
    format: 'integration-designer/1',
    name: 'd',
    api: { stageName: 'test' },
    method: { httpMethod, resourcePath },
    integration: { type: 'MOCK' },
    samples: [],
  };
}

describe('defaults (docs/design-contracts.md#sample-request: missing fields take sensible defaults)', () => {
  it('GET / with an empty body and no headers when nothing is given', () => {
    expect(normalizeMethodRequest({})).toEqual({
      method: 'GET',
      path: '/',
      resourcePath: '/',
      pathParameters: {},
      headers: {},
      multiValueHeaders: {},
      query: {},
      multiValueQuery: {},
      body: '',
      isBase64Encoded: false,
    });
  });

  it("the method defaults to the design's method", () => {
    expect(normalizeMethodRequest({ path: '/pets' }, designFor('/pets', 'PUT')).method).toBe('PUT');
  });

  it("a base64 body stays base64 text (conversion is the pipeline's job)", () => {
    const r = normalizeMethodRequest({ body: 'aGk=', isBase64Encoded: true });
    expect(r).toMatchObject({ body: 'aGk=', isBase64Encoded: true });
  });
});

describe('headers and query strings', () => {
  const r = normalizeMethodRequest({
    headers: { 'X-Multi': ['a', 'b'], 'tEsT-HEADeR': 'v' },
    query: { category: ['electronics', 'books'], price: '10' },
  });

  it('the single-value view holds the last value (LS-snap: queryStringParameters holds the last value)', () => {
    expect(r.query).toEqual({ category: 'books', price: '10' });
    expect(r.headers['X-Multi']).toBe('b');
  });

  it('the multi-value view holds all values in order', () => {
    expect(r.multiValueQuery).toEqual({ category: ['electronics', 'books'], price: ['10'] });
    expect(r.multiValueHeaders['X-Multi']).toEqual(['a', 'b']);
  });

  it('header names keep the client casing (LS-snap: tEsT-HEADeR)', () => {
    expect(Object.keys(r.headers)).toContain('tEsT-HEADeR');
  });

  it('findHeader looks a header up whatever its case (HTTP header names are case-insensitive, RFC 9110)', () => {
    expect(findHeader(r.headers, 'test-header')).toBe('v');
    expect(findHeader(r.headers, 'missing')).toBeUndefined();
  });

  it('a query string written in the path is read too; `+` is a space (LS-snap query decoding)', () => {
    expect(normalizeMethodRequest({ path: '/?q=a+b&x=1&x=2' }).multiValueQuery).toEqual({ q: ['a b'], x: ['1', '2'] });
  });
});

describe('path parameters', () => {
  it.each([
    ['{name} segments', '/pets/{petId}', '/pets/42', { petId: '42' }],
    ['several segments', '/users/{u}/pets/{p}', '/users/ann/pets/7', { u: 'ann', p: '7' }],
    ['greedy {proxy+} takes the rest', '/{proxy+}', '/a/b/c', { proxy: 'a/b/c' }],
    [
      'greedy {proxy+}: the trailing slash is stripped (LS-snap)',
      '/{proxy+}',
      '/proxy-value/',
      { proxy: 'proxy-value' },
    ],
    [
      'greedy {proxy+}: double slashes are kept (LS-snap)',
      '/{proxy+}',
      '/proxy-value//double-slash',
      { proxy: 'proxy-value//double-slash' },
    ],
    [
      'segments are not percent-decoded (LS-snap)',
      '/mail/{addr}',
      '/mail/test%2Balias@gmail.com',
      { addr: 'test%2Balias@gmail.com' },
    ],
    ['a literal path', '/pets', '/pets', {}],
  ])('%s', (_name, resource, path, expected) => {
    expect(matchResourcePath(resource, path)).toEqual(expected);
  });

  it.each([
    ['/pets/{petId}', '/pets'],
    ['/pets/{petId}', '/pets/1/2'],
    ['/pets', '/dogs'],
    ['/{proxy+}', '/'],
  ])('%s does not match %s', (resource, path) => {
    expect(matchResourcePath(resource, path)).toBeNull();
  });

  it("matched against the design's resource path", () => {
    expect(normalizeMethodRequest({ path: '/pets/42' }, designFor('/pets/{petId}'))).toMatchObject({
      resourcePath: '/pets/{petId}',
      pathParameters: { petId: '42' },
    });
  });

  it('the stage prefix of the invoke URL may be included (/{stage}/pets/42)', () => {
    expect(normalizeMethodRequest({ path: '/test/pets/42' }, designFor('/pets/{petId}'))).toMatchObject({
      path: '/pets/42',
      pathParameters: { petId: '42' },
    });
  });

  it('a path that does not match the resource path is a clear error', () => {
    expect(() => normalizeMethodRequest({ path: '/dogs/1/x' }, designFor('/pets/{petId}'))).toThrow(MethodRequestError);
    expect(() => normalizeMethodRequest({ path: '/dogs/1/x' }, designFor('/pets/{petId}'))).toThrow(
      'path "/dogs/1/x" does not match the method\'s resource path "/pets/{petId}"',
    );
  });

  it('a body that is not a string is a clear error', () => {
    expect(() => normalizeMethodRequest({ body: { a: 1 } as unknown as string })).toThrow(/body: must be a string/);
  });
});
