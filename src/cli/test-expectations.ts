// The `expect` block of a sample (SampleExpect) checked against a Trace: one Mismatch per expectation that does not
// hold, each saying which field, what was expected and what the engine produced. Pure, so the `test` command and
// the UI can share it. An unknown key is a mismatch too, so a typo in CI never passes silently.
import { JSONPath } from 'jsonpath-plus';
import type { SampleExpect } from '../model/types.ts';
import type { Trace } from '../engine/index.ts';

export interface Mismatch {
  /** e.g. `status`, `methodResponseJson $.message`, `headers.Content-Type`. */
  field: string;
  expected: unknown;
  /** undefined: absent. */
  actual: unknown;
  note?: string;
}

export const ABSENT = undefined;

const KNOWN = new Set([
  'status',
  'integrationRequestBody',
  'integrationRequestJson',
  'integrationRequestUrl',
  'integrationRequestHeaders',
  'methodResponseBody',
  'methodResponseJson',
  'headers',
]);

export function checkExpectations(expect: SampleExpect, trace: Trace): Mismatch[] {
  const out: Mismatch[] = [];
  for (const key of Object.keys(expect)) {
    if (!KNOWN.has(key))
      out.push({
        field: key,
        expected: expect[key],
        actual: ABSENT,
        note: `unknown expectation (known: ${[...KNOWN].join(', ')})`,
      });
  }
  const ir = trace.integrationRequest;
  const mr = trace.methodResponse;
  if (expect.status !== undefined) compare(out, 'status', expect.status, mr?.statusCode);
  if (expect.integrationRequestBody !== undefined)
    compare(out, 'integrationRequestBody', expect.integrationRequestBody, ir?.body);
  if (expect.integrationRequestUrl !== undefined)
    compare(out, 'integrationRequestUrl', expect.integrationRequestUrl, ir?.url);
  if (expect.methodResponseBody !== undefined) compare(out, 'methodResponseBody', expect.methodResponseBody, mr?.body);
  checkJson(out, 'integrationRequestJson', expect.integrationRequestJson, ir?.body);
  checkJson(out, 'methodResponseJson', expect.methodResponseJson, mr?.body);
  checkHeaders(out, 'integrationRequestHeaders', expect.integrationRequestHeaders, ir?.headers);
  checkHeaders(out, 'headers', expect.headers, mr?.headers);
  return out;
}

function compare(out: Mismatch[], field: string, expected: unknown, actual: unknown): void {
  if (!deepEqual(expected, actual)) out.push({ field, expected, actual });
}

function checkJson(
  out: Mismatch[],
  field: string,
  paths: Record<string, unknown> | undefined,
  body: string | undefined,
): void {
  if (paths === undefined) return;
  let json: unknown;
  try {
    json = body === undefined ? undefined : JSON.parse(body);
  } catch {
    out.push({ field, expected: paths, actual: body, note: 'the body is not JSON' });
    return;
  }
  for (const [path, expected] of Object.entries(paths)) {
    const full = path.startsWith('$') ? path : `$.${path}`;
    let actual: unknown;
    try {
      const found =
        json === undefined
          ? []
          : (JSONPath({ path: full, json: json as object, wrap: true, eval: 'safe' }) as unknown[]);
      actual = found.length === 0 ? ABSENT : found.length === 1 ? found[0] : found;
    } catch (e) {
      out.push({
        field: `${field} ${full}`,
        expected,
        actual: ABSENT,
        note: `invalid JSONPath: ${(e as Error).message}`,
      });
      continue;
    }
    compare(out, `${field} ${full}`, expected, actual);
  }
}

function checkHeaders(
  out: Mismatch[],
  field: string,
  expected: Record<string, string | null> | undefined,
  headers: Record<string, string> | undefined,
): void {
  if (expected === undefined) return;
  for (const [name, value] of Object.entries(expected)) {
    const key = Object.keys(headers ?? {}).find((k) => k.toLowerCase() === name.toLowerCase());
    const actual = key === undefined ? ABSENT : headers![key];
    if (value === null ? actual !== ABSENT : actual !== value)
      out.push({ field: `${field}.${name}`, expected: value === null ? ABSENT : value, actual });
  }
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** A value as the report shows it: JSON, or `(absent)`. */
export function showValue(value: unknown): string {
  return value === ABSENT ? '(absent)' : JSON.stringify(value);
}

/** Report lines for one mismatch, indented under the sample's ✗ line; long or multi-line text as a line diff. */
export function formatMismatch(m: Mismatch, indent = '    '): string[] {
  const head = `${indent}${m.field}${m.note ? ` (${m.note})` : ''}:`;
  if (
    typeof m.expected === 'string' &&
    typeof m.actual === 'string' &&
    (m.expected.includes('\n') || m.actual.includes('\n') || m.expected.length + m.actual.length > 100)
  ) {
    return [head, ...lineDiff(m.expected, m.actual).map((l) => `${indent}  ${l}`)];
  }
  return [`${head} expected ${showValue(m.expected)}, got ${showValue(m.actual)}`];
}

/** A minimal line diff (longest common subsequence): `- expected line`, `+ actual line`, `  same line`. */
export function lineDiff(expected: string, actual: string): string[] {
  const a = expected.split('\n');
  const b = actual.split('\n');
  if (a.length * b.length > 250_000) return [...a.map((l) => `- ${l}`), ...b.map((l) => `+ ${l}`)];
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push(`  ${a[i]}`);
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) out.push(`- ${a[i++]}`);
    else out.push(`+ ${b[j++]}`);
  }
  return out;
}
