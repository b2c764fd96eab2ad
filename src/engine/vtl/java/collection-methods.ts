// java.util.List and java.util.Map methods a template may call, with Java's return values: `add` returns true, `put`
// and `remove(key)` the previous value, `set(i, x)` the old element (velocityjs got these wrong,
// docs/apigw-behaviour.md#velocity-runtime §10). Entries from entrySet() print `k=v`. Growth is charged to the step
// budget so no template can build a collection big enough to exhaust memory.
import { javaException } from '../errors.ts';
import type { Budget } from '../runtime/limits.ts';
import { javaEquals } from './equality.ts';
import type { JavaMethod } from './string-methods.ts';
import { javaToString } from './to-string.ts';
import type { JKey, JList, JMap, JValue, MethodResult } from './values.ts';
import { HostObject, isJsonArray, isNull, NO_SUCH_METHOD, notifyMutation, toMapKey } from './values.ts';
import { toJsonText } from '../json/json-serialize.ts';

function intArg(v: JValue): number {
  if (typeof v === 'number') return v;
  throw NO_SUCH_METHOD;
}

function collectionArg(v: JValue): JValue[] {
  if (Array.isArray(v)) return v;
  if (v instanceof Map) throw NO_SUCH_METHOD;
  if (isNull(v)) throw javaException('java.lang.NullPointerException', 'a null collection was passed');
  throw NO_SUCH_METHOD;
}

function checkIndex(list: JList, i: number, size = list.length): void {
  if (i < 0 || i >= size)
    throw javaException('java.lang.IndexOutOfBoundsException', `Index ${i} out of bounds for length ${list.length}`);
}

function indexOf(list: JList, x: JValue): number {
  for (let i = 0; i < list.length; i++) if (javaEquals(list[i], x)) return i;
  return -1;
}

export const LIST_METHODS = new Map<string, JavaMethod<JList>>([
  ['size', (l) => l.length],
  // DG api-gateway-mapping-template-reference: "$input.path('$.pets').count() would return "3"".
  ['count', (l) => l.length],
  ['isEmpty', (l) => l.length === 0],
  [
    'get',
    (l, [i]) => {
      const n = intArg(i);
      checkIndex(l, n);
      return l[n];
    },
  ],
  ['contains', (l, [x]) => indexOf(l, x) >= 0],
  ['containsAll', (l, [c]) => collectionArg(c).every((x) => indexOf(l, x) >= 0)],
  ['indexOf', (l, [x]) => indexOf(l, x)],
  [
    'lastIndexOf',
    (l, [x]) => {
      for (let i = l.length - 1; i >= 0; i--) if (javaEquals(l[i], x)) return i;
      return -1;
    },
  ],
  [
    'add',
    (l, a, b) => {
      notifyMutation(l);
      b.charge(1);
      if (a.length === 1) {
        l.push(a[0]);
        return true;
      }
      if (a.length !== 2) return NO_SUCH_METHOD;
      const n = intArg(a[0]);
      checkIndex(l, n, l.length + 1);
      l.splice(n, 0, a[1]);
      return null; // void add(int, E)
    },
  ],
  [
    'addAll',
    (l, a, b) => {
      notifyMutation(l);
      const items = collectionArg(a[a.length - 1]);
      b.charge(items.length);
      const copy = items.slice(); // addAll(itself) adds the elements once
      if (a.length === 1) for (const x of copy) l.push(x);
      else {
        const n = intArg(a[0]);
        checkIndex(l, n, l.length + 1);
        const tail = l.splice(n);
        for (const x of copy) l.push(x);
        for (const x of tail) l.push(x);
      }
      return items.length > 0;
    },
  ],
  [
    'set',
    (l, [i, x]) => {
      notifyMutation(l);
      const n = intArg(i);
      checkIndex(l, n);
      const old = l[n];
      l[n] = x;
      return old;
    },
  ],
  [
    'remove',
    (l, [x]) => {
      notifyMutation(l);
      if (typeof x === 'number') {
        checkIndex(l, x);
        return l.splice(x, 1)[0];
      }
      const i = indexOf(l, x);
      if (i >= 0) l.splice(i, 1);
      return i >= 0;
    },
  ],
  [
    'removeAll',
    (l, [c]) => {
      notifyMutation(l);
      const items = collectionArg(c);
      const before = l.length;
      for (let i = l.length - 1; i >= 0; i--) if (indexOf(items, l[i]) >= 0) l.splice(i, 1);
      return l.length !== before;
    },
  ],
  [
    'clear',
    (l) => {
      notifyMutation(l);
      l.length = 0;
      return null;
    },
  ],
  [
    'subList',
    (l, [from, to], b) => {
      const f = intArg(from);
      const t = intArg(to);
      if (f < 0 || t > l.length || f > t)
        throw javaException('java.lang.IndexOutOfBoundsException', `fromIndex ${f}, toIndex ${t}, size ${l.length}`);
      b.charge(t - f);
      return l.slice(f, t);
    },
  ],
  [
    'toArray',
    (l, _a, b) => {
      b.charge(l.length);
      return l.slice();
    },
  ],
  ['equals', (l, [o]) => javaEquals(l, o)],
  ['toString', (l) => javaToString(l)],
  ['toJSONString', (l) => (isJsonArray(l) ? toJsonText(l, true) : NO_SUCH_METHOD)],
]);

/** A Map.Entry from entrySet(): `$e.key`, `$e.value`, prints `key=value`. */
export class MapEntry extends HostObject {
  readonly javaClass = 'java.util.Map$Entry';
  constructor(
    private readonly map: JMap,
    readonly key: JKey,
  ) {
    super();
  }
  override getProperty(name: string): JValue {
    if (name === 'key') return this.key as JValue;
    if (name === 'value') return this.map.get(this.key);
    return undefined;
  }
  override invoke(name: string, args: JValue[]): MethodResult {
    if (name === 'getKey' && !args.length) return this.key as JValue;
    if (name === 'getValue' && !args.length) return this.map.get(this.key);
    if (name === 'setValue' && args.length === 1) {
      const old = this.map.get(this.key);
      notifyMutation(this.map);
      this.map.set(this.key, args[0]);
      return old;
    }
    if (name === 'toString' && !args.length) return this.toJavaString();
    return NO_SUCH_METHOD;
  }
  override toJavaString(): string {
    return `${javaToString(this.key as JValue)}=${javaToString(this.map.get(this.key))}`;
  }
}

function mapArg(v: JValue): JMap {
  if (v instanceof Map) return v;
  if (isNull(v)) throw javaException('java.lang.NullPointerException', 'a null map was passed');
  throw NO_SUCH_METHOD;
}

function put(m: JMap, k: JValue, v: JValue, b: Budget): JValue {
  notifyMutation(m);
  const key = toMapKey(k);
  const old = m.get(key);
  if (!m.has(key)) b.charge(1);
  m.set(key, v);
  return old;
}

export const MAP_METHODS = new Map<string, JavaMethod<JMap>>([
  ['get', (m, [k]) => m.get(toMapKey(k))],
  ['getOrDefault', (m, [k, d]) => (m.has(toMapKey(k)) ? m.get(toMapKey(k)) : d)],
  ['containsKey', (m, [k]) => m.has(toMapKey(k))],
  ['containsValue', (m, [v]) => [...m.values()].some((x) => javaEquals(x, v))],
  ['put', (m, [k, v], b) => put(m, k, v, b)],
  [
    'putIfAbsent',
    (m, [k, v], b) => {
      const old = m.get(toMapKey(k));
      if (!isNull(old)) return old;
      put(m, k, v, b);
      return null;
    },
  ],
  [
    'putAll',
    (m, [o], b) => {
      for (const [k, v] of mapArg(o)) put(m, k as JValue, v, b);
      return null;
    },
  ],
  [
    'remove',
    (m, [k]) => {
      notifyMutation(m);
      const key = toMapKey(k);
      const old = m.get(key);
      m.delete(key);
      return old;
    },
  ],
  ['size', (m) => m.size],
  ['isEmpty', (m) => m.size === 0],
  [
    'keySet',
    (m, _a, b) => {
      b.charge(m.size);
      return [...m.keys()] as JValue[];
    },
  ],
  [
    'values',
    (m, _a, b) => {
      b.charge(m.size);
      return [...m.values()];
    },
  ],
  [
    'entrySet',
    (m, _a, b) => {
      b.charge(m.size);
      return [...m.keys()].map((k) => new MapEntry(m, k));
    },
  ],
  [
    'clear',
    (m) => {
      notifyMutation(m);
      m.clear();
      return null;
    },
  ],
  ['equals', (m, [o]) => javaEquals(m, o)],
  ['toString', (m) => javaToString(m)],
]);
