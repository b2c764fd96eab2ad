// What Velocity prints for a value: Java's toString(). Observed on AWS (LS-snap test_input_path_template_formatting,
// docs/apigw-behaviour.md#input): a JSON object prints as a Java map `{foo=bar, to=test}`, a JSON array as compact JSON
// `[{"foo":"bar"}]` (json-smart's JSONArray.toString), also when nested in a map; a null reference prints nothing.
// Printing is where a small value can become a huge text (a list that contains itself 40 times over prints 2^40
// elements): every element printed is charged to the render's budget and the text is measured as it grows, so the
// render stops at the size limit instead of building gigabytes (docs/limits.md).
import { VtlRuntimeError } from '../errors.ts';
import { toJsonText } from '../json/json-serialize.ts';
import { checkSize, sizeLimit, tick } from '../runtime/limits.ts';
import { formatJavaDouble, formatJavaInteger, JavaDouble } from './number.ts';
import type { JKey, JValue } from './values.ts';
import { isJsonArray } from './values.ts';

const MAX_DEPTH = 512;

/** The text Velocity renders for `$value` (null renders as nothing on API Gateway, unlike stock Velocity). */
export function renderValue(v: JValue): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  return javaToString(v);
}

/** java.lang.String.valueOf(v): null is "null" (inside collections, or in `$x.toString()`-like contexts). */
export function javaToString(v: JValue, depth = 0): string {
  if (depth > MAX_DEPTH)
    throw new VtlRuntimeError(
      'limit',
      `value nested more than ${MAX_DEPTH} levels deep (a list or map that contains itself?)`,
    );
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatJavaInteger(v);
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof JavaDouble) return formatJavaDouble(v.value);
  if (Array.isArray(v) || v instanceof Map) {
    // Within one printing, a container met again (a list built as [$l, $l] repeatedly) reuses its text: the work
    // stays proportional to the distinct containers, and the size check stops the text at the limit.
    const outer = memo === null;
    if (outer) memo = new Map();
    try {
      const hit = memo!.get(v);
      if (hit !== undefined) return hit;
      const text = containerText(v, depth);
      memo!.set(v, text);
      return text;
    } finally {
      if (outer) memo = null;
    }
  }
  return v.toJavaString();
}

let memo: Map<object, string> | null = null;

function containerText(v: JValue[] | Map<JKey, JValue>, depth: number): string {
  if (Array.isArray(v)) {
    if (isJsonArray(v)) return toJsonText(v, true);
    // java.util.AbstractCollection.toString
    const max = sizeLimit();
    let out = '[';
    tick(); // per container: the text's own growth bounds the work on its elements
    for (let i = 0; i < v.length; i++) {
      const e = v[i];
      out += (i ? ', ' : '') + (e === v ? '(this Collection)' : javaToString(e, depth + 1));
      if (out.length > max) checkSize(out.length, 'a list printed as text');
    }
    return `${out}]`;
  }
  // java.util.AbstractMap.toString
  {
    const max = sizeLimit();
    let out = '{';
    let first = true;
    tick();
    for (const [k, val] of v) {
      out += `${first ? '' : ', '}${keyToString(k)}=${val === v ? '(this Map)' : javaToString(val, depth + 1)}`;
      first = false;
      if (out.length > max) checkSize(out.length, 'a map printed as text');
    }
    return `${out}}`;
  }
}

export function keyToString(k: JKey): string {
  return javaToString(k);
}
