// Reads what the AWS CLI prints or accepts for one method's integration:
// - `aws apigateway get-integration` (GetIntegration:
//   https://docs.aws.amazon.com/apigateway/latest/api/API_GetIntegration.html)
// - `aws apigateway get-method`, whose `methodIntegration` embeds it, with the method's parameters and responses
//   (https://docs.aws.amazon.com/apigateway/latest/api/API_GetMethod.html)
// - a `put-integration --cli-input-json` document (its `httpMethod` is the METHOD's verb, `integrationHttpMethod` the
//   backend's: https://docs.aws.amazon.com/cli/latest/reference/apigateway/put-integration.html)
import type { ImportedParts, PartsResult } from '../types.ts';
import { isPlainObject } from '../shared/values.ts';
import type { PlainObject } from '../shared/values.ts';

const INTEGRATION_TYPES = ['HTTP', 'HTTP_PROXY', 'AWS', 'AWS_PROXY', 'MOCK'];

export function looksLikeAwsJson(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  if (isPlainObject(value.methodIntegration)) return true;
  return typeof value.type === 'string' && INTEGRATION_TYPES.includes(value.type.toUpperCase());
}

/** REST API answers carry `_links` (HAL) that the CLI hides; they are not part of the design. */
function withoutLinks(object: PlainObject): PlainObject {
  const { _links: _ignored, ...rest } = object;
  return rest;
}

function integrationFrom(raw: PlainObject): PlainObject {
  const integration = withoutLinks(raw);
  if (isPlainObject(integration.integrationResponses)) {
    integration.integrationResponses = Object.fromEntries(
      Object.entries(integration.integrationResponses).map(([code, r]) => [
        code,
        isPlainObject(r) ? withoutLinks(r) : r,
      ]),
    );
  }
  return integration;
}

export function importAwsJson(value: unknown): PartsResult {
  if (!isPlainObject(value))
    return { ok: false, error: 'expected a JSON object (the output of aws apigateway get-integration)' };
  if (isPlainObject(value.methodIntegration)) return fromGetMethod(value);
  if (typeof value.type !== 'string') {
    return { ok: false, error: 'type: missing; expected the output of aws apigateway get-integration or get-method' };
  }
  if ('integrationHttpMethod' in value || 'restApiId' in value) return fromPutIntegrationInput(value);
  return {
    ok: true,
    parts: { integration: integrationFrom(value) },
    notes: ['The file holds only the integration: the method (verb, path, parameters, responses) was kept as it was.'],
  };
}

function fromGetMethod(value: PlainObject): PartsResult {
  const parts: ImportedParts = { integration: integrationFrom(value.methodIntegration as PlainObject) };
  parts.method = {};
  if (typeof value.httpMethod === 'string') parts.method.httpMethod = value.httpMethod;
  if (isPlainObject(value.requestParameters))
    parts.method.requestParameters = value.requestParameters as Record<string, boolean>;
  if (isPlainObject(value.methodResponses)) {
    parts.methodResponses = Object.fromEntries(
      Object.entries(value.methodResponses).map(([code, r]) => [code, isPlainObject(r) ? withoutLinks(r) : {}]),
    );
  }
  return { ok: true, parts, notes: ['get-method does not say the resource path: it was kept as it was.'] };
}

function fromPutIntegrationInput(value: PlainObject): PartsResult {
  const { restApiId: _a, resourceId: _r, httpMethod, integrationHttpMethod, ...rest } = value;
  const integration: PlainObject = { ...rest };
  if (integrationHttpMethod !== undefined) integration.httpMethod = integrationHttpMethod;
  const parts: ImportedParts = { integration };
  if (typeof httpMethod === 'string') parts.method = { httpMethod };
  return { ok: true, parts, notes: ['Read as put-integration input: its httpMethod is the method verb.'] };
}
