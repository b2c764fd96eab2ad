// The engine's Web Worker: runs simulate() off the main thread so typing never waits for a template, and so a
// runaway template can be stopped by terminating this worker (see engine-client.ts).
// Backends: with the page's MSW service worker (mockBackend 'service-worker'), the engine calls them with a real
// fetch that the service worker hands to the page's mocks; otherwise (or if this worker's fetches do not reach the
// service worker) the design's mocks answer in-process, with this worker's own session. Nothing leaves the machine
// unless the design sets backend.live.
import {
  addEditorDiagnostics,
  allResponseTemplateDiagnostics,
  allTemplateDiagnostics,
  lintDesignSettings,
  normalizeMethodRequest,
  type PositionedError,
  renderTemplate,
  renderVtl,
  simulate,
  type Trace,
  templateScope,
} from '../engine/index.ts';
import { isLive } from '../mocks/backend-config.ts';
import { createDesignBackend } from '../mocks/design-backend.ts';
import type { BackendCaller } from '../mocks/fetch-backend.ts';
import type { BackendRoute } from '../mocks/mock-answer.ts';
import { MockSession } from '../mocks/mock-session.ts';
import { snapshotStores } from '../mocks/mock-stores-snapshot.ts';
import { createServiceWorkerBackend, serviceWorkerAnswers } from '../mocks/service-worker-backend.ts';
import type { Design, SampleRequest } from '../model/types.ts';
import { checkEngineRequest, type EngineReply, type EngineRequest, type SimulateMessage } from './protocol.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage: (message: EngineReply) => void;
};

/** The in-process mocks' stores (mode 'in-page'): S3 objects and DynamoDB items written by earlier runs persist. */
const mockSession = new MockSession({ deterministic: true });
/** Whether this worker's fetches reach the page's mock dispatcher; probed once, before the first backend call. */
let serviceWorkerReachable: Promise<boolean> | null = null;

scope.onmessage = (event) => {
  const checked = checkEngineRequest(event.data);
  if (!checked.ok) {
    if (checked.id !== null) scope.postMessage({ kind: 'failure', id: checked.id, message: checked.message });
    return;
  }
  const message = checked.request;
  if (message.kind === 'clear-mock-stores') return mockSession.stores.clear();
  void handle(message);
};

async function handle(message: SimulateMessage): Promise<void> {
  const started = performance.now();
  try {
    const { design, sample } = message;
    const backend = backendFor(message);
    // Deterministic ids and times: the preview should change only when the design or the sample does.
    // The clock times the backend call, so the log and the Backend stage show the one latency the engine measured.
    const trace = await simulate(design, sample, {
      deterministic: true,
      backend: backend.call,
      clock: () => performance.now(),
    });
    const templateDiagnostics = allTemplateDiagnostics(design.integration.requestTemplates, trace, (t) =>
      requestTemplateError(t, sample, design),
    );
    const responseTemplateDiagnostics = allResponseTemplateDiagnostics(
      design.integration.integrationResponses,
      trace,
      (t) => responseTemplateError(t, sample, design, trace),
    );
    addEditorDiagnostics(design, trace, sample.name, templateDiagnostics, responseTemplateDiagnostics);
    scope.postMessage({
      kind: 'trace',
      id: message.id,
      trace,
      templateDiagnostics,
      responseTemplateDiagnostics,
      designFindings: lintDesignSettings(design),
      backendRoute: backend.route(),
      ...(backend.latencyMs() !== null ? { backendLatencyMs: backend.latencyMs()! } : {}),
      ...(backend.inProcess() ? { mockStores: snapshotStores(mockSession.stores) } : {}),
      durationMs: performance.now() - started,
    });
  } catch (e) {
    scope.postMessage({
      kind: 'failure',
      id: message.id,
      message: `the engine failed: ${(e as Error).message ?? String(e)}`,
    });
  }
}

interface RunBackend {
  call: BackendCaller;
  /** How the run's backend call was answered (null: none was made). */
  route: () => BackendRoute;
  latencyMs: () => number | null;
  /** Whether the in-process mocks (this worker's session) answered. */
  inProcess: () => boolean;
}

/**
 * The run's backend. The service worker is probed on the first call, inside the "waiting" window: neither the probe
 * nor the backend's answer is the worker's own time, so neither counts against the runaway budget.
 */
function backendFor(message: SimulateMessage): RunBackend {
  let route: BackendRoute = null;
  let latencyMs: number | null = null;
  let inProcess = false;
  const live = isLive(message.design);
  const call: BackendCaller = async (request, options) => {
    scope.postMessage({ kind: 'waiting', id: message.id, waiting: true });
    try {
      if (message.mockBackend === 'service-worker') serviceWorkerReachable ??= serviceWorkerAnswers();
      const useServiceWorker = message.mockBackend === 'service-worker' && (await serviceWorkerReachable);
      inProcess = !useServiceWorker && !live;
      const inner = useServiceWorker
        ? createServiceWorkerBackend(undefined, (r) => (route = r === 'service-worker' ? 'service-worker' : 'network'))
        : createDesignBackend(message.design, mockSession);
      if (!useServiceWorker) route = live ? 'network' : 'in-process';
      const started = performance.now();
      try {
        return await inner(request, options);
      } finally {
        latencyMs = performance.now() - started;
      }
    } finally {
      scope.postMessage({ kind: 'waiting', id: message.id, waiting: false });
    }
  };
  return { call, route: () => route, latencyMs: () => latencyMs, inProcess: () => inProcess };
}

function requestTemplateError(template: string, sample: SampleRequest, design: Design): PositionedError | null {
  try {
    const result = renderTemplate(template, sample, design, { deterministic: true }) as { error?: PositionedError };
    return result.error ?? null;
  } catch {
    return null; // the sample does not fit the design: the trace already says so
  }
}

/** A response template rendered on its own, with $input = the backend's body of this run (or empty). */
function responseTemplateError(
  template: string,
  sample: SampleRequest,
  design: Design,
  trace: Trace,
): PositionedError | null {
  try {
    const scopeOfRequest = templateScope(normalizeMethodRequest(sample, design), design, sample, {
      deterministic: true,
    });
    const result = renderVtl(template, { ...scopeOfRequest, body: trace.backend?.body ?? '' });
    return result.ok ? null : result.error;
  } catch {
    return null;
  }
}
