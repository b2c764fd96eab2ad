// The execution log the console's method "Test" prints (TestInvokeMethod's `log`), line for line. Wording and layout
// follow real test-invoke output and the Developer Guide's examples, e.g.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html (Example 1 log):
//   Tue Feb 04 00:28:36 UTC 2025 : Method request headers: {puppies=true}
//   Tue Feb 04 00:28:36 UTC 2025 : Endpoint request URI: http://petstore-demo-endpoint.execute-api.com/petstore/pets

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A log message longer than this is cut and ends with " [TRUNCATED]". Measured on a real test-invoke log
 * ("Endpoint request body after transformations: " + 979 characters = 1024); AWS does not document the limit.
 */
export const LOG_MESSAGE_LIMIT = 1024;

const pad = (n: number) => String(n).padStart(2, '0');

/** Java's Date.toString() in UTC: `Thu Jan 01 00:00:00 UTC 2026`. */
export function formatLogTimestamp(date: Date): string {
  return (
    `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} UTC ${date.getUTCFullYear()}`
  );
}

/** A Java Map's toString(): `{petId=42, kind=dog}`; several values of one key are comma-joined. */
export function javaMapString(map: Record<string, string | readonly string[]>): string {
  const entries = Object.entries(map).map(([k, v]) => `${k}=${typeof v === 'string' ? v : v.join(',')}`);
  return `{${entries.join(', ')}}`;
}

export function truncateLogMessage(message: string): string {
  return message.length > LOG_MESSAGE_LIMIT ? `${message.slice(0, LOG_MESSAGE_LIMIT)} [TRUNCATED]` : message;
}

/**
 * How a body appears in the log: its text, or a marker for binary payloads (their bytes are not printed). Only the
 * part the truncated message can show is kept: cutting a line built around a 5 MB body first copied all of it.
 */
export function logBody(body: string, isBinary: boolean): string {
  if (isBinary) return '[Binary Data]';
  return body.length > LOG_MESSAGE_LIMIT ? body.slice(0, LOG_MESSAGE_LIMIT + 1) : body;
}

/** Collects log lines stamped with one (injected) clock reading, as the deterministic engine requires. */
export class ExecutionLog {
  readonly lines: string[];
  private readonly stamp: string;

  constructor(requestId: string, at: Date) {
    this.stamp = formatLogTimestamp(at);
    this.lines = [`Execution log for request ${requestId}`];
  }

  add(message: string): void {
    this.lines.push(`${this.stamp} : ${truncateLogMessage(message)}`);
  }
}
