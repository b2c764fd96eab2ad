// The values a template works with, modelled on the Java objects API Gateway's Velocity hands out. Templates never see
// a JavaScript object with a prototype they could walk: maps are `Map`s (keys are data, not properties), lists are
// arrays reached only through Java methods, and the gateway's own objects ($input, $util, ...) are HostObjects that
// answer an explicit allow-list of properties and methods.
import type { JavaNumber } from './number.ts';
import { JavaDouble } from './number.ts';
import { javaToString } from './to-string.ts';

export type JKey = string | number | boolean | null | JavaDouble;
export type JMap = Map<JKey, JValue>;
export type JList = JValue[];
export type JValue = null | undefined | string | number | bigint | boolean | JavaDouble | JList | JMap | HostObject;

/** What a host method returns when it does not exist: Velocity then yields null (AWS renders nothing, no error). */
export const NO_SUCH_METHOD: unique symbol = Symbol('no such method');
export type MethodResult = JValue | typeof NO_SUCH_METHOD;

/** An object of the gateway (or of Java) exposed to templates through an explicit allow-list. */
export abstract class HostObject {
  /** The Java class name, for messages. */
  abstract readonly javaClass: string;
  /** `$obj.name` (Velocity tries getName()/get("name")/isName()); undefined when there is none. */
  getProperty(_name: string): JValue {
    return undefined;
  }
  /** `$obj.name(args)`; NO_SUCH_METHOD when the object has no such method for these arguments. */
  invoke(_name: string, _args: JValue[]): MethodResult {
    return NO_SUCH_METHOD;
  }
  /** What Velocity prints for the object (its Java toString()). */
  toJavaString(): string {
    return '';
  }
}

/**
 * Lists that came out of the JSON parser (json-smart's JSONArray) print as compact JSON, while lists made by a
 * template print Java-style `[a, b]` (LS-snap test_input_path_template_formatting, docs/apigw-behaviour.md#input).
 * The mark is a symbol-keyed property: no template can reach it, copies (`slice`) do not inherit it, and it is far
 * cheaper than a WeakSet for the tens of thousands of arrays of a large payload.
 */
const JSON_ARRAY: unique symbol = Symbol('JSONArray');
const OWNER: unique symbol = Symbol('owner');
/** A JSONArray's mark holds its cache entry when it has one (see setOwner): one property instead of two. */
type Marked = { [JSON_ARRAY]?: object | true; [OWNER]?: object };

export function markJsonArray(list: JList, owner?: object): JList {
  (list as Marked)[JSON_ARRAY] = owner ?? true;
  return list;
}

export function isJsonArray(list: JList): boolean {
  return (list as Marked)[JSON_ARRAY] !== undefined;
}

export function isNull(v: unknown): v is null | undefined {
  return v === null || v === undefined;
}

/**
 * Velocity 1.7 `#if` truth: null and false are false, everything else (even "" and 0) is true.
 * (Velocity 2's "empty check" is not assumed: API Gateway's engine predates it. Unconfirmed against AWS.)
 */
export function isTruthy(v: JValue): boolean {
  if (isNull(v)) return false;
  if (typeof v === 'boolean') return v;
  return true;
}

/** Map keys: Java uses equals()/hashCode(); integral numbers and strings are distinct keys, as in Java. */
export function toMapKey(v: JValue): JKey {
  if (isNull(v)) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (v instanceof JavaDouble) return v;
  // A list, map or object as a key: its Java text (bounded like any printing; JavaScript's String() would print
  // lists as `1,2` and do unbounded work on a list that contains itself many times over).
  return javaToString(v);
}

export function isJavaNumberValue(v: JValue): v is JavaNumber {
  return typeof v === 'number' || typeof v === 'bigint' || v instanceof JavaDouble;
}

/**
 * Called before a list or map is changed by a template, so a cache holding that container (the parsed payload
 * behind $input.path) can drop it: the next render then starts from a fresh parse.
 */
let mutationListener: ((owner: object) => void) | null = null;

export function setMutationListener(listener: (owner: object) => void): void {
  mutationListener = listener;
}

/** Records which cache entry a container belongs to. */
export function setOwner(container: object, owner: object): void {
  (container as Marked)[OWNER] = owner;
}

/**
 * A JSON object of a cached payload: a LinkedHashMap that knows its cache entry. The entry is set in the constructor,
 * so it sits in the object itself; setOwner on a plain Map would allocate a property store for each of the tens of
 * thousands of objects of a large payload.
 */
export class OwnedMap extends Map<JKey, JValue> {
  constructor(owner: object) {
    super();
    (this as Marked)[OWNER] = owner;
  }
}

export function notifyMutation(container: object): void {
  const marked = container as Marked;
  const mark = marked[JSON_ARRAY];
  const owner = marked[OWNER] ?? (mark === true ? undefined : mark);
  if (owner && mutationListener) mutationListener(owner);
}
