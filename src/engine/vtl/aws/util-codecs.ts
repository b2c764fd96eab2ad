// The string functions behind $util (DG api-gateway-mapping-template-reference, "$util Variables"; default charset
// UTF-8). Pure TypeScript (no Node Buffer): the engine also runs in a browser Web Worker.
import { javaException } from '../errors.ts';

function hex4(code: number): string {
  return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * $util.escapeJavaScript: "escapes the characters in a string using JavaScript string rules". The doc says `'`
 * becomes `\'`; the other rules are Apache Commons Lang 2 StringEscapeUtils.escapeJavaScript's (inferred, see
 * apigw-semantics §1.2): `"`->`\"`, `\`->`\\`, `/`->`\/`, \b \f \n \r \t, other control characters and every
 * character above U+007F as uppercase `\uXXXX` (per UTF-16 unit).
 */
export function escapeJavaScript(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) out += hex4(c);
    else if (c < 0x20) {
      switch (c) {
        case 8:
          out += '\\b';
          break;
        case 9:
          out += '\\t';
          break;
        case 10:
          out += '\\n';
          break;
        case 12:
          out += '\\f';
          break;
        case 13:
          out += '\\r';
          break;
        default:
          out += hex4(c);
      }
    } else {
      const ch = s[i]!;
      out += ch === "'" ? "\\'" : ch === '"' ? '\\"' : ch === '\\' ? '\\\\' : ch === '/' ? '\\/' : ch;
    }
  }
  return out;
}

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8'); // malformed input becomes U+FFFD, as Java's new String(bytes, UTF_8)

/** java.net.URLEncoder.encode(s, "UTF-8"): `a-zA-Z0-9.-*_` kept, space -> `+`, the rest `%XX` (uppercase). */
export function urlEncode(s: string): string {
  let out = '';
  for (const cp of s) {
    const c = cp.codePointAt(0)!;
    if (
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x30 && c <= 0x39) ||
      cp === '.' ||
      cp === '-' ||
      cp === '*' ||
      cp === '_'
    )
      out += cp;
    else if (c === 0x20) out += '+';
    else if (c >= 0xd800 && c <= 0xdfff)
      out += '%3F'; // a lone surrogate: Java writes '?'
    else for (const b of utf8.encode(cp)) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
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

export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? B64[n & 63]! : '=';
  }
  return out;
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
  return bytesToBase64(utf8.encode(s));
}

export function base64Decode(s: string): string {
  return utf8Decoder.decode(base64ToBytes(s));
}
