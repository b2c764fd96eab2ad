// Equality as Java and Velocity define it.
import { tick } from '../runtime/limits.ts';
import { JavaDouble, numberValue } from './number.ts';
import { javaToString } from './to-string.ts';
import type { JMap, JValue } from './values.ts';
import { isJavaNumberValue, isNull } from './values.ts';

/** Object.equals: Integer(1) is not Double(1.0); lists compare element-wise, maps entry-wise (order ignored). */
export function javaEquals(a: JValue, b: JValue, depth = 0): boolean {
  if (isNull(a) || isNull(b)) return isNull(a) && isNull(b);
  if (a === b) return true;
  if (typeof a === 'bigint' || typeof b === 'bigint') return typeof a === typeof b && a === b;
  if (depth > 256) return false;
  tick(); // comparing nested lists visits every element: charged, so a self-doubling list cannot compare forever
  if (a instanceof JavaDouble) return b instanceof JavaDouble && Object.is(a.value, b.value);
  if (!Array.isArray(a) && !(a instanceof Map)) return false;
  // Within one comparison, a pair of containers already found equal is not compared again: lists built as
  // [$l, $l] repeatedly share their parts, and comparing two of them then takes steps in proportion to their depth.
  const outer = equalPairs === null;
  if (outer) equalPairs = new Map();
  try {
    if (equalPairs!.get(a)?.has(b as object)) return true;
    const equal = containersEqual(a, b, depth);
    if (equal) {
      const set = equalPairs!.get(a) ?? new Set<object>();
      set.add(b as object);
      equalPairs!.set(a, set);
    }
    return equal;
  } finally {
    if (outer) equalPairs = null;
  }
}

let equalPairs: Map<object, Set<object>> | null = null;

function containersEqual(a: JValue[] | JMap, b: JValue, depth: number): boolean {
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => javaEquals(x, b[i], depth + 1));
  }
  if (!(b instanceof Map) || a.size !== b.size) return false;
  for (const [k, v] of a) if (!b.has(k) || !javaEquals(v, b.get(k), depth + 1)) return false;
  return true;
}

type Family = 'null' | 'number' | 'string' | 'boolean' | 'list' | 'map' | 'host';

function family(v: JValue): Family {
  if (isNull(v)) return 'null';
  if (isJavaNumberValue(v)) return 'number';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'boolean';
  if (Array.isArray(v)) return 'list';
  if (v instanceof Map) return 'map';
  return 'host';
}

/**
 * Velocity 1.7 `==` (ASTEQNode): numbers compare by value whatever their class; objects of related classes use
 * equals(); otherwise their toString() forms are compared. AWS quirk (LS-snap, docs/apigw-behaviour.md#input): a null
 * reference compares equal both to `$null` and to `""`, so null is taken as the empty string here.
 */
export function velocityEquals(a: JValue, b: JValue): boolean {
  const left = isNull(a) ? '' : a;
  const right = isNull(b) ? '' : b;
  const fa = family(left);
  const fb = family(right);
  if (fa === 'number' && fb === 'number') {
    if (typeof left === 'bigint' && typeof right === 'bigint') return left === right;
    return numberValue(left as number) === numberValue(right as number);
  }
  if (fa === fb) return fa === 'host' ? left === right : javaEquals(left, right);
  return javaToString(left) === javaToString(right);
}
