// The Lambda proxy integration event, payload format 1.0
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html, "Input format").
// Field order and the nulls follow real events: `queryStringParameters`, `multiValueQueryStringParameters`,
// `pathParameters` and `stageVariables` are null (not {}) when there are none, `body` is null when empty
// (LS-snap test_lambda_aws_proxy_integration, 2024); headers are null when the request has none (a real test-invoke
// event, 2024). Single-value views hold the LAST value of a repeated header or query parameter.
import type { MethodRequest } from '../request/method-request.types.ts';
import type { Payload } from '../request/payload-bytes.ts';
import { payloadBase64, payloadText } from '../request/payload-bytes.ts';
import { allHeaders, allQuery } from '../request/parameter-sources.ts';

/** requestContext keys in the order real events list them, taken from $context when set. */
const REQUEST_CONTEXT_KEYS = [
  'resourceId',
  'resourcePath',
  'httpMethod',
  'extendedRequestId',
  'requestTime',
  'path',
  'accountId',
  'protocol',
  'stage',
  'domainPrefix',
  'requestTimeEpoch',
  'requestId',
  'identity',
  'domainName',
  'deploymentId',
  'apiId',
] as const;

const nullIfEmpty = <T extends object>(o: T): T | null => (Object.keys(o).length === 0 ? null : o);

function lastValues(entries: Array<[string, string[]]>): Record<string, string> {
  return Object.fromEntries(entries.map(([k, v]) => [k, v[v.length - 1] ?? '']));
}

/**
 * requestContext: the $context fields of the event; `authorizer` only when the request has one (real events omit it).
 */
export function requestContextOf(context: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of REQUEST_CONTEXT_KEYS) if (context[key] !== undefined) out[key] = context[key];
  const authorizer = context.authorizer;
  const given =
    authorizer &&
    typeof authorizer === 'object' &&
    Object.values(authorizer).some((v) => v !== null && v !== undefined);
  if (given) out.authorizer = authorizer;
  return out;
}

export interface LambdaProxyEventInput {
  request: MethodRequest;
  stageVariables: Record<string, string>;
  context: Record<string, unknown>;
  /** Whether the payload is binary (Content-Type in binaryMediaTypes): then the body is base64 and isBase64Encoded. */
  binary: boolean;
}

/**
 * The X-Forwarded-* headers API Gateway adds to the event (recorded on real AWS, REGIONAL endpoint; issue #12 of this
 * project, docs/apigw-fidelity.md): X-Forwarded-For (the client's address, appended to a value the client sent),
 * X-Forwarded-Port 443 and X-Forwarded-Proto https (a REST API endpoint is HTTPS only).
 */
export const FORWARDED_HEADERS = ['X-Forwarded-For', 'X-Forwarded-Port', 'X-Forwarded-Proto'] as const;

function withForwardedHeaders(
  headers: Array<[string, string[]]>,
  context: Record<string, unknown>,
): Array<[string, string[]]> {
  const identity = context.identity as Record<string, unknown> | undefined;
  const sourceIp = typeof identity?.sourceIp === 'string' ? identity.sourceIp : '';
  const out = headers.map(([name, values]): [string, string[]] => [name, [...values]]);
  const find = (name: string) => out.find(([n]) => n.toLowerCase() === name.toLowerCase());
  const forwardedFor = find('X-Forwarded-For');
  if (forwardedFor) {
    const values = forwardedFor[1];
    values[values.length - 1] = `${values.at(-1)}, ${sourceIp}`;
  } else out.push(['X-Forwarded-For', [sourceIp]]);
  for (const [name, value] of [
    ['X-Forwarded-Port', '443'],
    ['X-Forwarded-Proto', 'https'],
  ] as const) {
    const given = find(name);
    if (given) given[1] = [value];
    else out.push([name, [value]]);
  }
  return out;
}

export function lambdaProxyEvent(input: LambdaProxyEventInput): Record<string, unknown> {
  const { request } = input;
  const headers = withForwardedHeaders(allHeaders(request), input.context);
  const query = allQuery(request);
  const payload: Payload = { body: request.body, isBase64Encoded: request.isBase64Encoded };
  const body = input.binary ? payloadBase64(payload) : payloadText(payload);
  return {
    resource: request.resourcePath,
    path: request.path,
    httpMethod: request.method,
    headers: nullIfEmpty(lastValues(headers)),
    multiValueHeaders: nullIfEmpty(Object.fromEntries(headers)),
    queryStringParameters: nullIfEmpty(lastValues(query)),
    multiValueQueryStringParameters: nullIfEmpty(Object.fromEntries(query)),
    pathParameters: nullIfEmpty({ ...request.pathParameters }),
    stageVariables: nullIfEmpty({ ...input.stageVariables }),
    requestContext: requestContextOf(input.context),
    body: body === '' ? null : body,
    isBase64Encoded: input.binary && body !== '',
  };
}
