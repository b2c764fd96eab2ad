// The responses API Gateway sends itself when it refuses a request before calling the integration (default gateway
// responses, body `{"message":$context.error.messageString}`:
// https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html).
import type { TraceResponse } from '../trace.ts';

function rejection(statusCode: number, message: string, errorType?: string): TraceResponse {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (errorType) headers['x-amzn-ErrorType'] = errorType;
  return {
    statusCode,
    headers,
    body: JSON.stringify({ message }),
    isBase64Encoded: false,
  };
}

/**
 * UNSUPPORTED_MEDIA_TYPE (415): no template for the Content-Type and passthroughBehavior forbids passing it through.
 */
export function unsupportedMediaType(): TraceResponse {
  return rejection(415, 'Unsupported Media Type');
}

/**
 * MISSING_AUTHENTICATION_TOKEN (403): what API Gateway answers for a path or method no resource defines, with the
 * x-amzn-ErrorType header clients see on it.
 */
export function missingAuthenticationToken(): TraceResponse {
  return rejection(403, 'Missing Authentication Token', 'MissingAuthenticationTokenException');
}
