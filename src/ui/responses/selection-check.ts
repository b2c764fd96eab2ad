// The "does it match?" check of the integration responses editor. Every verdict comes from the engine's own
// selection function (src/engine/response/select-integration-response.ts); this file only builds the subject from
// what the user typed and asks the engine, one response at a time and for the whole set.
import {
  isLambdaCustomIntegration,
  type Trace,
  type TraceInvalidPattern,
  selectIntegrationResponse,
  selectionSubjectFor,
  subjectText,
  type SelectionSubject,
} from '../../engine/index.ts';
import type { Integration, IntegrationResponse } from '../../model/types.ts';

export type SubjectKind = 'lambda-error' | 'status';

/** Lambda custom integrations match the function's errorMessage; everything else the backend's status code. */
export function subjectKind(integration: Pick<Integration, 'type' | 'uri'>): SubjectKind {
  return isLambdaCustomIntegration(integration) ? 'lambda-error' : 'status';
}

/** The subject for a typed text: a status code, or a Lambda errorMessage (empty: the function succeeded). */
export function subjectFromText(integration: Pick<Integration, 'type' | 'uri'>, text: string): SelectionSubject {
  if (subjectKind(integration) === 'status') return { kind: 'status', statusCode: text };
  return text === ''
    ? { kind: 'lambda', functionError: false, errorMessage: null, errorType: null }
    : { kind: 'lambda', functionError: true, errorMessage: text, errorType: null };
}

/** The subject of the last run's backend answer, as text (to prefill the check), or null when there was none. */
export function traceSubjectText(integration: Pick<Integration, 'type' | 'uri'>, trace: Trace | null): string | null {
  if (!trace?.backend) return null;
  // The engine records what it matched the patterns against; older traces (or proxies) fall back to asking it.
  const subject = trace.responseDetails?.selectionSubject ?? selectionSubjectFor(integration, trace.backend);
  return subjectText(subject);
}

export type PatternVerdict =
  | { kind: 'matches' }
  | { kind: 'no-match' }
  | { kind: 'default' }
  | { kind: 'invalid'; message: string };

/** Whether one integration response's selection pattern matches the subject (the engine's answer for it alone). */
export function patternVerdict(key: string, response: IntegrationResponse, subject: SelectionSubject): PatternVerdict {
  if (typeof response.selectionPattern !== 'string' || response.selectionPattern === '') return { kind: 'default' };
  const result = selectIntegrationResponse({ [key]: response }, subject);
  if (result.ok) return { kind: 'matches' };
  const invalid = result.invalidPatterns[0];
  return invalid ? { kind: 'invalid', message: invalidWords(invalid) } : { kind: 'no-match' };
}

function invalidWords(invalid: TraceInvalidPattern): string {
  return `selectionPattern ${JSON.stringify(invalid.selectionPattern)} of response ${invalid.statusCode} ignored: ${invalid.message}`;
}

export interface SelectionOutcome {
  /** The status code of the integration response API Gateway would select, or null (500). */
  selected: string | null;
  message: string;
  notes: string[];
}

/** Which integration response the whole set selects for the subject, in words. */
export function selectionOutcome(
  responses: Record<string, IntegrationResponse> | undefined,
  subject: SelectionSubject,
): SelectionOutcome {
  const result = selectIntegrationResponse(responses, subject);
  if (!result.ok)
    return {
      selected: null,
      message: `No response is selected: API Gateway answers 500 (${result.reason})`,
      notes: result.notes,
    };
  const how = result.selectionPattern === null ? 'the default response' : `pattern ${result.selectionPattern}`;
  return { selected: result.statusCode, message: `Selects ${result.statusCode} (${how})`, notes: result.notes };
}
