// The engine's Web Worker: runs simulate() off the main thread so typing never waits for a template, and so a
// runaway template can be stopped by terminating this worker (see engine-client.ts).
import { renderTemplate, simulate } from '../engine/index.ts';
import { createDesignBackend } from '../mocks/design-backend.ts';
import { MockSession } from '../mocks/mock-session.ts';
import type { EngineReply, EngineRequest } from './protocol.ts';
import { allTemplateDiagnostics, type EngineErrorLike } from './template-diagnostics.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage: (message: EngineReply) => void;
};

const mockSession = new MockSession({ deterministic: true });

scope.onmessage = (event) => {
  void handle(event.data);
};

async function handle(message: EngineRequest): Promise<void> {
  const started = performance.now();
  try {
    const { design, sample } = message;
    // Deterministic ids and times: the preview should change only when the design or the sample does.
    // The design's mock backends answer in-process (nothing leaves the machine); S3 objects and DynamoDB items
    // written by earlier runs persist in the session.
    const trace = await simulate(design, sample, { deterministic: true, backend: createDesignBackend(design, mockSession) });
    const templateDiagnostics = allTemplateDiagnostics(design.integration.requestTemplates, trace, (template) => {
      try {
        const result = renderTemplate(template, sample, design, { deterministic: true }) as { error?: EngineErrorLike };
        return result.error ?? null;
      } catch {
        return null; // the sample does not fit the design: the trace already says so
      }
    });
    scope.postMessage({ kind: 'trace', id: message.id, trace, templateDiagnostics, durationMs: performance.now() - started });
  } catch (e) {
    scope.postMessage({ kind: 'failure', id: message.id, message: `the engine failed: ${(e as Error).message ?? String(e)}` });
  }
}
