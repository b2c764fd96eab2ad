// The `expect` block of a sample (SampleExpect) checked against a Trace: one Mismatch per expectation that does not
// hold, each saying which field, what was expected and what the engine produced. The one home of what a test checks:
// the `test` command (src/cli/test-run.ts) and the designer's Run all (in the engine's Web Worker) both call
// sampleMismatches, so a sample passes in the browser exactly when it passes in CI. An unknown key is a mismatch too,
// so a typo never passes silently.
import { JSONPath } from 'jsonpath-plus';
import type { SampleExpect } from '../../model/types.ts';
import type { Trace } from '../trace.ts';
import { deepEqual } from '../../model/deep-equal.ts';

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

/** A value as the report shows it: JSON, or `(absent)`. */
export function showValue(value: unknown): string {
  return value === ABSENT ? '(absent)' : JSON.stringify(value);
}

const EXPECTED_FORMAT = {
  json: 'valid JSON',
  xml: 'well-formed XML',
  form: 'URL-encoded form data',
  schema: "a body that matches the sample's schema or model",
} as const;

/** A body that is not what its content type promises fails the test even when no expectation looks at it. */
export function outputMismatches(trace: Trace): Mismatch[] {
  return (trace.outputProblems ?? []).map((p) => ({
    field: p.stage === 'integrationRequest' ? 'integration request body' : 'method response body',
    expected: EXPECTED_FORMAT[p.kind],
    actual:
      p.kind === 'schema'
        ? 'a body that does not'
        : `invalid ${EXPECTED_FORMAT[p.kind].replace(/^(valid|well-formed) /, '')}`,
  }));
}

/** Everything that fails a sample: its `expect` block (none: nothing expected), then its output bodies. */
export function sampleMismatches(expect: SampleExpect | undefined, trace: Trace): Mismatch[] {
  return [...checkExpectations(expect ?? {}, trace), ...outputMismatches(trace)];
}

export { deepEqual };
