// The response half of the proxy integrations: HTTP_PROXY passes the backend response through (renaming the headers
// API Gateway remaps); AWS_PROXY parses the function result as the proxy response object. Neither has an integration
// response (https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html).
import { payloadText } from '../request/payload-bytes.ts';
import type { TraceResponse } from '../trace.ts';
import { badGateway } from './gateway-errors.ts';
import { httpProxyResponse } from './http-proxy-response.ts';
import { MALFORMED_PROXY_RESPONSE, parseLambdaProxyResponse } from './lambda-proxy-response.ts';
import { headerValue } from './response-headers.ts';
import { failureLines, lambdaFunctionErrorLine, methodResponseLines } from './response-log.ts';
import type { ResponseStageResult } from './response-stage.ts';
import { parseLambdaError } from './select-integration-response.ts';

export interface ProxyResponseInput {
  backend: TraceResponse;
  acceptHeader?: string;
  binaryMediaTypes?: readonly string[] | null;
}

export function passThrough(methodResponse: TraceResponse): ResponseStageResult {
  return {
    integrationResponse: null,
    methodResponse,
    log: methodResponseLines(methodResponse),
    error: null,
    details: { notes: [] },
  };
}

export function httpProxyResult(input: ProxyResponseInput): ResponseStageResult {
  return passThrough(httpProxyResponse(input.backend, input.binaryMediaTypes));
}

export function lambdaProxyResult(input: ProxyResponseInput): ResponseStageResult {
  const { backend } = input;
  if (headerValue(backend.headers, 'X-Amz-Function-Error') !== undefined) {
    // A function error (unhandled exception) in proxy mode is a 502, like a malformed result.
    const { errorMessage } = parseLambdaError(backend.body);
    const methodResponse = badGateway();
    const reason = lambdaFunctionErrorLine(errorMessage, headerValue(backend.headers, 'x-amzn-RequestId'));
    return {
      integrationResponse: null,
      methodResponse,
      log: failureLines(reason, methodResponse),
      error: { stage: 'backend', message: `The Lambda function failed: ${errorMessage ?? 'null'}` },
      details: { notes: [] },
    };
  }
  const parsed = parseLambdaProxyResponse(payloadText(backend), {
    binaryMediaTypes: input.binaryMediaTypes,
    acceptHeader: input.acceptHeader,
  });
  if (!parsed.ok) {
    const methodResponse = badGateway();
    return {
      integrationResponse: null,
      methodResponse,
      log: failureLines(MALFORMED_PROXY_RESPONSE, methodResponse),
      error: { stage: 'response', message: `Malformed Lambda proxy response: ${parsed.reason}` },
      details: { notes: [parsed.reason] },
    };
  }
  return passThrough(parsed.response);
}
