// Records keyed by names a stranger chooses (query and header names, path parameter names, mapping expressions):
// a name such as `constructor`, `toString` or `__proto__` must be data, never reach Object.prototype (which would
// put "function Object() { [native code] }" in a value, or replace a record's prototype on assignment).

/** record[key] when it is the record's own property; undefined otherwise (never an inherited member). */
export function ownValue<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** record[key] = value as an own data property (plain assignment to `__proto__` would set the prototype). */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
}
