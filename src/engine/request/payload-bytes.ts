// Payload bytes <-> the two ways the engine carries a body: a UTF-8 string, or base64 text of the raw bytes.
// Pure and browser-safe (TextEncoder/TextDecoder/btoa/atob exist in browsers, workers and Node ≥ 16): no Buffer.

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8'); // not fatal: invalid sequences become U+FFFD, as a Java String(bytes, UTF_8) does

export function utf8Bytes(text: string): Uint8Array {
  return encoder.encode(text);
}

export function utf8Text(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000; // String.fromCharCode's argument list has a length limit
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/**
 * Strict standard base64 (RFC 4648 §4, padding required, line breaks tolerated as a MIME decoder does).
 * Returns null when the text is not base64: API Gateway then fails the request with a 500 (API configuration error),
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings-workflow.html.
 * How lenient AWS's decoder is (missing padding, URL-safe alphabet) is undocumented; strict is the safer guess.
 */
export function base64ToBytes(text: string): Uint8Array | null {
  const compact = text.replace(/\r?\n/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return null;
  const binary = atob(compact);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A body as the engine carries it: text, or (isBase64Encoded) base64 of raw bytes. */
export interface Payload {
  body: string;
  isBase64Encoded: boolean;
}

/** The raw bytes a payload stands for. A base64 payload that does not decode is taken as its text (never throws). */
export function payloadBytes(p: Payload): Uint8Array {
  if (p.isBase64Encoded) return base64ToBytes(p.body) ?? utf8Bytes(p.body);
  return utf8Bytes(p.body);
}

/** The payload read as UTF-8 text (what API Gateway does with a text payload). */
export function payloadText(p: Payload): string {
  return p.isBase64Encoded ? utf8Text(payloadBytes(p)) : p.body;
}

/** The payload as base64 of its bytes. */
export function payloadBase64(p: Payload): string {
  return p.isBase64Encoded ? bytesToBase64(payloadBytes(p)) : bytesToBase64(utf8Bytes(p.body));
}
