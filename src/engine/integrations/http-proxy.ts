// HTTP_PROXY: the method request passed through — method (`ANY` = the client's), headers, multi-valued query string and
// body — to the URI with `{name}` placeholders (the greedy `{proxy}` path) filled from integration.request.path.*
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-set-up-simple-proxy.html). Parameter
// mappings still apply, as observed on real AWS (LS-snap test_http_proxy_integration_request_data_mappings,
// docs/apigw-behaviour.md#parameter-mapping): mapped query strings are ADDED to the client's values, mapped headers
// REPLACE the client's.
import { allHeaders, allQuery } from '../request/parameter-sources.ts';
import { addGatewayHeaders } from './gateway-headers.ts';
import { HeaderList } from './header-list.ts';
import { undeliveredMappedHeaders } from './hop-by-hop.ts';
import type { IntegrationInput, IntegrationResult } from './types.ts';
import { appendQuery, fillPlaceholders, integrationMethod, substituteStageVariables } from './uri-template.ts';

/** Client headers not forwarded: the backend gets its own Host (LocalStack also drops Content-Encoding; unverified). */
const NOT_FORWARDED = ['Host', 'Content-Encoding'];

export function buildHttpProxyRequest(input: IntegrationInput): IntegrationResult {
  const { integration } = input.design;
  if (!integration.uri)
    return { ok: false, message: 'integration.uri is not set: an HTTP_PROXY integration needs the endpoint URL' };
  const query: Record<string, string[]> = {};
  for (const [name, values] of allQuery(input.request)) query[name] = values;
  for (const [name, values] of Object.entries(input.params.querystring))
    query[name] = [...(query[name] ?? []), ...values];
  const uri = substituteStageVariables(integration.uri, input.stageVariables);
  const url = appendQuery(fillPlaceholders(uri, input.params.path), query);

  const headers = new HeaderList();
  for (const [name, values] of allHeaders(input.request)) headers.set(name, values);
  for (const name of NOT_FORWARDED) headers.delete(name);
  for (const [name, values] of Object.entries(input.params.header)) headers.set(name, values);
  for (const name of undeliveredMappedHeaders(integration.type, Object.keys(input.params.header))) headers.delete(name);
  addGatewayHeaders(headers, { context: input.context });
  return {
    ok: true,
    message: {
      method: integrationMethod(integration.httpMethod, input.request.method),
      url,
      ...headers.toMessageHeaders(),
      body: input.request.body,
      isBase64Encoded: input.request.isBase64Encoded,
    },
  };
}
