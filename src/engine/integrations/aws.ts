// AWS (non-proxy) integration: the AWS service API request the URI stands for (see aws-endpoint.ts), with the
// integration's HTTP method, mapped query strings and headers (e.g. X-Amz-Invocation-Type: Event for an asynchronous
// Lambda call, https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-integration-async.html),
// the transformed body, and who signs it.
import { headerValues } from '../request/parameter-sources.ts';
import { resolveAwsEndpoint, signedByOf } from './aws-endpoint.ts';
import { addContentType, addGatewayHeaders, sourceArnOf } from './gateway-headers.ts';
import { HeaderList } from './header-list.ts';
import type { IntegrationInput, IntegrationResult } from './types.ts';
import { appendQuery, integrationMethod } from './uri-template.ts';

export function buildAwsRequest(input: IntegrationInput): IntegrationResult {
  const { integration } = input.design;
  if (!integration.uri)
    return { ok: false, message: 'integration.uri is not set: an AWS integration needs an arn:aws:apigateway:... URI' };
  const endpoint = resolveAwsEndpoint(integration.uri, input.stageVariables, input.params.path);
  if ('error' in endpoint) return { ok: false, message: endpoint.error };
  const headers = new HeaderList();
  for (const [name, values] of Object.entries(input.params.header)) headers.set(name, values);
  addContentType(headers, input.request, headerValues(input.request, 'Content-Type')?.at(-1));
  addGatewayHeaders(headers, {
    context: input.context,
    host: endpoint.host,
    lambdaSourceArn: endpoint.lambdaFunction ? sourceArnOf(endpoint.region, input.context, input.request) : undefined,
  });
  return {
    ok: true,
    message: {
      // Lambda's Invoke API is POST-only (PutIntegration requires POST for Lambda URIs).
      method: endpoint.lambdaFunction ? 'POST' : integrationMethod(integration.httpMethod, input.request.method),
      url: appendQuery(endpoint.url, input.params.querystring),
      ...headers.toMessageHeaders(),
      body: input.payload.body,
      isBase64Encoded: input.payload.isBase64Encoded,
      signedBy: signedByOf(integration.credentials, input.stageVariables),
    },
  };
}
