// defaultDesign, defaultIntegration and changeIntegrationType. Stored defaults per type from GetIntegration answers
// recorded on real AWS (docs/apigw-behaviour.md#integration-defaults): timeoutInMillis 29000, passthroughBehavior
// WHEN_NO_MATCH, connectionType INTERNET for HTTP types and absent for AWS/MOCK; Lambda is invoked with POST
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-request-basic-setup.html).
import { describe, expect, it } from 'vitest';
import {
  changeIntegrationType,
  defaultDesign,
  defaultIntegration,
  EXAMPLE_LAMBDA_URI,
  INTEGRATION_TYPES,
  MOCK_STATUS_TEMPLATE,
  validateDesign,
} from '../../src/model/index.ts';
import type { IntegrationType } from '../../src/model/index.ts';

describe('defaultDesign', () => {
  it('validates with zero problems (no warnings either)', () => {
    expect(validateDesign(defaultDesign())).toEqual([]);
  });
  it('is the documented starter: POST /pets/{petId} -> HTTP https://petstore.example.com/pets/{id}', () => {
    const d = defaultDesign();
    expect(d).toMatchObject({
      name: 'Untitled integration',
      method: { httpMethod: 'POST', resourcePath: '/pets/{petId}' },
      integration: {
        type: 'HTTP',
        uri: 'https://petstore.example.com/pets/{id}',
        passthroughBehavior: 'WHEN_NO_TEMPLATES',
        requestParameters: { 'integration.request.path.id': 'method.request.path.petId' },
      },
      methodResponses: { '200': { statusCode: '200' } },
      samples: [{ name: 'happy path', body: '{"name": "Rex"}' }],
      backend: { http: { statusCode: 200 } },
    });
    expect(Object.keys(d.integration.requestTemplates!)).toEqual(['application/json']);
    expect(d.integration.integrationResponses!['200']).toMatchObject({ statusCode: '200', selectionPattern: null });
  });
  it('returns a fresh object each time', () => {
    const a = defaultDesign();
    a.integration.requestTemplates!['text/plain'] = 'x';
    expect(defaultDesign().integration.requestTemplates).not.toHaveProperty('text/plain');
  });
});

describe('defaultIntegration: what API Gateway stores per type', () => {
  it.each([
    ['HTTP', { timeoutInMillis: 29000, passthroughBehavior: 'WHEN_NO_MATCH', connectionType: 'INTERNET' }],
    [
      'HTTP_PROXY',
      { timeoutInMillis: 29000, passthroughBehavior: 'WHEN_NO_MATCH', connectionType: 'INTERNET', httpMethod: 'ANY' },
    ],
    [
      'AWS',
      { timeoutInMillis: 29000, passthroughBehavior: 'WHEN_NO_MATCH', httpMethod: 'POST', uri: EXAMPLE_LAMBDA_URI },
    ],
    ['AWS_PROXY', { timeoutInMillis: 29000, passthroughBehavior: 'WHEN_NO_MATCH', httpMethod: 'POST' }],
    [
      'MOCK',
      {
        timeoutInMillis: 29000,
        passthroughBehavior: 'WHEN_NO_MATCH',
        requestTemplates: { 'application/json': MOCK_STATUS_TEMPLATE },
      },
    ],
  ] as const)('%s', (type, expected) => {
    const integration = defaultIntegration(type);
    expect(integration).toMatchObject({ type, ...expected });
    if (type === 'AWS' || type === 'AWS_PROXY' || type === 'MOCK')
      expect(integration).not.toHaveProperty('connectionType');
    if (type === 'MOCK') {
      expect(integration).not.toHaveProperty('uri');
      expect(integration).not.toHaveProperty('httpMethod');
    }
  });
  it.each(INTEGRATION_TYPES)('%s validates in the default design with no problems', (type) => {
    expect(validateDesign({ ...defaultDesign(), integration: defaultIntegration(type) })).toEqual([]);
  });
});

describe('changeIntegrationType', () => {
  const http = defaultDesign().integration;
  const change = (from: IntegrationType, to: IntegrationType) => changeIntegrationType(defaultIntegration(from), to);

  it('HTTP -> HTTP_PROXY keeps the URI, method, mappings and templates (the validator warns about templates)', () => {
    const proxy = changeIntegrationType(http, 'HTTP_PROXY');
    expect(proxy).toMatchObject({
      type: 'HTTP_PROXY',
      uri: http.uri,
      httpMethod: 'PUT',
      requestParameters: http.requestParameters,
      requestTemplates: http.requestTemplates,
    });
    const warnings = validateDesign({ ...defaultDesign(), integration: proxy });
    expect(warnings.map((p) => p.path)).toContain('integration.requestTemplates');
    expect(warnings.every((p) => p.severity === 'warning')).toBe(true);
  });
  it('HTTP -> AWS_PROXY replaces the http URL with a Lambda ARN and forces POST, drops connectionType', () => {
    const lambda = changeIntegrationType(http, 'AWS_PROXY');
    expect(lambda).toMatchObject({
      type: 'AWS_PROXY',
      uri: EXAMPLE_LAMBDA_URI,
      httpMethod: 'POST',
      requestTemplates: http.requestTemplates,
    });
    expect(lambda).not.toHaveProperty('connectionType');
    expect(lambda).not.toHaveProperty('connectionId');
  });
  it('AWS (S3, GET) -> AWS_PROXY keeps the URI but forces POST', () => {
    const s3 = { ...defaultIntegration('AWS'), uri: 'arn:aws:apigateway:us-east-1:s3:path/b/k', httpMethod: 'GET' };
    expect(changeIntegrationType(s3, 'AWS_PROXY')).toMatchObject({ uri: s3.uri, httpMethod: 'POST' });
  });
  it('-> MOCK drops uri and httpMethod, keeps templates', () => {
    const mock = changeIntegrationType(http, 'MOCK');
    expect(mock).not.toHaveProperty('uri');
    expect(mock).not.toHaveProperty('httpMethod');
    expect(mock.requestTemplates).toEqual(http.requestTemplates);
  });
  it('-> MOCK without templates adds the statusCode template', () => {
    expect(change('HTTP_PROXY', 'MOCK').requestTemplates).toEqual({ 'application/json': MOCK_STATUS_TEMPLATE });
  });
  it('MOCK -> HTTP gets a URI, a method and connectionType INTERNET', () => {
    expect(change('MOCK', 'HTTP')).toMatchObject({
      uri: 'https://example.com/',
      httpMethod: 'GET',
      connectionType: 'INTERNET',
    });
  });
  it('AWS_PROXY -> AWS adds a default integration response (non-proxy needs one)', () => {
    expect(change('AWS_PROXY', 'AWS').integrationResponses).toEqual({
      '200': expect.objectContaining({ statusCode: '200', selectionPattern: null }),
    });
  });
  it('HTTP_PROXY with VPC_LINK -> HTTP keeps the VPC link', () => {
    const vpc = { ...defaultIntegration('HTTP_PROXY'), connectionType: 'VPC_LINK' as const, connectionId: 'abc123' };
    expect(changeIntegrationType(vpc, 'HTTP')).toMatchObject({ connectionType: 'VPC_LINK', connectionId: 'abc123' });
  });
  it('keeps unknown fields and does not mutate its input', () => {
    const before = { ...http, tlsConfig: { insecureSkipVerification: true } };
    const snapshot = structuredClone(before);
    expect(changeIntegrationType(before, 'AWS')).toHaveProperty('tlsConfig', { insecureSkipVerification: true });
    expect(before).toEqual(snapshot);
  });
  it.each(INTEGRATION_TYPES.flatMap((from) => INTEGRATION_TYPES.map((to) => [from, to] as const)))(
    '%s -> %s leaves no errors',
    (from, to) => {
      const design = { ...defaultDesign(), integration: changeIntegrationType(defaultIntegration(from), to) };
      expect(validateDesign(design).filter((p) => p.severity !== 'warning')).toEqual([]);
    },
  );
});
