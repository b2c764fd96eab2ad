// What the response half of the engine hands back to simulate: the Trace's integrationResponse / methodResponse /
// error, the log lines, and details the preview can show (why a template or conversion applied).
import type { TraceError, TraceHeaderRule, TraceResponse, TraceResponseDetails } from '../trace.ts';

export type ResponseDetails = TraceResponseDetails;

export interface ResponseStageResult {
  integrationResponse: { statusCode: string; selectionPattern: string | null } | null;
  methodResponse: TraceResponse;
  log: string[];
  error: TraceError | null;
  details: ResponseDetails;
  /** Mapped response headers API Gateway renamed or dropped (reserved-headers.ts). */
  headerRules?: TraceHeaderRule[];
}
