// Parsing of mapping expressions, shared with the engine and UI. Source:
// https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-parameter-mapping-sources.html Context
// variables: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
import { describe, expect, it } from 'vitest';
import {
  CONTEXT_VARIABLES,
  isSupportedContextVariable,
  lambdaFunctionOf,
  parseAwsIntegrationUri,
  parseRequestMappingSource,
  parseRequestMappingTarget,
  parseResponseMappingSource,
  resourcePathParameters,
  uriPlaceholders,
} from '../../src/model/index.ts';

describe('parseRequestMappingSource', () => {
  it.each([
    ['method.request.path.petId', { kind: 'method-request', location: 'path', name: 'petId' }],
    [
      'method.request.multivaluequerystring.tag',
      { kind: 'method-request', location: 'multivaluequerystring', name: 'tag' },
    ],
    ['method.request.header.X-Amz-Date', { kind: 'method-request', location: 'header', name: 'X-Amz-Date' }],
    ['method.request.body', { kind: 'method-request-body', jsonPath: null }],
    ['method.request.body.petstore.pets[0].name', { kind: 'method-request-body', jsonPath: 'petstore.pets[0].name' }],
    ["'https://www.example.com'", { kind: 'static', value: 'https://www.example.com' }],
    ["''", { kind: 'static', value: '' }],
    ['stageVariables.backend', { kind: 'stage-variable', name: 'backend' }],
    ['context.requestId', { kind: 'context', name: 'requestId' }],
  ] as const)('%s', (expression, expected) => {
    expect(parseRequestMappingSource(expression)).toEqual(expected);
  });

  it.each(['method.request.path', 'method.request.body.', 'integration.response.body', 'context.nope', 'petId'])(
    '%s is an error',
    (expression) => {
      expect(parseRequestMappingSource(expression)).toHaveProperty('error');
    },
  );
});

describe('parseResponseMappingSource and targets', () => {
  it('reads integration response headers, multi-value headers and body paths', () => {
    expect(parseResponseMappingSource('integration.response.multivalueheader.Set-Cookie')).toEqual({
      kind: 'integration-response-header',
      multiValue: true,
      name: 'Set-Cookie',
    });
    expect(parseResponseMappingSource('integration.response.body.errorMessage.errorType')).toEqual({
      kind: 'integration-response-body',
      jsonPath: 'errorMessage.errorType',
    });
    expect(parseResponseMappingSource('method.request.path.id')).toHaveProperty('error');
  });
  it('reads request targets', () => {
    expect(parseRequestMappingTarget('integration.request.querystring.page')).toEqual({
      location: 'querystring',
      name: 'page',
    });
    expect(parseRequestMappingTarget('integration.request.multivalueheader.x')).toHaveProperty('error');
  });
});

describe('CONTEXT_VARIABLES', () => {
  it.each([
    ['requestId', true],
    ['identity.sourceIp', true],
    ['authorizer.principalId', true],
    ['authorizer.claims.email', true],
    ['authorizer.tenant', true],
    ['identity.clientCert.validity.notAfter', true],
    ['requestOverride.header.X', true],
    ['integrationLatency', false],
    ['status', false],
    ['identity', false],
    ['authorizer.', false],
    ['authorizer.a.b', false],
  ] as const)('%s -> %s', (name, supported) => {
    expect(isSupportedContextVariable(name)).toBe(supported);
  });
  it('lists each variable once', () => {
    expect(new Set(CONTEXT_VARIABLES).size).toBe(CONTEXT_VARIABLES.length);
  });
});

describe('AWS integration URIs, URI placeholders, resource path parameters', () => {
  it('parses a Lambda invoke URI and finds the function', () => {
    const uri = parseAwsIntegrationUri(
      'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f:live/invocations',
    );
    expect(uri).toMatchObject({
      partition: 'aws',
      region: 'us-east-1',
      service: 'lambda',
      subdomain: null,
      kind: 'path',
    });
    expect(lambdaFunctionOf(uri as Exclude<typeof uri, { error: string }>)).toBe(
      'arn:aws:lambda:us-east-1:123456789012:function:f:live',
    );
  });
  it('parses subdomain.service and action', () => {
    expect(parseAwsIntegrationUri('arn:aws:apigateway:us-west-2:bucket.s3:action/GetObject&Bucket=b')).toMatchObject({
      service: 's3',
      subdomain: 'bucket',
      kind: 'action',
      serviceApi: 'GetObject&Bucket=b',
    });
  });
  it('finds {name} placeholders but not stage variables', () => {
    expect(uriPlaceholders('https://${stageVariables.host}/pets/{id}/toys/{toy}?q={q}')).toEqual(['id', 'toy', 'q']);
  });
  it('finds path parameters, greedy or not', () => {
    expect(resourcePathParameters('/pets/{petId}/{proxy+}')).toEqual([
      { name: 'petId', greedy: false },
      { name: 'proxy', greedy: true },
    ]);
  });
});
