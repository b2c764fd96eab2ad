// Shared inputs for the integration-module tests: a method request, a $context and a design skeleton.
import type { Design, Integration } from '../../src/model/types.ts';
import type { IntegrationInput } from '../../src/engine/integrations/types.ts';
import type { MethodRequest } from '../../src/engine/request/method-request.types.ts';
import { emptyMappedParameters, type MappedParameters } from '../../src/engine/request/parameter-mapping.ts';

export const request: MethodRequest = {
  method: 'POST',
  path: '/pets/42',
  resourcePath: '/pets/{petId}',
  pathParameters: { petId: '42' },
  headers: { 'Content-Type': 'application/json', Host: 'abc123.execute-api.us-east-1.amazonaws.com', 'X-Tag': 'b' },
  multiValueHeaders: {
    'Content-Type': ['application/json'],
    Host: ['abc123.execute-api.us-east-1.amazonaws.com'],
    'X-Tag': ['a', 'b'],
  },
  query: { testVar: 'bar' },
  multiValueQuery: { testVar: ['bar'] },
  body: '{"name":"Rex"}',
  isBase64Encoded: false,
};

export const context: Record<string, unknown> = {
  accountId: '123456789012',
  apiId: 'abc123',
  domainName: 'abc123.execute-api.us-east-1.amazonaws.com',
  domainPrefix: 'abc123',
  extendedRequestId: 'ext-1',
  httpMethod: 'POST',
  identity: { sourceIp: '203.0.113.9', userAgent: null },
  path: '/test/pets/42',
  protocol: 'HTTP/1.1',
  requestId: 'c0ffee00-0000-4000-8000-000000000001',
  requestTime: '01/Jan/2026:00:00:00 +0000',
  requestTimeEpoch: 1767225600000,
  resourceId: 'res123',
  resourcePath: '/pets/{petId}',
  stage: 'test',
  deploymentId: 'dep123',
};

export function design(integration: Partial<Integration> & Pick<Integration, 'type'>): Design {
  return {
    format: 'integration-designer/1',
    name: 'test',
    api: { stageName: 'test', stageVariables: {} },
    method: { httpMethod: 'POST', resourcePath: '/pets/{petId}' },
    integration: { httpMethod: 'POST', uri: 'https://example.com', ...integration },
    samples: [],
  };
}

export function input(
  integration: Partial<Integration> & Pick<Integration, 'type'>,
  extra: Partial<IntegrationInput> = {},
): IntegrationInput {
  const params: MappedParameters = { ...emptyMappedParameters(), ...(extra.params ?? {}) };
  return {
    design: design(integration),
    request,
    payload: { body: '{"name":"Rex"}', isBase64Encoded: false },
    binaryPayload: false,
    stageVariables: {},
    context,
    ...extra,
    params,
  };
}
