// AWS_PROXY: the Lambda function's result must be the proxy response object `{"isBase64Encoded": bool, "statusCode":
// int, "headers": {...}, "multiValueHeaders": {name: [...]}, "body": "string"}` (DG set-up-lambda-proxy-integrations,
// "Output format of a Lambda function for proxy integration"); anything else is a 502 with `{"message": "Internal
// server error"}` and the log line "Execution failed due to configuration error: Malformed Lambda proxy response". Row
// by row, real AWS as recorded by LocalStack's AWS-validated snapshots (docs/apigw-behaviour.md#lambda-proxy-response,
// 2024-11-15):
//   {"statusCode":200} -> 200 empty body;  headers with a boolean -> stringified;  "headers": null -> fine;
//   unknown key -> 502;  no statusCode (but headers) -> 200;  "statusCode": "201" -> 201;
//   "statusCode": "test" -> 502;  multiValueHeaders value not a list -> 502;  "justAString" -> 502;
//   base64 body + isBase64Encoded, no binaryMediaTypes -> the base64 text itself.
// `{}` is a 200 with an empty body (recorded on real AWS, REGIONAL endpoint: issue #12 of this project,
// docs/apigw-fidelity.md); a `{}` that reached a function which then crashed is a function error instead (502).
// Choices where AWS is not documented (marked "unverified"): a non-string body, header values that are objects, and
// a status outside 100-599 are malformed; binary is decoded when the first Accept type or the response Content-Type
// matches binaryMediaTypes.
import type { TraceResponse } from '../trace.ts';
import { isBinaryMediaType, mimeTypeOf } from '../request/media-type.ts';
import { findHeaderKey } from './response-headers.ts';

export const MALFORMED_PROXY_RESPONSE = 'Execution failed due to configuration error: Malformed Lambda proxy response';

const KNOWN_KEYS = new Set(['statusCode', 'headers', 'multiValueHeaders', 'body', 'isBase64Encoded']);

export type ProxyParseResult = { ok: true; response: TraceResponse } | { ok: false; reason: string };

export interface LambdaProxyOptions {
  binaryMediaTypes?: readonly string[] | null;
  /** The method request's Accept header. */
  acceptHeader?: string;
}

export function parseLambdaProxyResponse(payload: string, options: LambdaProxyOptions = {}): ProxyParseResult {
  let result: unknown;
  try {
    result = JSON.parse(payload);
  } catch {
    return malformed('the function result is not JSON');
  }
  if (result === null || typeof result !== 'object' || Array.isArray(result))
    return malformed('the function result is not a JSON object');
  const out = result as Record<string, unknown>;
  const keys = Object.keys(out);
  const unknown = keys.filter((k) => !KNOWN_KEYS.has(k));
  if (unknown.length > 0) return malformed(`unknown key${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`);

  const statusCode = parseStatusCode(out.statusCode);
  if (statusCode === null)
    return malformed(`statusCode ${JSON.stringify(out.statusCode)} is not an integer status code`);
  const headers = parseHeaders(out.headers);
  if (headers === null) return malformed('headers must be an object of string, number or boolean values');
  const multi = parseMultiValueHeaders(out.multiValueHeaders);
  if (multi === null) return malformed('multiValueHeaders must be an object of lists');
  if (out.body !== undefined && out.body !== null && typeof out.body !== 'string')
    return malformed('body must be a string');
  const isBase64Encoded = parseBoolean(out.isBase64Encoded);
  if (isBase64Encoded === null) return malformed('isBase64Encoded must be a boolean');

  const merged = mergeHeaders(headers, multi);
  if (findHeaderKey(merged.headers, 'Content-Type') === undefined) {
    // "API Gateway adds Content-Type: application/json when the function sets none" (DG
    // api-gateway-set-up-simple-proxy).
    merged.headers['Content-Type'] = 'application/json';
  }
  const body = typeof out.body === 'string' ? out.body : '';
  const contentType = mimeTypeOf(merged.headers[findHeaderKey(merged.headers, 'Content-Type')!]);
  const binary =
    isBase64Encoded &&
    (isBinaryMediaType(mimeTypeOf(options.acceptHeader), options.binaryMediaTypes) ||
      isBinaryMediaType(contentType, options.binaryMediaTypes));
  const response: TraceResponse = { statusCode, headers: merged.headers, body, isBase64Encoded: binary };
  if (Object.keys(merged.multiValueHeaders).length > 0) response.multiValueHeaders = merged.multiValueHeaders;
  return { ok: true, response };
}

function malformed(reason: string): ProxyParseResult {
  return { ok: false, reason };
}

function parseStatusCode(value: unknown): number | null {
  if (value === undefined || value === null) return 200;
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 100 && n <= 599 ? n : null;
}

function scalarText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

function parseHeaders(value: unknown): Record<string, string> | null {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) return null;
  const headers: Record<string, string> = {};
  for (const [name, v] of Object.entries(value)) {
    if (v === null) continue;
    const text = scalarText(v);
    if (text === null) return null;
    headers[name] = text;
  }
  return headers;
}

function parseMultiValueHeaders(value: unknown): Record<string, string[]> | null {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) return null;
  const headers: Record<string, string[]> = {};
  for (const [name, list] of Object.entries(value)) {
    if (list === null) continue;
    if (!Array.isArray(list)) return null;
    const texts = list.map(scalarText);
    if (texts.some((t) => t === null)) return null;
    headers[name] = texts as string[];
  }
  return headers;
}

function parseBoolean(value: unknown): boolean | null {
  if (value === undefined || value === null) return false;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true'; // lenient like Jackson's coercion (unverified)
  return null;
}

/**
 * headers + multiValueHeaders naming the same header: the DG says only the multiValueHeaders values are kept, but a
 * real-AWS recording (LS-snap 2024-11-15) shows the client receiving both, multi-value ones first
 * (`test-multi: value-multi, value-solo`). We follow the recording.
 */
function mergeHeaders(headers: Record<string, string>, multi: Record<string, string[]>) {
  const merged: Record<string, string> = { ...headers };
  const multiValueHeaders: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(multi)) {
    const singleKey = findHeaderKey(headers, name);
    const all =
      singleKey !== undefined && !values.includes(headers[singleKey]!) ? [...values, headers[singleKey]!] : values;
    if (singleKey !== undefined) delete merged[singleKey];
    if (all.length === 0) continue;
    merged[name] = all.join(',');
    if (all.length > 1) multiValueHeaders[name] = all;
  }
  return { headers: merged, multiValueHeaders };
}
