// What Velocity prints for a value: Java's toString(). Observed on AWS (LS-snap test_input_path_template_formatting,
// apigw-semantics §1.1): a JSON object prints as a Java map `{foo=bar, to=test}`, a JSON array as compact JSON
// `[{"foo":"bar"}]` (json-smart's JSONArray.toString), also when nested in a map; a null reference prints nothing.
import { VtlRuntimeError } from '../errors.ts';
import { toJsonText } from '../json/json-serialize.ts';
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
  if (Array.isArray(v)) {
    if (isJsonArray(v)) return toJsonText(v, true);
    // java.util.AbstractCollection.toString
    return `[${v.map((e) => (e === v ? '(this Collection)' : javaToString(e, depth + 1))).join(', ')}]`;
  }
  if (v instanceof Map) {
    // java.util.AbstractMap.toString
    const parts: string[] = [];
    for (const [k, val] of v)
      parts.push(`${keyToString(k)}=${val === v ? '(this Map)' : javaToString(val, depth + 1)}`);
    return `{${parts.join(', ')}}`;
  }
  return v.toJavaString();
}

export function keyToString(k: JKey): string {
  return javaToString(k);
}
