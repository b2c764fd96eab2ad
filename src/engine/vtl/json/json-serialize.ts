// Template values -> JSON text, as json-smart writes it for `$input.json(...)` and when a JSONArray is printed:
// compact (no spaces), Doubles through Double.toString (`1.0`), strings escaped by json-simple's rules
// (`"` `\` and control characters, plus U+007F-U+009F and U+2000-U+20FF as uppercase `\uXXXX`).
// `escapeSlash`: json-smart's default style (JSONValue.toJSONString, used by JSONArray.toString) also writes `/` as
// `\/`; the LT_COMPRESS style of Jayway's toJson does not. Which one AWS uses where is inferred, not documented.
import { VtlRuntimeError } from '../errors.ts';
import { formatJavaDouble, JavaDouble } from '../java/number.ts';
import type { JKey, JValue } from '../java/values.ts';
import { HostObject } from '../java/values.ts';
import { checkSize, sizeLimit, tick } from '../runtime/limits.ts';
import { isPlainJsonString, quoteJsonString, writeJavaNumber } from './json-text-rules.ts';

export { quoteJsonString } from './json-text-rules.ts';

const MAX_DEPTH = 512;

export function toJsonText(value: JValue, escapeSlash = false): string {
  max = sizeLimit();
  const outer = seen === null;
  if (outer) {
    seen = new Map();
    written = 0;
  }
  try {
    return write(value, escapeSlash, 0);
  } finally {
    if (outer) seen = null;
  }
}

/**
 * Within one serialisation, a container met again reuses its text, so a value built of shared parts (a list made
 * [$l, $l] forty times) costs its distinct containers only. Remembering starts after a few thousand containers:
 * ordinary payloads never pay for it.
 */
let seen: Map<object, string> | null = null;
let written = 0;
const REMEMBER_AFTER = 4096;

/** The size limit of the render in progress: each container's text is measured as it grows (docs/limits.md). */
let max = Number.POSITIVE_INFINITY;

/** `"key":` for map keys, memoized: payloads repeat the same few keys thousands of times. */
const keyMemo = [new Map<JKey, string>(), new Map<JKey, string>()];
function quotedKey(k: JKey, esc: boolean): string {
  const memo = keyMemo[esc ? 1 : 0]!;
  let q = memo.get(k);
  if (q === undefined) {
    const key = typeof k === 'string' ? k : k instanceof JavaDouble ? formatJavaDouble(k.value) : String(k);
    q = `${quoteJsonString(key, esc)}:`;
    if (memo.size < 4096) memo.set(k, q);
  }
  return q;
}

// String concatenation (V8 ropes) beats collecting parts and joining for this many small pieces.
function write(v: JValue, esc: boolean, depth: number): string {
  if (typeof v === 'string') return isPlainJsonString(v, esc) ? `"${v}"` : quoteJsonString(v, esc);
  if (typeof v === 'number') return Number.isSafeInteger(v) ? `${v}` : writeJavaNumber(v);
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'bigint') return writeJavaNumber(v);
  if (depth > MAX_DEPTH)
    throw new VtlRuntimeError(
      'limit',
      `value nested more than ${MAX_DEPTH} levels deep (a list or map that contains itself?)`,
    );
  if (v instanceof JavaDouble) return writeJavaNumber(v);
  if (Array.isArray(v) || v instanceof Map) {
    if (++written < REMEMBER_AFTER || !seen) return writeContainer(v, esc, depth);
    const hit = seen.get(v);
    if (hit !== undefined) return hit;
    const text = writeContainer(v, esc, depth);
    seen.set(v, text);
    return text;
  }
  if (v instanceof HostObject) return quoteJsonString(v.toJavaString(), esc);
  return 'null';
}

function writeContainer(v: JValue[] | Map<JKey, JValue>, esc: boolean, depth: number): string {
  if (Array.isArray(v)) {
    let out = '[';
    tick();
    for (let i = 0; i < v.length; i++) {
      out += (i ? ',' : '') + write(v[i], esc, depth + 1);
      if (out.length > max) checkSize(out.length, 'a value written as JSON');
    }
    return `${out}]`;
  }
  {
    let out = '{';
    let first = true;
    tick();
    for (const [k, val] of v) {
      const q = quotedKey(k, esc);
      out += (first ? q : `,${q}`) + write(val, esc, depth + 1);
      first = false;
      if (out.length > max) checkSize(out.length, 'a value written as JSON');
    }
    return `${out}}`;
  }
}
