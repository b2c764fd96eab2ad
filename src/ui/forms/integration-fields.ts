// Which integration properties apply to which integration type, so the form shows only meaningful fields.
// HTTP methods and URIs: https://docs.aws.amazon.com/apigateway/latest/api/API_PutIntegration.html; VPC links for HTTP
// types only; templates and passthrough only for non-proxy types
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-integration-types.html).
import { type IntegrationType, METHOD_VERBS } from '../../model/types.ts';

export interface IntegrationFieldSet {
  httpMethod: 'editable' | 'post-only' | 'hidden';
  uri: 'http' | 'arn' | 'hidden';
  connection: boolean;
  credentials: boolean;
  requestParameters: boolean;
  templates: boolean;
  contentHandling: boolean;
  timeout: boolean;
}

export function fieldsFor(type: IntegrationType): IntegrationFieldSet {
  const proxy = type === 'HTTP_PROXY' || type === 'AWS_PROXY';
  return {
    httpMethod: type === 'MOCK' ? 'hidden' : type === 'AWS_PROXY' ? 'post-only' : 'editable',
    uri: type === 'MOCK' ? 'hidden' : type === 'AWS' || type === 'AWS_PROXY' ? 'arn' : 'http',
    connection: type === 'HTTP' || type === 'HTTP_PROXY',
    credentials: type === 'AWS' || type === 'AWS_PROXY',
    requestParameters: type !== 'AWS_PROXY',
    templates: !proxy,
    contentHandling: !proxy,
    timeout: type !== 'MOCK',
  };
}

/** Verbs for the integration's httpMethod: the backend's verb; HTTP_PROXY may pass the client's through (ANY). */
export function integrationVerbs(type: IntegrationType): string[] {
  return METHOD_VERBS.filter((v) => v !== 'ANY' || type === 'HTTP_PROXY');
}
