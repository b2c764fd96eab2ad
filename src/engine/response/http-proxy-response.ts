// HTTP_PROXY passes the backend response through (status, headers, body), except for headers API Gateway renames:
// the DG known-issues page lists headers that "may be remapped to x-amzn-Remapped-HEADER when ... sent back by your
// integration endpoint"; a real-AWS recording of HTTP_PROXY (LS-snap test_http_proxy_integration_request_data_mappings)
// shows Connection, Content-Length, Date and x-amzn-RequestId come back as x-amzn-Remapped-*. Server is remapped too
// in published responses (e.g. `x-amzn-Remapped-Server: cloudflare`). Transfer-Encoding is hop-by-hop and dropped.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html
import type { TraceResponse } from '../trace.ts';
import { isBinaryMediaType, mimeTypeOf } from '../request/media-type.ts';
import { payloadText } from '../request/payload-bytes.ts';
import { findHeaderKey, headerValue } from './response-headers.ts';

export const REMAPPED_PROXY_RESPONSE_HEADERS = [
  'Connection',
  'Content-Length',
  'Date',
  'Server',
  'x-amzn-RequestId',
] as const;
const DROPPED = ['Transfer-Encoding'];

export function httpProxyResponse(backend: TraceResponse, binaryMediaTypes?: readonly string[] | null): TraceResponse {
  const headers: Record<string, string> = {};
  const multiValueHeaders: Record<string, string[]> = {};
  const remapped = new Map<string, string>();
  for (const name of REMAPPED_PROXY_RESPONSE_HEADERS) {
    const key = findHeaderKey(backend.headers, name);
    if (key !== undefined) remapped.set(key.toLowerCase(), `x-amzn-Remapped-${name}`);
  }
  const dropped = new Set(DROPPED.map((d) => d.toLowerCase()));
  for (const [name, value] of Object.entries(backend.headers)) {
    if (dropped.has(name.toLowerCase())) continue;
    const target = remapped.get(name.toLowerCase()) ?? name;
    headers[target] = value;
    const multi = backend.multiValueHeaders?.[name];
    if (multi && multi.length > 1) multiValueHeaders[target] = multi;
  }
  // A binary body reaches the client intact only if its Content-Type is a binary media type of the API; otherwise
  // API Gateway handles it as UTF-8 text and the bytes are mangled (the usual "corrupted image" symptom).
  const binary =
    backend.isBase64Encoded &&
    isBinaryMediaType(mimeTypeOf(headerValue(backend.headers, 'Content-Type')), binaryMediaTypes);
  const body = backend.isBase64Encoded && !binary ? payloadText(backend) : backend.body;
  const response: TraceResponse = { statusCode: backend.statusCode, headers, body, isBase64Encoded: binary };
  if (Object.keys(multiValueHeaders).length > 0) response.multiValueHeaders = multiValueHeaders;
  return response;
}
