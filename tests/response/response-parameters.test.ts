// responseParameters mapping, docs/apigw-behaviour.md#response-parameters. Sources: DG
// https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html (source list), DG
// https://docs.aws.amazon.com/apigateway/latest/developerguide/handle-errors-in-lambda-integration.html (errorMessage
// deserialisation vector), DG api-gateway-swagger-extensions-integration-responseParameters (Location example).
import { describe, expect, it } from 'vitest';
import { mapResponseParameters, type ResponseParameterSources } from '../../src/engine/response/response-parameters.ts';

const base: ResponseParameterSources = {
  headers: { 'Content-Type': 'application/json', 'x-userid': 'u-42', 'Set-Cookie': 'b=2' },
  multiValueHeaders: { 'Set-Cookie': ['a=1', 'b=2'] },
  body: '{"redirect":{"url":"https://example.com/next"},"count":3,"ok":true,"items":[{"id":1},{"id":2}],"name":"Rex"}',
  lambdaError: false,
  stageVariables: { region: 'eu-west-1' },
  context: { requestId: 'req-1', identity: { sourceIp: '203.0.113.9' } },
};

describe('mapResponseParameters', () => {
  it.each([
    [
      'DG swagger example: body.redirect.url -> Location',
      { 'method.response.header.Location': 'integration.response.body.redirect.url' },
      'Location',
      'https://example.com/next',
    ],
    [
      'DG swagger example: header x-userid -> x-user-id',
      { 'method.response.header.x-user-id': 'integration.response.header.x-userid' },
      'x-user-id',
      'u-42',
    ],
    [
      'header lookup ignores case (RFC 9110)',
      { 'method.response.header.X': 'integration.response.header.X-USERID' },
      'X',
      'u-42',
    ],
    [
      'static value in single quotes',
      { 'method.response.header.Access-Control-Allow-Origin': "'*'" },
      'Access-Control-Allow-Origin',
      '*',
    ],
    ['whole body', { 'method.response.header.X': 'integration.response.body' }, 'X', base.body],
    ['number in the body prints as text', { 'method.response.header.X': 'integration.response.body.count' }, 'X', '3'],
    ['boolean in the body prints as text', { 'method.response.header.X': 'integration.response.body.ok' }, 'X', 'true'],
    [
      'an array maps as compact JSON',
      { 'method.response.header.X': 'integration.response.body.items' },
      'X',
      '[{"id":1},{"id":2}]',
    ],
    ['array index', { 'method.response.header.X': 'integration.response.body.items[1].id' }, 'X', '2'],
    ['stage variable', { 'method.response.header.X': 'stageVariables.region' }, 'X', 'eu-west-1'],
    ['context variable', { 'method.response.header.X': 'context.requestId' }, 'X', 'req-1'],
    ['nested context variable', { 'method.response.header.X': 'context.identity.sourceIp' }, 'X', '203.0.113.9'],
    [
      'single header of a multi-value header: the last value',
      { 'method.response.header.X': 'integration.response.header.Set-Cookie' },
      'X',
      'b=2',
    ],
    [
      'multivalueheader keeps every value',
      { 'method.response.header.X': 'integration.response.multivalueheader.Set-Cookie' },
      'X',
      'a=1,b=2',
    ],
  ])('%s', (_name, params, header, expected) => {
    expect(mapResponseParameters(params, base).headers[header]).toBe(expected);
  });

  it.each([
    ['a missing header', 'integration.response.header.Nope'],
    ['a missing body path', 'integration.response.body.nothing.here'],
    ['a missing stage variable', 'stageVariables.nope'],
  ])('%s sends no header', (_name, source) => {
    const out = mapResponseParameters({ 'method.response.header.X': source }, base);
    expect(out.headers).toEqual({});
    expect(out.resolved['method.response.header.X']).toBe(null);
  });

  it('a non-JSON body gives nothing for a body path', () => {
    const out = mapResponseParameters(
      { 'method.response.header.X': 'integration.response.body.a' },
      { ...base, body: 'plain' },
    );
    expect(out.headers).toEqual({});
  });

  it('multivalueheader values are also given as a list', () => {
    const out = mapResponseParameters(
      { 'method.response.header.X': 'integration.response.multivalueheader.Set-Cookie' },
      base,
    );
    expect(out.multiValueHeaders.X).toEqual(['a=1', 'b=2']);
  });

  it('a bad target or a request-side source is a problem, not a header', () => {
    const out = mapResponseParameters(
      { 'integration.request.header.X': "'a'", 'method.response.header.Y': 'method.request.header.Z' },
      base,
    );
    expect(out.headers).toEqual({});
    expect(out.problems).toHaveLength(2);
  });

  describe('DG handle-errors-in-lambda-integration: custom error errorMessage is deserialised for body-to-header mappings', () => {
    const errorBody = JSON.stringify({
      errorMessage: JSON.stringify({
        errorType: 'InternalServerError',
        httpStatus: 500,
        requestId: 'e5849002-39a0-11e7-a419-5bb5807c9fb2',
        trace: { function: 'abc()', line: 123, file: 'abc.js' },
      }),
    });
    const params = {
      'method.response.header.error_trace_function': 'integration.response.body.errorMessage.trace.function',
      'method.response.header.error_status': 'integration.response.body.errorMessage.httpStatus',
      'method.response.header.error_type': 'integration.response.body.errorMessage.errorType',
      'method.response.header.error_trace': 'integration.response.body.errorMessage.trace',
    };
    it('gives the documented headers', () => {
      const out = mapResponseParameters(params, { ...base, body: errorBody, lambdaError: true });
      expect(out.headers).toEqual({
        error_status: '500',
        error_trace: '{"function":"abc()","line":123,"file":"abc.js"}',
        error_trace_function: 'abc()',
        error_type: 'InternalServerError',
      });
    });
    it('does not apply to non-error responses', () => {
      const out = mapResponseParameters(params, { ...base, body: errorBody, lambdaError: false });
      expect(out.headers).toEqual({});
    });
    it('a plain-text errorMessage stays a string', () => {
      const out = mapResponseParameters(
        { 'method.response.header.m': 'integration.response.body.errorMessage' },
        { ...base, body: '{"errorMessage":"Bad request: no name"}', lambdaError: true },
      );
      expect(out.headers.m).toBe('Bad request: no name');
    });
  });
});
