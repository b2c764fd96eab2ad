// integration.uri by integration type, and the `{name}` placeholders that integration.request.path.name fills.
import { keyPath } from '../paths.ts';
import { uriPlaceholders } from '../names.ts';
import type { Integration, IntegrationType } from '../types.ts';
import { checkAwsUri } from './aws-uri.ts';
import { checkHttpUri } from './http-uri.ts';
import { isAbsent, isRecord, type ProblemList } from './problem-list.ts';

export function checkIntegrationUri(integration: Integration, type: IntegrationType, out: ProblemList): void {
  const path = 'integration.uri';
  const uri = integration.uri as unknown;
  // MOCK needs no URI and ignores one (real AWS accepted MOCK with uri http://example.com,
  // docs/apigw-behaviour.md#put-integration-validation).
  if (type === 'MOCK') return;
  if (isAbsent(uri) || uri === '') {
    // With connectionType VPC_LINK the URI is not used for routing but is still required (API_Integration `uri`).
    out.error(
      path,
      type.startsWith('HTTP')
        ? `required for ${type} integrations: a fully formed, encoded http(s) URL`
        : `required for ${type} integrations: arn:aws:apigateway:{region}:{service}:path|action/{service_api}`,
    );
    return;
  }
  if (typeof uri !== 'string') {
    out.error(path, 'must be a string');
    return;
  }
  if (type === 'HTTP' || type === 'HTTP_PROXY') checkHttpUri(uri, out);
  else checkAwsUri(uri, type, out);
  checkPathPlaceholders(integration, uri, out);
}

/**
 * Each `{name}` in the URI is filled from the `integration.request.path.name` mapping
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html); what API Gateway
 * sends for a placeholder with no mapping is not documented, so these are warnings.
 */
function checkPathPlaceholders(integration: Integration, uri: string, out: ProblemList): void {
  const mappings = isRecord(integration.requestParameters) ? integration.requestParameters : {};
  const placeholders = new Set(uriPlaceholders(uri));
  for (const name of placeholders) {
    if (!(`integration.request.path.${name}` in mappings)) {
      out.warning(
        'integration.uri',
        `placeholder {${name}} has no integration.request.path.${name} mapping in integration.requestParameters, so nothing fills it`,
      );
    }
  }
  for (const key of Object.keys(mappings)) {
    const m = /^integration\.request\.path\.(.+)$/.exec(key);
    if (m && !placeholders.has(m[1]!)) {
      out.warning(
        keyPath('integration.requestParameters', key),
        `integration.uri has no {${m[1]}} placeholder, so this path parameter is not used`,
      );
    }
  }
}
