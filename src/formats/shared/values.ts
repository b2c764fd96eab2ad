// Small helpers on plain JSON-like values shared by the exporters and importers.

export type PlainObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is PlainObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A copy without the keys whose value is null or undefined (API Gateway omits unset fields in its answers). */
export function withoutNulls<T extends PlainObject>(object: T): T {
  const out: PlainObject = {};
  for (const [key, value] of Object.entries(object)) if (value !== null && value !== undefined) out[key] = value;
  return out as T;
}

/** True for null, undefined, {} and []: fields an export can leave out without changing what is deployed. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  return isPlainObject(value) && Object.keys(value).length === 0;
}

/** Entries of a string map in a stable order (status codes, content types), so exports diff well. */
export function sortedEntries<V>(map: Record<string, V> | null | undefined): [string, V][] {
  return Object.entries(map ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** "Create pet!" -> "create-pet": for file names. */
export function slugify(name: string, fallback = 'integration'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || fallback;
}

/** "create pet" -> "CreatePet": for CloudFormation logical ids and Terraform names (letters and digits only). */
export function pascalCase(name: string, fallback: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const joined = words
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('')
    .slice(0, 60);
  return /^[A-Za-z]/.test(joined) ? joined : fallback;
}

/** Text for a one-line comment (`#` in bash and HCL): a line break there would end the comment and run the rest. */
export function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this replaces
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ');
}
