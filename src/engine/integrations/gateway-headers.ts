// Headers API Gateway itself adds to an integration request. From the Developer Guide's test log
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html, Example 1):
//   Endpoint request headers: {DogsAge0=true, x-amzn-apigateway-api-id=abcd1234, Accept=application/json,
//                              User-Agent=AmazonAPIGateway_aaaaaaa, X-Amzn-Trace-Id=Root=1-abcd-12344}
// and, for Lambda, from published real test-invoke logs (2024), which add Host, x-amzn-lambda-integration-tag and
// X-Amz-Source-Arn. The SigV4 headers (Authorization, X-Amz-Date, X-Amz-Security-Token, X-Amz-Content-Sha256) are not
// reproduced: they carry secrets; TraceHttpMessage.signedBy says whose credentials would sign.
import type { MethodRequest } from '../request/method-request.types.ts';
import type { HeaderList } from './header-list.ts';

const text = (v: unknown, fallback = ''): string => (v === undefined || v === null ? fallback : String(v));

/** X-Amzn-Trace-Id `Root=1-{epoch seconds, 8 hex}-{24 hex}`, derived from the request id so it is deterministic. */
export function traceIdOf(context: Record<string, unknown>): string {
  const epochMs = Number(context.requestTimeEpoch);
  const seconds = Number.isFinite(epochMs) ? Math.floor(epochMs / 1000) : 0;
  const hex = text(context.requestId)
    .toLowerCase()
    .replace(/[^0-9a-f]/g, '')
    .padEnd(24, '0')
    .slice(0, 24);
  return `Root=1-${seconds.toString(16).padStart(8, '0')}-${hex}`;
}

/**
 * The method ARN API Gateway invokes Lambda as:
 * `arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{METHOD}{path}`.
 */
export function sourceArnOf(region: string, context: Record<string, unknown>, request: MethodRequest): string {
  return `arn:aws:execute-api:${region}:${text(context.accountId)}:${text(context.apiId)}/${text(context.stage)}/${request.method}${request.path}`;
}

/**
 * The client's Content-Type travels with a non-proxy request that has a body (not for GET, HEAD, OPTIONS). Inferred
 * from LocalStack's AWS-compared emulator (docs/apigw-behaviour.md#gateway-headers, unverified); mapped headers win.
 */
export function addContentType(headers: HeaderList, request: MethodRequest, contentType: string | undefined): void {
  if (contentType === undefined || ['GET', 'HEAD', 'OPTIONS'].includes(request.method.toUpperCase())) return;
  headers.setDefault('Content-Type', contentType);
}

export interface GatewayHeaderOptions {
  context: Record<string, unknown>;
  /** The AWS service host (AWS and AWS_PROXY integrations). */
  host?: string;
  /** For Lambda invocations: the method ARN sent as X-Amz-Source-Arn. */
  lambdaSourceArn?: string;
}

export function addGatewayHeaders(headers: HeaderList, options: GatewayHeaderOptions): void {
  const apiId = text(options.context.apiId);
  headers.set('x-amzn-apigateway-api-id', apiId);
  headers.setDefault('Accept', 'application/json');
  headers.setDefault('User-Agent', `AmazonAPIGateway_${apiId}`);
  if (options.host) headers.set('Host', options.host);
  headers.set('X-Amzn-Trace-Id', traceIdOf(options.context));
  if (options.lambdaSourceArn) {
    headers.set('x-amzn-lambda-integration-tag', text(options.context.requestId));
    headers.set('X-Amz-Source-Arn', options.lambdaSourceArn);
  }
}
