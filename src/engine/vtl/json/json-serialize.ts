// Template values -> JSON text, as json-smart writes it for `$input.json(...)` and when a JSONArray is printed:
// compact (no spaces), Doubles through Double.toString (`1.0`), strings escaped by json-simple's rules
// (`"` `\` and control characters, plus U+007F-U+009F and U+2000-U+20FF as uppercase `\uXXXX`).
// `escapeSlash`: json-smart's default style (JSONValue.toJSONString, used by JSONArray.toString) also writes `/` as
// `\/`; the LT_COMPRESS style of Jayway's toJson does not. Which one AWS uses where is inferred, not documented.
import { VtlRuntimeError } from '../errors.ts';
import { formatJavaDouble, formatJavaInteger, JavaDouble } from '../java/number.ts';
import type { JKey, JValue } from '../java/values.ts';
import { HostObject } from '../java/values.ts';

const MAX_DEPTH = 512;

function hex4(code: number): string {
  return '\\u' + code.toString(16).toUpperCase().padStart(4, '0');
}

export function quoteJsonString(s: string, escapeSlash: boolean): string {
  // Fast path for the common case.
  if (!/["\\\u0000-\u001f\u007f-\u009f\u2000-\u20ff/]/.test(s)) return `"${s}"`;
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const c = s.charCodeAt(i);
    switch (ch) {
      case '"': out += '\\"'; break;
      case '\\': out += '\\\\'; break;
      case '\b': out += '\\b'; break;
      case '\f': out += '\\f'; break;
      case '\n': out += '\\n'; break;
      case '\r': out += '\\r'; break;
      case '\t': out += '\\t'; break;
      case '/': out += escapeSlash ? '\\/' : '/'; break;
      default:
        out += c <= 0x1f || (c >= 0x7f && c <= 0x9f) || (c >= 0x2000 && c <= 0x20ff) ? hex4(c) : ch;
    }
  }
  return out + '"';
}

export function toJsonText(value: JValue, escapeSlash = false): string {
  return write(value, escapeSlash, 0);
}

const PLAIN = /^[^"\\\u0000-\u001f\u007f-\u009f\u2000-\u20ff/]*$/;

/** `"key":` for map keys, memoized: payloads repeat the same few keys thousands of times. */
const keyMemo = [new Map<JKey, string>(), new Map<JKey, string>()];
function quotedKey(k: JKey, esc: boolean): string {
  const memo = keyMemo[esc ? 1 : 0]!;
  let q = memo.get(k);
  if (q === undefined) {
    const key = typeof k === 'string' ? k : k instanceof JavaDouble ? formatJavaDouble(k.value) : String(k);
    q = (PLAIN.test(key) ? '"' + key + '"' : quoteJsonString(key, esc)) + ':';
    if (memo.size < 4096) memo.set(k, q);
  }
  return q;
}

// String concatenation (V8 ropes) beats collecting parts and joining for this many small pieces.
function write(v: JValue, esc: boolean, depth: number): string {
  if (typeof v === 'string') return PLAIN.test(v) ? '"' + v + '"' : quoteJsonString(v, esc);
  if (typeof v === 'number') return Number.isSafeInteger(v) ? '' + v : formatJavaInteger(v);
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'bigint') return v.toString();
  if (depth > MAX_DEPTH) throw new VtlRuntimeError('limit', `value nested more than ${MAX_DEPTH} levels deep (a list or map that contains itself?)`);
  if (v instanceof JavaDouble) return Number.isFinite(v.value) ? formatJavaDouble(v.value) : 'null';
  if (Array.isArray(v)) {
    let out = '[';
    for (let i = 0; i < v.length; i++) out += (i ? ',' : '') + write(v[i], esc, depth + 1);
    return out + ']';
  }
  if (v instanceof Map) {
    let out = '{';
    let first = true;
    for (const [k, val] of v) {
      const q = quotedKey(k, esc);
      out += (first ? q : ',' + q) + write(val, esc, depth + 1);
      first = false;
    }
    return out + '}';
  }
  if (v instanceof HostObject) return quoteJsonString(v.toJavaString(), esc);
  return 'null';
}
