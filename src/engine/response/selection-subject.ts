// What integration-response selection patterns are matched against
// (docs/apigw-behaviour.md#integration-response-selection): "If the back end is an AWS Lambda function, the AWS Lambda function error header is matched. For all other HTTP and
// AWS back ends, the HTTP status code is matched."
// (https://docs.aws.amazon.com/apigateway/latest/api/API_IntegrationResponse.html). Free of the Java-regex engine,
// which only select-integration-response.ts needs: the page prefills the "does it match?" check from here.
import type { Integration } from '../../model/types.ts';
import { isLambdaUri } from '../../model/aws-integration-uri.ts';
import type { Trace, TraceResponse } from '../trace.ts';
import { headerValue } from './response-headers.ts';

export type SelectionSubject =
  | { kind: 'status'; statusCode: string }
  | { kind: 'lambda'; functionError: boolean; errorMessage: string | null; errorType: string | null };

/**
 * A Lambda custom integration: type AWS whose URI is the Lambda Invoke path
 * (docs/apigw-behaviour.md#aws-integration-uri).
 */
export function isLambdaCustomIntegration(integration: Pick<Integration, 'type' | 'uri'>): boolean {
  return integration.type === 'AWS' && isLambdaUri(integration.uri);
}

/** What the selection patterns are matched against, for this integration and backend response. */
export function selectionSubjectFor(
  integration: Pick<Integration, 'type' | 'uri'>,
  backend: TraceResponse,
): SelectionSubject {
  if (!isLambdaCustomIntegration(integration)) return { kind: 'status', statusCode: String(backend.statusCode) };
  if (headerValue(backend.headers, 'X-Amz-Function-Error') === undefined) {
    return { kind: 'lambda', functionError: false, errorMessage: null, errorType: null };
  }
  const error = parseLambdaError(backend.body);
  return { kind: 'lambda', functionError: true, errorMessage: error.errorMessage, errorType: error.errorType };
}

/** `{errorMessage, errorType, stackTrace}` of a Lambda function error body; non-string messages are JSON text. */
export function parseLambdaError(body: string): { errorMessage: string | null; errorType: string | null } {
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      const { errorMessage, errorType } = parsed as Record<string, unknown>;
      return {
        errorMessage:
          errorMessage == null ? null : typeof errorMessage === 'string' ? errorMessage : JSON.stringify(errorMessage),
        errorType: typeof errorType === 'string' ? errorType : null,
      };
    }
  } catch {
    // not JSON: no errorMessage to match
  }
  return { errorMessage: null, errorType: null };
}

export function subjectText(subject: SelectionSubject): string {
  return subject.kind === 'status' ? subject.statusCode : (subject.errorMessage ?? '');
}

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
