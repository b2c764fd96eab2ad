// JSONPath over template values with Jayway JsonPath's semantics (API Gateway's $input.path/json use Jayway, DG
// models-mappings): a *definite* path (`$`, `$.a.b`, `$['a']`, `$.a[0]`, `$.a[-1]`) yields the value itself or
// "not found"; an *indefinite* one (`$..x`, `[*]`, filters, slices, unions) yields a list of matches (possibly
// empty). Paths without a leading `$` are read as `$.` + path, as Jayway does.
// Definite paths are walked here directly (fast, exact on ordered maps and Doubles); indefinite ones are run by
// jsonpath-plus (filters in its 'safe' evaluator, never JS eval) on a plain mirror of the data, and its matches are
// read back from the original values by their JSON pointers.
import { JSONPath } from 'jsonpath-plus';
import { javaException } from '../errors.ts';
import { JavaDouble } from '../java/number.ts';
import type { JValue } from '../java/values.ts';
import { HostObject, markJsonArray } from '../java/values.ts';
import { LruCache } from '../lru-cache.ts';

export type JsonPathResult = { found: true; value: JValue } | { found: false };
type Segment = string | number;
type Compiled = { definite: true; segments: Segment[] } | { definite: false; path: string };

const NAME = /^\.([^.[\]()*?@,:'"\s]+)/;
const BRACKET = /^\[\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(-?\d+))\s*\]/;

const compiled = new LruCache<string, Compiled>(512);

function normalize(path: string): string {
  const p = path.trim();
  return p.startsWith('$') || p.startsWith('@') ? p.replace(/^@/, '$') : p.startsWith('[') ? `$${p}` : `$.${p}`;
}

export function compileJsonPath(path: string): Compiled {
  const hit = compiled.get(path);
  if (hit) return hit;
  const full = normalize(path);
  let rest = full.slice(1);
  const segments: Segment[] = [];
  let result: Compiled | undefined;
  while (rest.length) {
    const name = NAME.exec(rest);
    if (name) {
      segments.push(name[1]!);
      rest = rest.slice(name[0].length);
      continue;
    }
    const br = BRACKET.exec(rest);
    if (br) {
      const key = br[1] ?? br[2];
      segments.push(key !== undefined ? key.replace(/\\(.)/g, '$1') : Number(br[3]));
      rest = rest.slice(br[0].length);
      continue;
    }
    result = { definite: false, path: full };
    break;
  }
  result ??= { definite: true, segments };
  compiled.set(path, result);
  return result;
}

function step(value: JValue, seg: Segment): JsonPathResult {
  if (typeof seg === 'number') {
    if (!Array.isArray(value)) return { found: false };
    const i = seg < 0 ? value.length + seg : seg;
    return i >= 0 && i < value.length ? { found: true, value: value[i] } : { found: false };
  }
  if (!(value instanceof Map) || !value.has(seg)) return { found: false };
  return { found: true, value: value.get(seg) };
}

/** A plain-object copy for jsonpath-plus (null-prototype objects: nothing inherited for filters to reach). */
const mirrors = new WeakMap<object, unknown>();
function mirror(v: JValue): unknown {
  if (v instanceof JavaDouble) return v.value;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof HostObject) return v.toJavaString();
  if (v === null || typeof v !== 'object') return v ?? null;
  const hit = mirrors.get(v);
  if (hit !== undefined) return hit;
  let out: unknown;
  if (Array.isArray(v)) out = v.map(mirror);
  else {
    const o = Object.create(null) as Record<string, unknown>;
    for (const [k, val] of v) o[String(k)] = mirror(val);
    out = o;
  }
  mirrors.set(v, out);
  return out;
}

function fromPointer(root: JValue, pointer: string): JValue {
  let v = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    v = Array.isArray(v) ? v[Number(key)] : v instanceof Map ? v.get(key) : undefined;
  }
  return v;
}

/**
 * Names every JavaScript value inherits (toString, constructor, __proto__, valueOf, hasOwnProperty, ...). In a filter
 * run by jsonpath-plus, `@.a.toString` would find the JavaScript function and match; in Jayway it is a path that
 * selects nothing. Such a name in a filter is refused with a clear message rather than evaluated against JavaScript.
 * Only the names every object inherits (Object.prototype's, and Function.prototype's call/apply/bind) are refused: a
 * JSON field may well be called `name`, `map` or `values`.
 */
const BUILTIN_NAMES = new Set<string>([
  '__proto__',
  'prototype',
  ...Object.getOwnPropertyNames(Object.prototype),
  ...['apply', 'bind', 'call', 'arguments', 'caller'],
]);

function refuseBuiltins(original: string, path: string): void {
  for (const m of path.matchAll(/\.\s*([A-Za-z_$][\w$]*)|\[\s*(?:'([^']*)'|"([^"]*)")\s*\]/g)) {
    const name = m[1] ?? m[2] ?? m[3]!;
    if (BUILTIN_NAMES.has(name))
      throw javaException(
        'com.jayway.jsonpath.InvalidPathException',
        `${original}: a filter cannot use the name '${name}' here (this emulator evaluates filters in a sandbox where it is a built-in, not a JSON field)`,
      );
  }
}

/** jsonpath-plus's error text without JavaScript internals (function sources, `Cannot read properties of ...`). */
function filterErrorText(e: unknown): string {
  const raw = e instanceof Error ? e.message : 'the filter could not be evaluated';
  return raw
    .replace(/function\s*[\w$]*\s*\([^)]*\)\s*\{\s*\[native code\]\s*\}/g, 'a function')
    .replace(
      /Cannot read properties of (?:undefined|null) \(reading '([^']*)'\)/g,
      "cannot read '$1' of a missing value",
    )
    .replace(/Cannot read properties of ([^(]*) \(reading '([^']*)'\)/g, "cannot read '$2' of $1")
    .replace(/\bfunc is not a function\b/g, 'a name in the filter is not a function');
}

/** Evaluates a JSONPath against a value tree. */
export function evaluateJsonPath(root: JValue, path: string): JsonPathResult {
  const c = compileJsonPath(path);
  if (c.definite) {
    let cur: JsonPathResult = { found: true, value: root };
    for (const seg of c.segments) {
      if (!cur.found) break;
      cur = step(cur.value, seg);
    }
    return cur;
  }
  if (root === null || typeof root !== 'object' || root instanceof JavaDouble || root instanceof HostObject) {
    return { found: true, value: markJsonArray([]) };
  }
  if (c.path.includes('(')) refuseBuiltins(path, c.path);
  let pointers: string[];
  try {
    pointers = JSONPath({
      path: c.path,
      json: mirror(root) as object,
      resultType: 'pointer',
      wrap: true,
      eval: 'safe',
    }) as string[];
  } catch (e) {
    throw javaException('com.jayway.jsonpath.InvalidPathException', `${path}: ${filterErrorText(e)}`);
  }
  return { found: true, value: markJsonArray((pointers ?? []).map((p) => fromPointer(root, p))) };
}
