import { describe, expect, it } from 'vitest';
import { buildHttpProxyRequest } from '../../src/engine/integrations/http-proxy.ts';
import { buildHttpRequest } from '../../src/engine/integrations/http.ts';
import { input } from './fixtures.ts';

// API Gateway's own headers, as in the DG log of request-response-data-mappings Example 1: {DogsAge0=true,
// x-amzn-apigateway-api-id=abcd1234, Accept=application/json, User-Agent=AmazonAPIGateway_...,
// X-Amzn-Trace-Id=Root=1-...}
const GATEWAY = {
  'x-amzn-apigateway-api-id': 'abc123',
  Accept: 'application/json',
  'User-Agent': 'AmazonAPIGateway_abc123',
  'X-Amzn-Trace-Id': 'Root=1-6955b900-c0ffee000000400080000000',
};

describe('HTTP integration', () => {
  it('fills the URI, appends mapped query strings, sends mapped headers (client headers are not forwarded)', () => {
    const r = buildHttpRequest(
      input(
        { type: 'HTTP', httpMethod: 'PUT', uri: 'https://${stageVariables.backend}/pets/{id}' },
        {
          stageVariables: { backend: 'pets.example.com' },
          params: {
            path: { id: '42' },
            querystring: { verbose: ['true'] },
            header: { DogsAge0: ['true'], Tags: ['a', 'b'] },
          },
        },
      ),
    );
    expect(r).toEqual({
      ok: true,
      message: {
        method: 'PUT',
        url: 'https://pets.example.com/pets/42?verbose=true',
        headers: { DogsAge0: 'true', Tags: 'a,b', 'Content-Type': 'application/json', ...GATEWAY },
        multiValueHeaders: { Tags: ['a', 'b'] },
        body: '{"name":"Rex"}',
        isBase64Encoded: false,
      },
    });
  });
  it('a mapped Content-Type wins over the client one', () => {
    const r = buildHttpRequest(
      input({ type: 'HTTP' }, { params: { path: {}, querystring: {}, header: { 'content-type': ['text/xml'] } } }),
    );
    expect(r.ok && r.message.headers).toMatchObject({ 'content-type': 'text/xml' });
    expect(r.ok && 'Content-Type' in r.message.headers).toBe(false);
  });
  it('needs a URI', () => expect(buildHttpRequest(input({ type: 'HTTP', uri: null })).ok).toBe(false));
});

describe('HTTP_PROXY (DG api-gateway-set-up-simple-proxy; LS-snap test_http_proxy_integration_request_data_mappings)', () => {
  it('passes method, headers, query and body through; mapped query values are added, mapped headers replace', () => {
    const r = buildHttpProxyRequest(
      input(
        { type: 'HTTP_PROXY', httpMethod: 'ANY', uri: 'http://backend/petstore/{proxy}?testVar={pathVar}' },
        {
          params: {
            path: { proxy: 'pets/42', pathVar: 'foobar' },
            querystring: { extra: ['1'] },
            header: { 'x-tag': ['mapped-value'] },
          },
        },
      ),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.message.method).toBe('POST');
    // The backend sees testVar=foobar,bar: the URI's value and the client's.
    expect(r.message.url).toBe('http://backend/petstore/pets/42?testVar=foobar&testVar=bar&extra=1');
    expect(r.message.headers).toEqual({ 'Content-Type': 'application/json', 'x-tag': 'mapped-value', ...GATEWAY });
    expect(r.message.body).toBe('{"name":"Rex"}');
  });
  it('keeps a binary body as is', () => {
    const base = input({ type: 'HTTP_PROXY' });
    const r = buildHttpProxyRequest({
      ...base,
      request: { ...base.request, body: 'iVBORw0KGgo=', isBase64Encoded: true },
    });
    expect(r.ok && r.message).toMatchObject({ body: 'iVBORw0KGgo=', isBase64Encoded: true });
  });
});
