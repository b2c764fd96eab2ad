// The "does it match?" check of the integration responses editor. Every verdict comes from the engine's own
// selection function (select-integration-response.ts); this file asks it for a subject (selection-subject.ts builds
// it from what the user typed), one response at a time and for the whole set.
// The engine worker runs checkSelection for each preview run's own subject (the check the editor shows by default,
// worker/protocol.ts PreviewRun.selectionCheck); the page runs it itself only for a subject the user types, from a
// chunk it loads then: the Java-regex engine (re2js) stays out of the page's first download.
import type { Integration, IntegrationResponse } from '../../model/types.ts';
import type { TraceInvalidPattern } from '../trace.ts';
import { selectIntegrationResponse } from './select-integration-response.ts';
import { type SelectionSubject, subjectFromText } from './selection-subject.ts';

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

/** The whole check for one subject text: the set's outcome and each integration response's verdict, by its key. */
export interface SelectionCheck {
  /** The subject as the editor shows it (a status code, or a Lambda errorMessage; '' when there was no answer). */
  text: string;
  outcome: SelectionOutcome;
  verdicts: Record<string, PatternVerdict>;
}

export function checkSelection(
  integration: Pick<Integration, 'type' | 'uri' | 'integrationResponses'>,
  text: string,
): SelectionCheck {
  const subject = subjectFromText(integration, text);
  const responses = integration.integrationResponses;
  const verdicts: Record<string, PatternVerdict> = {};
  for (const [key, response] of Object.entries(responses ?? {}))
    verdicts[key] = patternVerdict(
      key,
      { statusCode: response?.statusCode ?? key, selectionPattern: response?.selectionPattern ?? '' },
      subject,
    );
  return { text, outcome: selectionOutcome(responses, subject), verdicts };
}
