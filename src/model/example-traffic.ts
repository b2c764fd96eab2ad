// A sample request and a mocked backend answer that fit a method and its integration, for a design that has none
// (an imported method): the sample uses the method's verb and its resource path with example path parameters, so it
// reaches the method instead of API Gateway's 403 "Missing Authentication Token", its answer to a request for a
// resource or method that does not exist (https://repost.aws/knowledge-center/api-gateway-authentication-token-errors),
// and the backend answers in the shape
// the integration type reads: an HTTP response, or what a Lambda function returns (a proxy response for AWS_PROXY,
// https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html).
import { isLambdaUri } from './aws-integration-uri.ts';
import { resourcePathParameters } from './resource-path.ts';
import type { Backend, Design, SampleRequest } from './types.ts';

const BODY_VERBS = new Set(['POST', 'PUT', 'PATCH']);
const EXAMPLE_BODY = '{"message": "example response"}';

function exampleValue(name: string, greedy: boolean): string {
  if (greedy) return 'example/path';
  return /id$/i.test(name) ? '42' : `example-${name.toLowerCase()}`;
}

/** `/pets/{petId}/photos/{proxy+}` -> `/pets/42/photos/example/path`. */
export function examplePath(resourcePath: string): string {
  let path = resourcePath;
  for (const { name, greedy } of resourcePathParameters(resourcePath)) {
    path = path.replace(`{${name}${greedy ? '+' : ''}}`, exampleValue(name, greedy));
  }
  return path;
}

/** One request the method accepts: its verb (GET for ANY), an example path, its required headers and query. */
export function exampleSample(design: Pick<Design, 'method' | 'integration'>): SampleRequest {
  const verb = design.method.httpMethod === 'ANY' ? 'GET' : design.method.httpMethod;
  const headers: Record<string, string> = {};
  const query: Record<string, string> = {};
  for (const [parameter, required] of Object.entries(design.method.requestParameters ?? {})) {
    const m = /^method\.request\.(header|querystring|multivalueheader|multivaluequerystring)\.(.+)$/.exec(parameter);
    if (!m || !required) continue;
    if (m[1]!.endsWith('header')) headers[m[2]!] = 'example';
    else query[m[2]!] = 'example';
  }
  const sample: SampleRequest = {
    name: `example ${verb}`,
    method: verb,
    path: examplePath(design.method.resourcePath),
  };
  if (BODY_VERBS.has(verb)) {
    const mediaType = Object.keys(design.integration.requestTemplates ?? {})[0] ?? 'application/json';
    headers['Content-Type'] ??= mediaType;
    sample.body = /json/i.test(mediaType) ? '{"name": "example"}' : 'example';
  }
  sample.headers = headers;
  sample.query = query;
  sample.isBase64Encoded = false;
  return sample;
}

/** What the mocked backend answers, in the form the integration type reads (undefined: nothing to configure). */
export function exampleBackend(design: Pick<Design, 'integration'>): Backend | undefined {
  const { type, uri } = design.integration;
  const json = { 'Content-Type': 'application/json' };
  if (type === 'HTTP' || type === 'HTTP_PROXY')
    return { http: { statusCode: 200, headers: json, body: EXAMPLE_BODY, isBase64Encoded: false, delayMs: 0 } };
  if (type === 'AWS_PROXY')
    return { lambda: { result: { statusCode: 200, headers: json, body: EXAMPLE_BODY }, delayMs: 0 } };
  if (type === 'AWS' && isLambdaUri(uri)) return { lambda: { result: { message: 'example response' }, delayMs: 0 } };
  return undefined; // MOCK answers by itself; AWS services answer from their mocks' defaults
}
