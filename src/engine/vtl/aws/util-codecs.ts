// The string functions behind $util (DG api-gateway-mapping-template-reference, "$util Variables"; default charset
// UTF-8). Pure TypeScript (no Node Buffer): the engine also runs in a browser Web Worker.
// Each function knows (or bounds) the size of its result before building it and measures it as it grows, so a huge
// argument is refused at once with the size limit, not after seconds of work and gigabytes (docs/limits.md).
import { javaException } from '../errors.ts';
import { checkSize } from '../runtime/limits.ts';

function hex4(code: number): string {
  return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * $util.escapeJavaScript: "escapes the characters in a string using JavaScript string rules". The doc says `'`
 * becomes `\'`; the other rules are Apache Commons Lang 2 StringEscapeUtils.escapeJavaScript's (inferred, see
 * docs/apigw-behaviour.md#util): `"`->`\"`, `\`->`\\`, `/`->`\/`, \b \f \n \r \t, other control characters and every
 * character above U+007F as uppercase `\uXXXX` (per UTF-16 unit).
 */
export function escapeJavaScript(s: string): string {
  // The exact result length first (a cheap pass): a result past the size limit is refused before it is built.
  let length = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f || (c < 0x20 && !SHORT_ESCAPES[c])) length += 5;
    else if (c < 0x20 || c === 0x22 || c === 0x27 || c === 0x2f || c === 0x5c) length += 1;
  }
  checkSize(length);
  return s.replace(NEEDS_ESCAPE, escapeOne);
}

/** \b \t \n \f \r by char code; other control characters are written \uXXXX. */
const SHORT_ESCAPES: Record<number, string | undefined> = Object.assign(Object.create(null), {
  8: '\\b',
  9: '\\t',
  10: '\\n',
  12: '\\f',
  13: '\\r',
  34: '\\"',
  39: "\\'",
  47: '\\/',
  92: '\\\\',
});
const NEEDS_ESCAPE = /[^\x20-\x7e]|["'/\\]/g;

function escapeOne(ch: string): string {
  const c = ch.charCodeAt(0);
  return SHORT_ESCAPES[c] ?? hex4(c);
}

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8'); // malformed input becomes U+FFFD, as Java's new String(bytes, UTF_8)

/** java.net.URLEncoder.encode(s, "UTF-8"): `a-zA-Z0-9.-*_` kept, space -> `+`, the rest `%XX` (uppercase). */
export function urlEncode(s: string): string {
  // The exact result length first: 1 character for a kept one, 3 per UTF-8 byte otherwise ('?' for a lone surrogate).
  let length = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) length += isKept(c) || c === 0x20 ? 1 : 3;
    else if (c < 0x800) length += 6;
    else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      length += 12;
      i++;
    } else length += c >= 0xd800 && c <= 0xdfff ? 3 : 9;
  }
  checkSize(length);
  try {
    // encodeURIComponent keeps !'()~ too, which Java encodes; it throws on a lone surrogate (Java writes '?').
    return encodeURIComponent(s)
      .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
      .replace(/%20/g, '+');
  } catch {
    return urlEncodeByCodePoint(s);
  }
}

/** The same, code point by code point: for text with a lone surrogate, which Java writes as '?' (%3F). */
function urlEncodeByCodePoint(s: string): string {
  let out = '';
  for (const cp of s) {
    const c = cp.codePointAt(0)!;
    if (isKept(c)) out += cp;
    else if (c === 0x20) out += '+';
    else if (c >= 0xd800 && c <= 0xdfff) out += '%3F';
    else for (const b of utf8.encode(cp)) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Characters java.net.URLEncoder keeps as they are: a-z A-Z 0-9 . - * _ */
function isKept(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x2e ||
    c === 0x2d ||
    c === 0x2a ||
    c === 0x5f
  );
}

/** java.net.URLDecoder.decode(s, "UTF-8"): `+` -> space, `%XX` runs decoded as UTF-8. */
export function urlDecode(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const ch = s[i]!;
    if (ch === '+') {
      out += ' ';
      i++;
    } else if (ch !== '%') {
      out += ch;
      i++;
    } else {
      const bytes: number[] = [];
      while (i < s.length && s[i] === '%') {
        if (s.length - i < 3) {
          throw javaException(
            'java.lang.IllegalArgumentException',
            'URLDecoder: Incomplete trailing escape (%) pattern',
          );
        }
        const hex = s.slice(i + 1, i + 3);
        if (!/^[0-9a-fA-F]{2}$/.test(hex)) {
          throw javaException(
            'java.lang.IllegalArgumentException',
            `URLDecoder: Illegal hex characters in escape (%) pattern - ${hex}`,
          );
        }
        bytes.push(parseInt(hex, 16));
        i += 3;
      }
      out += utf8Decoder.decode(new Uint8Array(bytes));
    }
  }
  return out;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

const B64_CODES = Uint8Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', (c) =>
  c.charCodeAt(0),
);
/** The base64 text is ASCII: one byte per character, decoded natively (no string building in a loop). */
const ascii = new TextDecoder('latin1');

/** Base64 text of the bytes, written into a byte array first (building it character by character takes seconds). */
export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as Uint8Array & { toBase64?: () => string }).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  const whole = bytes.length - (bytes.length % 3);
  for (let i = 0; i < whole; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = B64_CODES[n >> 18]!;
    out[o++] = B64_CODES[(n >> 12) & 63]!;
    out[o++] = B64_CODES[(n >> 6) & 63]!;
    out[o++] = B64_CODES[n & 63]!;
  }
  if (whole < bytes.length) {
    const n = (bytes[whole]! << 16) | ((bytes[whole + 1] ?? 0) << 8);
    out[o++] = B64_CODES[n >> 18]!;
    out[o++] = B64_CODES[(n >> 12) & 63]!;
    out[o++] = whole + 1 < bytes.length ? B64_CODES[(n >> 6) & 63]! : 61;
    out[o++] = 61;
  }
  return ascii.decode(out);
}

/** java.util.Base64 basic decoder: padding optional, anything outside the alphabet is an error. */
export function base64ToBytes(s: string): Uint8Array {
  const body = s.replace(/={1,2}$/, '');
  if (body.length % 4 === 1 || (s.length !== body.length && s.length % 4 !== 0)) {
    throw javaException('java.lang.IllegalArgumentException', 'Input byte array has wrong 4-byte ending unit');
  }
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < body.length; i++) {
    const v = B64_INDEX.get(body[i]!);
    if (v === undefined)
      throw javaException(
        'java.lang.IllegalArgumentException',
        `Illegal base64 character ${body.charCodeAt(i).toString(16)}`,
      );
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

export function base64Encode(s: string): string {
  // 4 characters per 3 bytes, at least a byte per character: refuse before encoding when it cannot fit, and again
  // on the exact byte count before writing any base64.
  checkSize(Math.ceil(s.length / 3) * 4);
  const bytes = utf8.encode(s);
  checkSize(Math.ceil(bytes.length / 3) * 4);
  return bytesToBase64(bytes);
}
export function base64Decode(s: string): string {
  return utf8Decoder.decode(base64ToBytes(s));
}
