// The only door from a template to a value's behaviour: `$x.name`, `$x.name(args)` and `$x[i]` land here and are
// answered from explicit per-type tables (an allow-list). Nothing reaches a JavaScript property, prototype or
// function: `$x.constructor`, `$x.__proto__`, `$x.toString.call` and the like find no Java method and yield null,
// which renders as nothing (as an unknown method does on API Gateway).
// Velocity's property rules (1.7 UberspectImpl): `$map.key` is map.get("key"); on other objects `$x.empty` tries
// getEmpty() then isEmpty().
import type { Budget } from '../runtime/limits.ts';
import { LIST_METHODS, MAP_METHODS } from './collection-methods.ts';
import { javaEquals } from './equality.ts';
import { compareJavaNumbers, JavaDouble, numberValue } from './number.ts';
import type { JavaMethod } from './string-methods.ts';
import { STRING_METHODS } from './string-methods.ts';
import { javaToString } from './to-string.ts';
import type { JValue, MethodResult } from './values.ts';
import { HostObject, isJavaNumberValue, NO_SUCH_METHOD, toMapKey } from './values.ts';
import type { JavaNumber } from './number.ts';

function wrapInt(n: number, bits: number): number {
  const t = Math.trunc(n);
  if (!Number.isFinite(t)) return 0;
  const m = 2 ** bits;
  const r = ((t % m) + m) % m;
  return r >= m / 2 ? r - m : r;
}

const NUMBER_METHODS = new Map<string, JavaMethod<JavaNumber>>([
  ['intValue', (n) => wrapInt(numberValue(n), 32)],
  ['longValue', (n) => Math.trunc(numberValue(n))],
  ['shortValue', (n) => wrapInt(numberValue(n), 16)],
  ['byteValue', (n) => wrapInt(numberValue(n), 8)],
  ['doubleValue', (n) => new JavaDouble(numberValue(n))],
  ['floatValue', (n) => new JavaDouble(Math.fround(numberValue(n)))],
  ['toString', (n) => javaToString(n)],
  ['equals', (n, [o]) => javaEquals(n, o)],
  ['compareTo', (n, [o]) => (isJavaNumberValue(o) ? compareJavaNumbers(n, o) : NO_SUCH_METHOD)],
  ['hashCode', (n) => (typeof n === 'number' ? wrapInt(n, 32) : 0)],
  ['isNaN', (n) => Number.isNaN(numberValue(n))],
  ['isInfinite', (n) => !Number.isFinite(numberValue(n)) && !Number.isNaN(numberValue(n))],
]);

const BOOLEAN_METHODS = new Map<string, JavaMethod<boolean>>([
  ['booleanValue', (b) => b],
  ['toString', (b) => String(b)],
  ['equals', (b, [o]) => o === b],
  ['compareTo', (b, [o]) => (typeof o === 'boolean' ? Number(b) - Number(o) : NO_SUCH_METHOD)],
  ['hashCode', (b) => (b ? 1231 : 1237)],
]);

function tableFor(target: JValue): Map<string, JavaMethod<never>> | undefined {
  if (typeof target === 'string') return STRING_METHODS as Map<string, JavaMethod<never>>;
  if (Array.isArray(target)) return LIST_METHODS as Map<string, JavaMethod<never>>;
  if (target instanceof Map) return MAP_METHODS as Map<string, JavaMethod<never>>;
  if (typeof target === 'number' || typeof target === 'bigint' || target instanceof JavaDouble)
    return NUMBER_METHODS as Map<string, JavaMethod<never>>;
  if (typeof target === 'boolean') return BOOLEAN_METHODS as Map<string, JavaMethod<never>>;
  return undefined;
}

/** `$target.name(args)`: the Java method's result, or undefined (null) when there is no such method. */
export function invokeJavaMethod(target: JValue, name: string, args: JValue[], budget: Budget): JValue {
  let result: MethodResult;
  try {
    if (target instanceof HostObject) result = target.invoke(name, args);
    else {
      const method = tableFor(target)?.get(name);
      if (!method) return undefined;
      result = method(target as never, args, budget);
    }
  } catch (e) {
    if (e === NO_SUCH_METHOD) return undefined;
    throw e;
  }
  return result === NO_SUCH_METHOD ? undefined : result;
}

function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** `$target.name`. */
export function readJavaProperty(target: JValue, name: string, budget: Budget): JValue {
  if (target === null || target === undefined) return undefined;
  if (target instanceof Map) return target.get(name);
  if (target instanceof HostObject) return target.getProperty(name);
  const table = tableFor(target);
  if (!table) return undefined;
  for (const getter of [`get${capitalize(name)}`, `is${capitalize(name)}`]) {
    if (table.has(getter)) {
      const v = invokeJavaMethod(target, getter, [], budget);
      if (v !== undefined) return v;
    }
  }
  return undefined;
}

/** `$target[index]` (Velocity 1.7 index notation: lists by position, negative from the end; maps by key). */
export function readJavaIndex(target: JValue, index: JValue, budget: Budget): JValue {
  if (Array.isArray(target)) {
    if (typeof index !== 'number') return undefined;
    const i = index < 0 ? target.length + index : index;
    return i >= 0 && i < target.length ? target[i] : undefined;
  }
  if (target instanceof Map) return target.get(toMapKey(index));
  if (target instanceof HostObject) return typeof index === 'string' ? target.getProperty(index) : undefined;
  return invokeJavaMethod(target, 'get', [index], budget);
}
