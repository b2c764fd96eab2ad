// The fields of the selected sample's JSON body, for completions inside `$input.path('$.` and `$input.json('$.`.
// Parsing is cached per body text: completions are asked for on every keystroke.

export interface SampleField {
  name: string;
  /** `object`, `array`, `string`, `number`, `boolean` or `null`. */
  type: string;
  /** A short rendering of the value, for the completion's detail. */
  preview: string;
}

let cachedText: string | null = null;
let cachedValue: unknown;

function parseCached(body: string): unknown {
  if (body !== cachedText) {
    cachedText = body;
    try {
      cachedValue = JSON.parse(body);
    } catch {
      cachedValue = undefined;
    }
  }
  return cachedValue;
}

/** Splits a JSONPath prefix like `$.pets[0].owner` (or `.pets[0].owner`) into `['pets', 0, 'owner']`. */
export function jsonPathSegments(path: string): Array<string | number> | null {
  const rest = path.replace(/^\$/, '');
  const segments: Array<string | number> = [];
  const re = /\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[\s*'([^']*)'\s*\]|\[\s*"([^"]*)"\s*\]/y;
  let at = 0;
  while (at < rest.length) {
    re.lastIndex = at;
    const m = re.exec(rest);
    if (!m) return null;
    segments.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (m[3] ?? m[4]!)));
    at = re.lastIndex;
  }
  return segments;
}

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

function preview(v: unknown): string {
  const text =
    typeof v === 'string'
      ? JSON.stringify(v)
      : Array.isArray(v)
        ? `[${v.length} items]`
        : v && typeof v === 'object'
          ? '{…}'
          : String(v);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * The fields of the object found at `segments` in the JSON body (array items are looked through to their first item).
 */
export function sampleFieldsAt(body: string | null | undefined, segments: Array<string | number>): SampleField[] {
  if (!body) return [];
  let value = parseCached(body);
  for (const s of segments) {
    if (value === null || typeof value !== 'object') return [];
    value = (value as Record<string | number, unknown>)[s];
  }
  if (Array.isArray(value)) value = value[0];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).map(([name, v]) => ({
    name,
    type: typeOf(v),
    preview: preview(v),
  }));
}
