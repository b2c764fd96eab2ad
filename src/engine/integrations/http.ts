// HTTP (non-proxy) integration: the integration's method and URI, `{name}` placeholders filled from
// integration.request.path.* (URL-encoded), `${stageVariables.x}` substituted, mapped query strings appended, mapped
// headers, and the transformed body. Client headers and query strings are not forwarded unless mapped
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/setup-http-integrations.html).
import { headerValues } from '../request/parameter-sources.ts';
import { addContentType, addGatewayHeaders } from './gateway-headers.ts';
import { HeaderList } from './header-list.ts';
import { undeliveredMappedHeaders } from './hop-by-hop.ts';
import type { IntegrationInput, IntegrationResult } from './types.ts';
import { appendQuery, fillPlaceholders, integrationMethod, substituteStageVariables } from './uri-template.ts';

export function buildHttpRequest(input: IntegrationInput): IntegrationResult {
  const { integration } = input.design;
  if (!integration.uri)
    return { ok: false, message: 'integration.uri is not set: an HTTP integration needs the endpoint URL' };
  const uri = substituteStageVariables(integration.uri, input.stageVariables);
  const url = appendQuery(fillPlaceholders(uri, input.params.path), input.params.querystring);
  const headers = new HeaderList();
  for (const [name, values] of Object.entries(input.params.header)) headers.set(name, values);
  for (const name of undeliveredMappedHeaders(integration.type, Object.keys(input.params.header))) headers.delete(name);
  addContentType(headers, input.request, headerValues(input.request, 'Content-Type')?.at(-1));
  addGatewayHeaders(headers, { context: input.context });
  return {
    ok: true,
    message: {
      method: integrationMethod(integration.httpMethod, input.request.method),
      url,
      ...headers.toMessageHeaders(),
      body: input.payload.body,
      isBase64Encoded: input.payload.isBase64Encoded,
    },
  };
}
