// Starting points: a new design, the integration API Gateway stores for each type when only the required fields are
// given, and switching an integration from one type to another.
import { isLambdaUri } from './aws-integration-uri.ts';
import { DESIGN_FORMAT } from './types.ts';
import type { Design, Integration, IntegrationResponse, IntegrationType } from './types.ts';

/** A Lambda invoke URI used as the placeholder for new AWS / AWS_PROXY integrations. */
export const EXAMPLE_LAMBDA_URI =
  'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:my-function/invocations';
export const EXAMPLE_HTTP_URI = 'https://example.com/';

/**
 * The MOCK request template that selects the 200 integration response (docs/apigw-behaviour.md#mock-integration, DG
 * how-to-mock-integration).
 */
export const MOCK_STATUS_TEMPLATE = '{"statusCode": 200}';

/** A catch-all 200 integration response: non-proxy integrations need at least one default response. */
export function defaultIntegrationResponse(statusCode = '200'): IntegrationResponse {
  return { statusCode, selectionPattern: null, responseParameters: {}, responseTemplates: {}, contentHandling: null };
}

/**
 * The integration as API Gateway stores it when created through the API with only the required fields, plus the
 * placeholders a designer needs (a URI, a method, a default integration response for non-proxy types):
 * - timeoutInMillis 29000 and passthroughBehavior WHEN_NO_MATCH when omitted (real GetIntegration answers,
 *   docs/apigw-behaviour.md#integration-defaults;
 *   https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html);
 * - connectionType INTERNET for HTTP types, omitted for AWS and MOCK (as GetIntegration returns them, §8);
 * - AWS_PROXY (and Lambda through AWS) with httpMethod POST, the only method Lambda is invoked with;
 * - MOCK with no uri or httpMethod and a request template that outputs `{"statusCode": 200}`;
 * - HTTP_PROXY with httpMethod ANY: pass the client's method through (DG setup-http-integrations example).
 */
export function defaultIntegration(type: IntegrationType): Integration {
  const common = {
    requestParameters: {},
    requestTemplates: {},
    passthroughBehavior: 'WHEN_NO_MATCH' as const,
    contentHandling: null,
    timeoutInMillis: 29000,
    cacheNamespace: null,
    cacheKeyParameters: [],
  };
  const nonProxyResponses = { integrationResponses: { '200': defaultIntegrationResponse() } };
  switch (type) {
    case 'HTTP':
      return {
        type,
        httpMethod: 'GET',
        uri: EXAMPLE_HTTP_URI,
        connectionType: 'INTERNET',
        connectionId: null,
        credentials: null,
        ...common,
        ...nonProxyResponses,
      };
    case 'HTTP_PROXY':
      return {
        type,
        httpMethod: 'ANY',
        uri: EXAMPLE_HTTP_URI,
        connectionType: 'INTERNET',
        connectionId: null,
        credentials: null,
        ...common,
        integrationResponses: {},
      };
    case 'AWS':
      return { type, httpMethod: 'POST', uri: EXAMPLE_LAMBDA_URI, credentials: null, ...common, ...nonProxyResponses };
    case 'AWS_PROXY':
      return {
        type,
        httpMethod: 'POST',
        uri: EXAMPLE_LAMBDA_URI,
        credentials: null,
        ...common,
        integrationResponses: {},
      };
    case 'MOCK':
      return { type, ...common, requestTemplates: { 'application/json': MOCK_STATUS_TEMPLATE }, ...nonProxyResponses };
  }
}

const HTTP_TYPES: readonly IntegrationType[] = ['HTTP', 'HTTP_PROXY'];
const AWS_TYPES: readonly IntegrationType[] = ['AWS', 'AWS_PROXY'];

/**
 * The integration switched to another type: what still makes sense is kept, what must change is fixed.
 * - Kept: parameters, templates (even on proxies, which ignore them: the validator says so rather than the user
 *   losing work silently), passthrough, content handling, timeout, cache settings, credentials, integration
 *   responses, unknown fields; the URI and method within the same family (HTTP <-> HTTP_PROXY, AWS <-> AWS_PROXY).
 * - Fixed: the URI and method when changing family (an http URL cannot be an ARN), POST for Lambda, no URI and
 *   method for MOCK, connectionType/connectionId only for HTTP types, a status template for a MOCK without
 *   templates, a default integration response when going from a proxy to a non-proxy type without any.
 */
export function changeIntegrationType(integration: Integration, type: IntegrationType): Integration {
  if (integration.type === type) return integration;
  const defaults = defaultIntegration(type);
  const next: Integration = { ...integration, type };
  const sameFamily =
    (HTTP_TYPES.includes(integration.type) && HTTP_TYPES.includes(type)) ||
    (AWS_TYPES.includes(integration.type) && AWS_TYPES.includes(type));
  if (type === 'MOCK') {
    delete next.uri;
    delete next.httpMethod;
  } else if (!sameFamily || !next.uri) {
    next.uri = defaults.uri;
    next.httpMethod = defaults.httpMethod;
  }
  if (type === 'AWS_PROXY' || (type === 'AWS' && isLambdaUri(next.uri))) next.httpMethod = 'POST';
  if (!next.httpMethod && type !== 'MOCK') next.httpMethod = defaults.httpMethod;

  if (HTTP_TYPES.includes(type)) {
    next.connectionType = integration.connectionType ?? 'INTERNET';
    if (next.connectionType !== 'VPC_LINK') next.connectionId = null;
  } else {
    // VPC links are for HTTP types only, and GetIntegration omits connectionType for AWS and MOCK.
    delete next.connectionType;
    delete next.connectionId;
  }
  if (type === 'MOCK' && Object.keys(integration.requestTemplates ?? {}).length === 0) {
    next.requestTemplates = { ...defaults.requestTemplates };
  }
  const isProxy = type === 'HTTP_PROXY' || type === 'AWS_PROXY';
  if (!isProxy && Object.keys(integration.integrationResponses ?? {}).length === 0) {
    next.integrationResponses = { '200': defaultIntegrationResponse() };
  }
  return next;
}

/** The design a new user starts from: it validates with no problems and its sample runs end to end. */
export function defaultDesign(): Design {
  return {
    format: DESIGN_FORMAT,
    name: 'Untitled integration',
    api: { binaryMediaTypes: [], stageName: 'test', stageVariables: {} },
    method: { httpMethod: 'POST', resourcePath: '/pets/{petId}', requestParameters: {} },
    integration: {
      type: 'HTTP',
      httpMethod: 'PUT',
      uri: 'https://petstore.example.com/pets/{id}',
      connectionType: 'INTERNET',
      connectionId: null,
      credentials: null,
      requestParameters: { 'integration.request.path.id': 'method.request.path.petId' },
      requestTemplates: {
        'application/json': [
          "#set($pet = $input.path('$'))",
          '{',
          `  "id": "$input.params('petId')",`,
          // escapeJavaScript writes ' as \', not valid JSON: undo it, as the $util reference recommends.
          `  "name": "$util.escapeJavaScript($pet.name).replaceAll("\\\\'","'")"`,
          '}',
        ].join('\n'),
      },
      passthroughBehavior: 'WHEN_NO_TEMPLATES',
      contentHandling: null,
      timeoutInMillis: 29000,
      cacheNamespace: null,
      cacheKeyParameters: [],
      integrationResponses: { '200': defaultIntegrationResponse() },
    },
    methodResponses: { '200': { statusCode: '200', responseParameters: {} } },
    samples: [
      {
        name: 'happy path',
        method: 'POST',
        path: '/pets/42',
        headers: { 'Content-Type': 'application/json' },
        query: {},
        body: '{"name": "Rex"}',
        isBase64Encoded: false,
      },
    ],
    backend: {
      http: {
        statusCode: 200,
        headers: { 'Content-Type': 'application/json' },
        body: '{"id": "42", "name": "Rex"}',
        isBase64Encoded: false,
        delayMs: 0,
      },
    },
  };
}
