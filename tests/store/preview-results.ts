// Results and replies for the preview tests (worker/protocol.ts): a finished run with defaults, and its reply.
import type { Trace } from '../../src/engine/trace.ts';
import type { MockStoresState } from '../../src/mocks/mock-stores.ts';
import { EMPTY_STORES } from '../../src/mocks/mock-stores-snapshot.ts';
import type { EngineReply, PreviewResult, PreviewRun } from '../../src/worker/protocol.ts';

export function readyResult(trace: Trace, extras: Partial<PreviewRun> = {}): PreviewResult {
  return {
    status: 'ready',
    message: null,
    run: {
      trace,
      templateDiagnostics: {},
      responseTemplateDiagnostics: {},
      backendRoute: null,
      backendLatencyMs: null,
      mockStores: EMPTY_STORES,
      durationMs: 1,
      designFindings: [],
      selectionCheck: {
        text: '',
        outcome: { selected: null, message: 'No response is selected', notes: [] },
        verdicts: {},
      },
      ...extras,
    },
  };
}

export function resultReply(id: number, result: PreviewResult, mockState?: MockStoresState): EngineReply {
  return { kind: 'result', id, result, echoes: [], ...(mockState ? { mockState } : {}) };
}

export function failureReply(id: number, message: string): EngineReply {
  return resultReply(id, { status: 'failed', run: null, message });
}
