// What the page receives from the engine worker, checked on arrival (a structured clone crosses the thread boundary:
// each side checks what it gets instead of trusting the types in protocol.ts). Written out by hand, not with zod:
// this runs on the page's thread for every reply, the first one included, and a zod object schema's first parse
// compiles a parser of its own (4–22 ms for the first run's result, measured in Node; on the page that was between
// the worker's answer and the first preview), and building the schemas at import was part of the app's start-up.
// The fields checked are the ones the page shows as they come: a problem's what and where, a finding's code, message
// and location, the selection check's words; the rest of a run is the engine's own Trace.
import type { EngineReply } from './protocol.ts';

type Check = (value: unknown) => boolean;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const string: Check = (value) => typeof value === 'string';
const boolean: Check = (value) => typeof value === 'boolean';
/** A finite number, as zod's z.number() accepted (no NaN, no Infinity). */
const number: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const nullable =
  (check: Check): Check =>
  (value) =>
    value === null || check(value);
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value);
const oneOf =
  (...values: string[]): Check =>
  (value) =>
    typeof value === 'string' && values.includes(value);
const arrayOf =
  (check: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(check);
const recordOf =
  (check: Check): Check =>
  (value) =>
    isRecord(value) && Object.values(value).every(check);
/** An object with at least these fields (others are let through, as the page ignores them). */
const shape =
  (fields: Record<string, Check>): Check =>
  (value) =>
    isRecord(value) && Object.entries(fields).every(([name, check]) => check(value[name]));

const selectionCheck = shape({
  text: string,
  outcome: shape({ selected: nullable(string), message: string, notes: arrayOf(string) }),
  verdicts: recordOf(
    (verdict) =>
      shape({ kind: oneOf('matches', 'no-match', 'default') })(verdict) ||
      shape({ kind: oneOf('invalid'), message: string })(verdict),
  ),
});

const readyRun = shape({
  trace: shape({ log: arrayOf(string) }),
  templateDiagnostics: recordOf(arrayOf(() => true)),
  durationMs: number,
  // The validation panel lists these: each must say what (code, message) and where (location).
  designFindings: arrayOf(shape({ code: string, message: string, location: string })),
  // The responses editor shows these words as they are.
  selectionCheck,
});

const result = (value: unknown) =>
  shape({ status: oneOf('ready'), run: readyRun })(value) ||
  shape({ status: oneOf('stopped', 'failed'), message: string })(value);

const REPLIES: Record<EngineReply['kind'], Check> = {
  result: shape({
    id: number,
    result,
    echoes: arrayOf(oneOf('methodRequest', 'integrationRequest', 'backend', 'methodResponse')),
  }),
  // Each is shown with a link to its field: it must say what (message) and where (path).
  problems: shape({
    id: number,
    problems: arrayOf(shape({ path: string, message: string, severity: optional(oneOf('error', 'warning')) })),
  }),
  waiting: shape({ id: number, waiting: boolean }),
  ready: () => true,
  resend: shape({ id: number }),
  'batch-result': shape({
    id: number,
    outcomes: arrayOf(
      shape({
        key: string,
        sampleIndex: number,
        sampleName: string,
        passed: boolean,
        statusCode: nullable(number),
        mismatches: arrayOf(shape({ field: string })),
        error: nullable(string),
      }),
    ),
  }),
};

/** What the page received from the worker, checked; null when it is not a reply of this protocol. */
export function checkEngineReply(value: unknown): EngineReply | null {
  if (!isRecord(value) || typeof value.kind !== 'string' || !Object.hasOwn(REPLIES, value.kind)) return null;
  return REPLIES[value.kind as EngineReply['kind']](value) ? (value as unknown as EngineReply) : null;
}
