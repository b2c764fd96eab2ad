import { describe, expect, it } from 'vitest';
import {
  appendQuery,
  encodeUriValue,
  fillPlaceholders,
  integrationMethod,
  substituteStageVariables,
} from '../../src/engine/integrations/uri-template.ts';

// https://docs.aws.amazon.com/apigateway/latest/developerguide/aws-api-gateway-stage-variables-reference.html
describe('stage variables in URIs (DG aws-api-gateway-stage-variables-reference)', () => {
  const vars = { v: 'pets.example.com', fn: 'HelloWorld', ver: '2' };
  it.each([
    ['http://${stageVariables.v}', 'http://pets.example.com'],
    ['http://${stageVariables.v}/resource/operation', 'http://pets.example.com/resource/operation'],
    ['http://example.com/${stageVariables.v}/bar', 'http://example.com/pets.example.com/bar'],
    ['http://example.com/foo?q=${stageVariables.v}', 'http://example.com/foo?q=pets.example.com'],
    ["http://${stageVariables['v']}/x", 'http://pets.example.com/x'],
    [
      'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:${stageVariables.fn}:${stageVariables.ver}/invocations',
      'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:HelloWorld:2/invocations',
    ],
    ['http://${stageVariables.unset}/x', 'http:///x'],
  ])('%s', (uri, expected) => expect(substituteStageVariables(uri, vars)).toBe(expected));
});

describe('{name} placeholders from integration.request.path.* (DG request-response-data-mappings)', () => {
  it('fills mapped names, URL-encodes values, leaves unmapped ones', () => {
    expect(fillPlaceholders('https://x/pets/{id}/{other}', { id: 'a b&c' })).toBe('https://x/pets/a%20b&c/{other}');
  });
  it('keeps the slashes of a greedy {proxy+} value and its existing %XX escapes (paths arrive encoded, docs/apigw-behaviour.md#http-proxy)', () => {
    expect(fillPlaceholders('http://backend/petstore/{proxy}', { proxy: 'pets/1/test%2Balias@x' })).toBe(
      'http://backend/petstore/pets/1/test%2Balias@x',
    );
  });
  it('encodes a lone % and non-ASCII', () => expect(encodeUriValue('100%é')).toBe('100%25%C3%A9'));
});

describe('query strings', () => {
  it('appends repeated values after an existing query', () => {
    expect(appendQuery('http://x/p?testVar=foobar', { testVar: ['bar'], q: ['a b', 'c'] })).toBe(
      'http://x/p?testVar=foobar&testVar=bar&q=a%20b&q=c',
    );
  });
  it('starts a query when there is none, and changes nothing for no parameters', () => {
    expect(appendQuery('http://x/p', { a: ['1'] })).toBe('http://x/p?a=1');
    expect(appendQuery('http://x/p', {})).toBe('http://x/p');
  });
});

it('ANY means the client method (LS-code; DG OpenAPI example httpMethod ANY)', () => {
  expect(integrationMethod('ANY', 'DELETE')).toBe('DELETE');
  expect(integrationMethod('put', 'POST')).toBe('PUT');
});
