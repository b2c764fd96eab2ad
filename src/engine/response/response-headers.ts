// Header-map helpers for responses. HTTP header names are case-insensitive (RFC 9110 §5.1), so lookups ignore case
// while the maps keep the casing they were given (the trace shows what the backend or mapping wrote).

/** The key under which `name` is stored in `map`, whatever its case, or undefined. */
export function findHeaderKey(map: Record<string, unknown> | undefined, name: string): string | undefined {
  if (!map) return undefined;
  if (Object.hasOwn(map, name)) return name;
  const lower = name.toLowerCase();
  return Object.keys(map).find((k) => k.toLowerCase() === lower);
}

export function headerValue(map: Record<string, string> | undefined, name: string): string | undefined {
  const key = findHeaderKey(map, name);
  return key === undefined ? undefined : map![key];
}

/** Sets a header, replacing any existing entry of the same name in another case. */
export function setHeader(map: Record<string, string>, name: string, value: string): void {
  const key = findHeaderKey(map, name);
  if (key !== undefined) delete map[key];
  map[name] = value;
}
