// Integration-response selection by selectionPattern (docs/apigw-behaviour.md#integration-response-selection).
// - Lambda custom integrations (type AWS with a Lambda invoke URI): the pattern is matched against the errorMessage
//   of a function error ("If the back end is an AWS Lambda function, the AWS Lambda function error header is matched.
//   For all other HTTP and AWS back ends, the HTTP status code is matched." API_IntegrationResponse.html).
//   A successful result has no errorMessage; it is matched as the empty string, so `.+` selects errors only (the API
//   reference's own advice) and `.*` catches successes too. LS-snap test_lambda_selection_patterns (real AWS,
//   2025-05-05): a response with pattern `200` is NOT chosen for a successful Lambda; the default is.
// - Everything else (HTTP, AWS services, MOCK): the backend status code as a string, e.g. `2\d{2}`.
// - Full match, Java regex on the linear-time engine (src/model/java-regex.ts). No/empty pattern = the default
//   response.
// - Nothing matches and no default -> 500; the selected status has no method response -> 500 (DG
//   api-gateway-integration-settings-integration-response).
// - Several patterns match: undocumented; we take the first in document order and say so in the log.
import type { IntegrationResponse, MethodResponse } from '../../model/types.ts';
import type { TraceInvalidPattern } from '../trace.ts';
import { compileJavaRegex } from '../../model/java-regex.ts';
import { type SelectionSubject, subjectText } from './selection-subject.ts';

// What the patterns are matched against lives on its own (selection-subject.ts): the page needs it without the
// Java-regex engine. Re-exported for the engine's own modules and tests.
export {
  isLambdaCustomIntegration,
  parseLambdaError,
  type SelectionSubject,
  selectionSubjectFor,
  subjectText,
} from './selection-subject.ts';

export type SelectionResult = (
  | { ok: true; statusCode: string; selectionPattern: string | null; response: IntegrationResponse }
  | {
      ok: false;
      logLine: string;
      /** The log line without its "Execution failed due to configuration error: " prefix. */
      reason: string;
    }
) & {
  notes: string[];
  /** Patterns that do not compile as Java regular expressions: their responses are never selected. */
  invalidPatterns: TraceInvalidPattern[];
};

const CONFIGURATION_ERROR = 'Execution failed due to configuration error: ';

function hasPattern(response: IntegrationResponse): response is IntegrationResponse & { selectionPattern: string } {
  return typeof response.selectionPattern === 'string' && response.selectionPattern !== '';
}

export function selectIntegrationResponse(
  integrationResponses: Record<string, IntegrationResponse> | undefined,
  subject: SelectionSubject,
  methodResponses?: Record<string, MethodResponse>,
): SelectionResult {
  const notes: string[] = [];
  const invalidPatterns: TraceInvalidPattern[] = [];
  const text = subjectText(subject);
  const entries = Object.entries(integrationResponses ?? {}).map(([key, r]) => ({
    ...r,
    statusCode: r.statusCode ?? key,
  }));
  const matching = entries.filter(hasPattern).filter((r) => {
    try {
      return compileJavaRegex(r.selectionPattern).matches(text);
    } catch (e) {
      const message = (e as Error).message;
      invalidPatterns.push({ statusCode: r.statusCode, selectionPattern: r.selectionPattern, message });
      notes.push(
        `selectionPattern ${JSON.stringify(r.selectionPattern)} of response ${r.statusCode} ignored: ${message}`,
      );
      return false;
    }
  });
  if (matching.length > 1) {
    notes.push(
      `Several selection patterns match (${matching.map((r) => r.statusCode).join(', ')}); API Gateway does not document which wins: using the first, ${matching[0]!.statusCode}`,
    );
  }
  const selected = matching[0] ?? entries.find((r) => !hasPattern(r));
  if (!selected) {
    // Wording as AWS execution logs print it (reproduced in LocalStack's integration_response.py; not in the DG).
    const what =
      subject.kind === 'status'
        ? `Endpoint Response Status Code: ${text}`
        : `Lambda errorMessage: ${subject.errorMessage ?? 'null'}`;
    const reason = `No match for output mapping and no default output mapping configured. ${what}`;
    return { ok: false, notes, invalidPatterns, reason, logLine: CONFIGURATION_ERROR + reason };
  }
  if (
    methodResponses &&
    !Object.values(methodResponses).some((m) => m.statusCode === selected.statusCode) &&
    !(selected.statusCode in methodResponses)
  ) {
    // Wording remembered from AWS execution logs; unverified.
    const reason = `Output mapping refers to an invalid method response: ${selected.statusCode}`;
    return { ok: false, notes, invalidPatterns, reason, logLine: CONFIGURATION_ERROR + reason };
  }
  return {
    ok: true,
    statusCode: selected.statusCode,
    selectionPattern: hasPattern(selected) ? selected.selectionPattern : null,
    response: selected,
    notes,
    invalidPatterns,
  };
}
