// The five stages of the console's method execution diagram, and what the trace says about each. This only reads
// the trace: whether a stage ran and whether it failed is what the engine recorded.
import type { Trace, TraceError } from '../../engine/trace.ts';
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

export function stageState(trace: Trace, stage: StageId): StageState {
  if (trace.error && stageOfError(trace.error) === stage) return 'failed';
  switch (stage) {
    case 'method-request':
      return trace.methodRequest ? 'done' : 'skipped';
    case 'integration-request':
      return trace.integrationRequest ? 'done' : trace.templateSelection?.outcome === 'REJECTED' ? 'failed' : 'skipped';
    case 'backend':
      return trace.backend ? 'done' : 'skipped';
    case 'integration-response':
      return trace.integrationResponse ? 'done' : 'skipped';
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
      return trace.backend ? String(trace.backend.statusCode) : '';
    case 'integration-response':
      return trace.integrationResponse ? trace.integrationResponse.statusCode : '';
    case 'method-response':
      return trace.methodResponse ? String(trace.methodResponse.statusCode) : '';
  }
}
