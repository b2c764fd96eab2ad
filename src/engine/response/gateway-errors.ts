// The responses API Gateway itself sends when the integration fails (default gateway responses). Bodies as clients
// receive them from REST APIs: `{"message": "Internal server error"}` (500 configuration errors, 502 malformed Lambda
// proxy responses — DG set-up-lambda-proxy-integrations / handle-errors-in-lambda-integration) and
// `{"message": "Endpoint request timed out"}` (504, https://repost.aws/knowledge-center/api-gateway-504-errors).
// x-amzn-ErrorType as a real test-invoke of a malformed proxy response shows it (InternalServerErrorException).
import type { TraceResponse } from '../trace.ts';

function gatewayResponse(statusCode: number, message: string, errorType?: string): TraceResponse {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (errorType) headers['x-amzn-ErrorType'] = errorType;
  return { statusCode, headers, body: `{"message": "${message}"}`, isBase64Encoded: false };
}

/** 500 for API configuration errors (no matching integration response, failed transformation, ...). */
export function internalServerError(): TraceResponse {
  return gatewayResponse(500, 'Internal server error', 'InternalServerErrorException');
}

/** 502 for a malformed Lambda proxy response or a function error in proxy mode. */
export function badGateway(): TraceResponse {
  return gatewayResponse(502, 'Internal server error', 'InternalServerErrorException');
}

/** 504 when the backend does not answer within timeoutInMillis. */
export function endpointTimedOut(): TraceResponse {
  return gatewayResponse(504, 'Endpoint request timed out');
}
