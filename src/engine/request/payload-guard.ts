// Checks on a sample's body made before anything else runs (docs/limits.md):
// - API Gateway refuses a method request payload over 10 MB
//   (https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html, "Payload size: 10 MB", not adjustable)
//   with the REQUEST_TOO_LARGE gateway response, 413
//   (https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html), whose
//   customization is not supported
//   (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html). Its body, recorded in
//   public test suites that call deployed APIs: the plain text `HTTP content length exceeded 10485760 bytes.`
// - A sample marked isBase64Encoded stands for raw bytes written as base64; text that is not base64 is a broken sample
//   (a mistake in the input, not something a client could send), reported with the offending position.
import type { SampleRequest } from '../../model/types.ts';
import type { TraceError, TraceResponse } from '../trace.ts';

/** API Gateway's payload limit for REST APIs, in bytes (10 MB, as its 413 message counts it). */
export const MAX_PAYLOAD_BYTES = 10_485_760;

export interface SampleBodyProblem {
  code: 'invalid-base64' | 'too-large';
  /** What is wrong, for the sample's body field. */
  message: string;
  /** 0-based character offset in the body of the first offending character (invalid base64). */
  offset?: number;
}

/** A–Z, a–z, 0–9, + and / (by code, not a regular expression per character: bodies reach 14 million characters). */
function isBase64Char(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
}

/** Where a base64 text goes wrong (strict RFC 4648 §4, line breaks tolerated as payload-bytes.ts decodes it). */
function base64Problem(text: string): SampleBodyProblem | null {
  let count = 0;
  let padding = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') continue;
    if (ch === '=') {
      padding++;
      if (padding > 2) return invalidBase64(i, 'more than two "=" at the end');
    } else if (padding > 0 || !isBase64Char(text.charCodeAt(i))) {
      const what = padding > 0 ? `"${ch}" after the "=" padding` : `the character ${JSON.stringify(ch)}`;
      return invalidBase64(i, `${what} is not base64`);
    }
    count++;
  }
  if (count % 4 !== 0)
    return invalidBase64(text.length, `its length (${count} characters) is not a multiple of 4; is padding missing?`);
  return null;
}

function invalidBase64(offset: number, detail: string): SampleBodyProblem {
  return {
    code: 'invalid-base64',
    offset,
    message: `the body is marked isBase64Encoded but is not valid base64: ${detail} (at character ${offset + 1})`,
  };
}

/** The last UTF-8 count: the designer checks the same sample body at every keystroke (same string, same answer). */
let lastCounted: { body: string; bytes: number } = { body: '', bytes: 0 };

/** Bytes of a body: decoded base64, or UTF-8 (counted without encoding, so a 50 MB body costs no copy). */
export function payloadByteLength(body: string, isBase64Encoded: boolean): number {
  if (isBase64Encoded) {
    const compact = body.replace(/\r?\n/g, '');
    const padding = compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0;
    return Math.floor((compact.length * 3) / 4) - padding;
  }
  if (body.length < 65_536) return utf8Length(body);
  if (lastCounted.body === body) return lastCounted.bytes;
  lastCounted = { body, bytes: utf8Length(body) };
  return lastCounted.bytes;
}

function utf8Length(body: string): number {
  let n = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (body.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * What is wrong with a sample's body, or null: not base64 although marked so, or over API Gateway's 10 MB payload
 * limit. Pure: the UI shows it on the body field, the pipeline stops on it.
 */
export function checkSampleBody(sample: Pick<SampleRequest, 'body' | 'isBase64Encoded'>): SampleBodyProblem | null {
  const body = typeof sample.body === 'string' ? sample.body : '';
  const base64 = sample.isBase64Encoded === true;
  if (base64) {
    const problem = base64Problem(body);
    if (problem) return problem;
  }
  const bytes = payloadByteLength(body, base64);
  if (bytes > MAX_PAYLOAD_BYTES) {
    return {
      code: 'too-large',
      message: `the body is ${bytes.toLocaleString('en-US')} bytes; API Gateway refuses a payload over 10 MB (${MAX_PAYLOAD_BYTES.toLocaleString('en-US')} bytes) with 413 before running any template`,
    };
  }
  return null;
}

/** REQUEST_TOO_LARGE as API Gateway sends it (not customizable): 413, plain text. */
export function requestTooLarge(): TraceResponse {
  return {
    statusCode: 413,
    headers: { 'Content-Type': 'text/plain' },
    body: `HTTP content length exceeded ${MAX_PAYLOAD_BYTES} bytes.`,
    isBase64Encoded: false,
  };
}

/**
 * The guard at the start of a simulation: the response and error to finish with when the sample's body stops the
 * request before any template runs, or null to go on.
 */
export function guardSampleBody(
  sample: SampleRequest,
): { response: TraceResponse | null; error: TraceError; logLine: string } | null {
  const problem = checkSampleBody(sample);
  if (!problem) return null;
  const error: TraceError = { stage: 'method', message: `sample body: ${problem.message}` };
  if (problem.code === 'too-large')
    return { response: requestTooLarge(), error, logLine: `Request refused: ${problem.message}` };
  // A broken sample is not a request API Gateway could receive: no response, only the error saying where.
  return { response: null, error, logLine: `Sample error: ${problem.message}` };
}
