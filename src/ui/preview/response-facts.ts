// What the preview says about the response half, read from the Trace (and, for the selection subject, the engine's
// own selectionSubjectFor): how the backend exchange ended, what the integration response was selected on, and in
// which words. Pure, so it is tested without a browser.
import { type SelectionSubject, selectionSubjectFor, type Trace } from '../../engine/index.ts';
import type { Integration } from '../../model/types.ts';
import type { BackendRoute } from '../../worker/protocol.ts';

export type BackendOutcome =
  | { kind: 'answered'; functionError: { errorMessage: string | null; errorType: string | null } | null }
  | { kind: 'timeout'; message: string }
  | { kind: 'unreachable'; message: string }
  | { kind: 'not-called' };

/** How the backend call ended, as the engine recorded it (Trace.backendCall). */
export function backendOutcome(trace: Trace): BackendOutcome {
  const call = trace.backendCall;
  if (!call) return { kind: 'not-called' };
  if (call.outcome === 'answered') return { kind: 'answered', functionError: call.functionError };
  return { kind: call.outcome, message: call.message ?? '' };
}

export const ROUTE_WORDS: Record<Exclude<BackendRoute, null>, string> = {
  'in-process': "answered by the mock backend (MSW's handlers, in the engine worker)",
  network: 'answered by the real endpoint (backend.live)',
};

/** The integration latency the engine measured and logged ("Integration latency: N ms"), or null when not called. */
export function integrationLatencyMs(trace: Trace): number | null {
  return trace.backendCall?.latencyMs ?? null;
}

export interface SelectionExplanation {
  /** What the patterns were matched against, in words: `status code 404`, `Lambda errorMessage "Bad request"`. */
  subject: string;
  /** How the selected response was chosen. */
  how: string;
}

export function subjectWords(subject: SelectionSubject): string {
  if (subject.kind === 'status') return `status code ${subject.statusCode}`;
  if (!subject.functionError)
    return 'the Lambda errorMessage (none: the function succeeded, matched as an empty string)';
  return `the Lambda errorMessage ${JSON.stringify(subject.errorMessage ?? '')}`;
}

/** Why the trace's integration response was selected, or null when none was (proxies, failures before it). */
export function explainSelection(
  trace: Trace,
  integration: Pick<Integration, 'type' | 'uri'>,
): SelectionExplanation | null {
  const selected = trace.integrationResponse;
  const subject =
    trace.responseDetails?.selectionSubject ?? (trace.backend ? selectionSubjectFor(integration, trace.backend) : null);
  const words = subject ? subjectWords(subject) : 'the MOCK integration status code';
  if (!selected) return null;
  return {
    subject: words,
    how:
      selected.selectionPattern === null
        ? `the default response (no selection pattern), because no pattern matched ${words}`
        : `selection pattern ${selected.selectionPattern} matched ${words}`,
  };
}

/** Proxy integrations have no integration response: the backend's answer is passed through (or parsed). */
export function proxyWords(type: Integration['type']): string | null {
  if (type === 'HTTP_PROXY')
    return 'HTTP_PROXY: no integration response; the backend response goes to the client as it is.';
  if (type === 'AWS_PROXY')
    return 'AWS_PROXY: no integration response; the function result is parsed as the proxy response object.';
  return null;
}
