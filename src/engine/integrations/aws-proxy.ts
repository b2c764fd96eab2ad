// AWS_PROXY: a POST to Lambda's Invoke API whose JSON body is the proxy event (lambda-proxy-event.ts). Only Lambda (and
// Firehose) are allowed ("Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream
// invocations.", docs/apigw-behaviour.md#aws-integration-uri). Parameter mappings and templates do not shape the event.
import { resolveAwsEndpoint, signedByOf } from './aws-endpoint.ts';
import { addGatewayHeaders, sourceArnOf } from './gateway-headers.ts';
import { HeaderList } from './header-list.ts';
import { lambdaProxyEvent } from './lambda-proxy-event.ts';
import type { IntegrationInput, IntegrationResult } from './types.ts';

export function buildAwsProxyRequest(input: IntegrationInput): IntegrationResult {
  const { integration } = input.design;
  if (!integration.uri)
    return { ok: false, message: 'integration.uri is not set: an AWS_PROXY integration needs a Lambda invocation URI' };
  const endpoint = resolveAwsEndpoint(integration.uri, input.stageVariables, input.params.path);
  if ('error' in endpoint) return { ok: false, message: endpoint.error };
  if (!endpoint.lambdaFunction && endpoint.service !== 'firehose') {
    return {
      ok: false,
      message:
        "Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations.",
    };
  }
  const event = lambdaProxyEvent({
    request: input.request,
    stageVariables: input.stageVariables,
    context: input.context,
    binary: input.binaryPayload,
  });
  const headers = new HeaderList();
  addGatewayHeaders(headers, {
    context: input.context,
    host: endpoint.host,
    lambdaSourceArn: endpoint.lambdaFunction ? sourceArnOf(endpoint.region, input.context, input.request) : undefined,
  });
  return {
    ok: true,
    message: {
      method: 'POST',
      url: endpoint.url,
      ...headers.toMessageHeaders(),
      body: JSON.stringify(event),
      isBase64Encoded: false,
      signedBy: signedByOf(integration.credentials, input.stageVariables),
    },
  };
}
