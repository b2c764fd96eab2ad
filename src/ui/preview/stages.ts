// The five stages of the console's method execution diagram, and what the trace says about each. This only reads
// the trace: whether a stage ran and whether it failed is what the engine recorded.
import type { Trace, TraceError } from '../../engine/index.ts';
import type { StageId } from '../../store/ui-slice.ts';

export const STAGES: ReadonlyArray<{ id: StageId; title: string }> = [
  { id: 'method-request', title: 'Method request' },
  { id: 'integration-request', title: 'Integration request' },
  { id: 'backend', title: 'Backend' },
  { id: 'integration-response', title: 'Integration response' },
  { id: 'method-response', title: 'Method response' },
];

const ERROR_STAGE: Record<TraceError['stage'], StageId> = {
  method: 'method-request',
  parameters: 'integration-request',
  template: 'integration-request',
  content: 'integration-request',
  configuration: 'integration-request',
  integration: 'integration-request',
  backend: 'backend',
  response: 'integration-response',
};

export type StageState = 'done' | 'failed' | 'skipped';

export function stageOfError(error: TraceError): StageId {
  return ERROR_STAGE[error.stage] ?? 'integration-request';
}

/** The stage of the trace's error; the engine says whether a failed template was the request's or the response's. */
export function stageOfTraceError(trace: Trace): StageId | null {
  if (!trace.error) return null;
  if (trace.error.stage === 'template' && trace.error.template === 'response') return 'integration-response';
  return stageOfError(trace.error);
}

export function stageState(trace: Trace, stage: StageId): StageState {
  if (stageOfTraceError(trace) === stage) return 'failed';
  switch (stage) {
    case 'method-request':
      return trace.methodRequest ? 'done' : 'skipped';
    case 'integration-request':
      return trace.integrationRequest ? 'done' : trace.templateSelection?.outcome === 'REJECTED' ? 'failed' : 'skipped';
    case 'backend':
      return trace.backend ? 'done' : 'skipped';
    case 'integration-response':
      return trace.integrationResponse || passedThrough(trace) ? 'done' : 'skipped';
    case 'method-response':
      return trace.methodResponse ? 'done' : 'skipped';
  }
}

/** A short summary under each stage's title. */
export function stageSummary(trace: Trace, stage: StageId): string {
  switch (stage) {
    case 'method-request':
      return trace.methodRequest ? `${trace.methodRequest.method} ${trace.methodRequest.path}` : '';
    case 'integration-request':
      if (trace.integrationRequest) return `${trace.integrationRequest.method} ${trace.integrationRequest.url}`;
      return trace.templateSelection?.outcome === 'REJECTED' ? 'rejected' : '';
    case 'backend':
      if (trace.backend)
        return trace.backendCall?.functionError
          ? `${trace.backend.statusCode} function error`
          : String(trace.backend.statusCode);
      if (trace.backendCall?.outcome === 'timeout') return 'timed out';
      if (trace.backendCall?.outcome === 'unreachable') return 'no answer';
      return '';
    case 'integration-response':
      if (trace.integrationResponse) return trace.integrationResponse.statusCode;
      return passedThrough(trace) ? 'proxy: passed through' : '';
    case 'method-response':
      return trace.methodResponse ? String(trace.methodResponse.statusCode) : '';
  }
}

/** A proxy integration's response half: a backend answer became the method response with no integration response. */
function passedThrough(trace: Trace): boolean {
  return (
    trace.backend !== null &&
    trace.integrationResponse === null &&
    trace.methodResponse !== null &&
    trace.error === null
  );
}
