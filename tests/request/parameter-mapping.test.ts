import { describe, expect, it } from 'vitest';
import type { MethodRequest } from '../../src/engine/request/method-request.types.ts';
import { mapRequestParameters } from '../../src/engine/request/parameter-mapping.ts';
import type { ParameterSources } from '../../src/engine/request/parameter-sources.ts';
import { applyRequestOverrides } from '../../src/engine/request/request-overrides.ts';

// Sources: https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-parameter-mapping-sources.html
const request: MethodRequest = {
  method: 'POST',
  path: '/pets/42',
  resourcePath: '/pets/{petId}',
  pathParameters: { petId: '42' },
  headers: { 'Content-Type': 'application/json', 'X-Tag': 'b', puppies: 'true' },
  multiValueHeaders: { 'Content-Type': ['application/json'], 'X-Tag': ['a', 'b'], puppies: ['true'] },
  query: { color: 'blue', kind: 'dog' },
  multiValueQuery: { color: ['red', 'blue'], kind: ['dog'] },
  body: '{"petstore":{"pets":[{"name":"Rex","age":3,"tags":["a"]}]},"ok":true}',
  isBase64Encoded: false,
};
const sources: ParameterSources = {
  request,
  bodyText: request.body,
  stageVariables: { backend: 'pets.example.com' },
  context: { requestId: 'req-1', identity: { sourceIp: '203.0.113.9' }, requestTimeEpoch: 1767225600000 },
};

describe('mapping sources resolve to the values API Gateway sends', () => {
  const cases: Array<[string, string, string | string[] | null]> = [
    ['method.request.path.NAME', 'method.request.path.petId', '42'],
    ['method.request.querystring.NAME (repeated: the last value)', 'method.request.querystring.color', 'blue'],
    [
      'method.request.multivaluequerystring.NAME (all values)',
      'method.request.multivaluequerystring.color',
      ['red', 'blue'],
    ],
    ['method.request.multivaluequerystring.NAME with one value', 'method.request.multivaluequerystring.kind', 'dog'],
    ['method.request.header.NAME (repeated: the last value)', 'method.request.header.X-Tag', 'b'],
    ['method.request.header.NAME matches the header whatever its case', 'method.request.header.x-tag', 'b'],
    ['method.request.multivalueheader.NAME (all values)', 'method.request.multivalueheader.X-Tag', ['a', 'b']],
    ['method.request.body (the raw body)', 'method.request.body', request.body],
    ['method.request.body.JSONPATH, a string', 'method.request.body.petstore.pets[0].name', 'Rex'],
    ['method.request.body.JSONPATH, a number', 'method.request.body.petstore.pets[0].age', '3'],
    ['method.request.body.JSONPATH, a boolean', 'method.request.body.ok', 'true'],
    ['method.request.body.JSONPATH, an array as JSON', 'method.request.body.petstore.pets[0].tags', '["a"]'],
    ["'static' value", "'application/json'", 'application/json'],
    ['stageVariables.NAME', 'stageVariables.backend', 'pets.example.com'],
    ['context.NAME (nested)', 'context.identity.sourceIp', '203.0.113.9'],
    ['context.NAME (number)', 'context.requestTimeEpoch', '1767225600000'],
    // Absent sources are simply not sent.
    ['missing path parameter', 'method.request.path.nope', null],
    ['missing query string', 'method.request.querystring.nope', null],
    ['missing header', 'method.request.header.X-Missing', null],
    ['missing multi-value header', 'method.request.multivalueheader.X-Missing', null],
    ['missing JSONPath', 'method.request.body.petstore.owner', null],
    ['unset stage variable', 'stageVariables.nope', null],
    ['unset context variable', 'context.authorizer.principalId', null],
    ['not a supported context variable', 'context.integrationLatency', null],
  ];
  it.each(cases)('%s: %s', (_name, expression, value) => {
    const r = mapRequestParameters({ 'integration.request.header.X-Out': expression }, sources);
    expect(r.resolved['integration.request.header.X-Out']).toEqual(value);
    if (value === null) {
      expect(r.mapped.header).toEqual({});
      expect(r.notes['integration.request.header.X-Out']).toMatch(/^not sent/);
    }
  });

  it('a JSONPath on a body that is not JSON resolves to nothing', () => {
    const r = mapRequestParameters(
      { 'integration.request.header.N': 'method.request.body.name' },
      { ...sources, bodyText: 'plain' },
    );
    expect(r.resolved['integration.request.header.N']).toBeNull();
  });
});

describe('targets', () => {
  it('puts values into path, query string and header; multi-values give several query values', () => {
    const r = mapRequestParameters(
      {
        'integration.request.path.id': 'method.request.path.petId',
        'integration.request.querystring.colors': 'method.request.multivaluequerystring.color',
        'integration.request.header.DogsAge0': 'method.request.header.puppies', // DG request-response-data-mappings Example 1
        'integration.request.header.Tags': 'method.request.multivalueheader.X-Tag',
      },
      sources,
    );
    expect(r.mapped).toEqual({
      path: { id: '42' },
      querystring: { colors: ['red', 'blue'] },
      header: { DogsAge0: ['true'], Tags: ['a', 'b'] },
    });
  });
  it('an unknown target is reported, not mapped', () => {
    const r = mapRequestParameters({ 'integration.request.body.x': "'v'" }, sources);
    expect(r.resolved['integration.request.body.x']).toBeNull();
    expect(r.notes['integration.request.body.x']).toContain('not an integration request parameter');
  });
});

describe('requestOverride wins over mappings (DG apigateway-override-request-response-parameters)', () => {
  it('replaces headers case-insensitively, lists become multi-value', () => {
    const mapped = {
      path: { id: '1' },
      querystring: { q: ['a'] },
      header: { header1: ['header1Val'], header2: ['header2Val'] },
    };
    const out = applyRequestOverrides(mapped, {
      header: { header3: 'header1Valheader2Val', HEADER1: 'foo', multivalueheader: ['foo', 'header1Valheader2Val'] },
      querystring: { q: ['x', 'y'] },
      path: { id: '2' },
    });
    expect(out).toEqual({
      path: { id: '2' },
      querystring: { q: ['x', 'y'] },
      header: {
        header2: ['header2Val'],
        header3: ['header1Valheader2Val'],
        HEADER1: ['foo'],
        multivalueheader: ['foo', 'header1Valheader2Val'],
      },
    });
  });
});
