// The engine's Web Worker: runs simulate() off the main thread so typing never waits for a template, and so a
// runaway template can be stopped by terminating this worker (see engine-client.ts).
// Large sample bodies arrive once and are then referred to (text-channel.ts); the trace bodies that are the sample
// body itself go back as references too (the page has it), so no 5 MB string is copied per keystroke.
// Backends: with the page's MSW service worker (mockBackend 'service-worker'), the engine calls them with a real
// fetch that the service worker hands to the page's mocks; otherwise (or if this worker's fetches do not reach the
// service worker) the design's mocks answer in-process, with this worker's own session. Nothing leaves the machine
// unless the design sets backend.live.
import {
  addEditorDiagnostics,
  allResponseTemplateDiagnostics,
  allTemplateDiagnostics,
  checkSelection,
  designProblems,
  lintDesignSettings,
  normalizeMethodRequest,
  type PositionedError,
  renderTemplate,
  renderVtl,
  simulate,
  type Trace,
  templateScope,
  traceSubjectText,
} from '../engine/index.ts';
import { isLive } from '../mocks/backend-config.ts';
import { createDesignBackend } from '../mocks/design-backend.ts';
import type { BackendCaller } from '../mocks/fetch-backend.ts';
import type { BackendRoute } from '../mocks/mock-answer.ts';
import { MockSession } from '../mocks/mock-session.ts';
import { snapshotStores } from '../mocks/mock-stores-snapshot.ts';
import { createServiceWorkerBackend, serviceWorkerAnswers } from '../mocks/service-worker-backend.ts';
import type { Design, SampleRequest } from '../model/types.ts';
import {
  checkEngineRequest,
  type EngineReply,
  type EngineRequest,
  type PreviewRun,
  type SampleBodyEchoes,
  type SimulateMessage,
} from './protocol.ts';
import { runBatch } from './run-batch.ts';
import { LARGE_TEXT_CHARS, TextChannel } from './text-channel.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage: (message: EngineReply) => void;
};

/** The in-process mocks' stores (mode 'in-page'): S3 objects and DynamoDB items written by earlier runs persist. */
const mockSession = new MockSession({ deterministic: true });
/** Whether this worker's fetches reach the page's mock dispatcher; probed once, before the first backend call. */
let serviceWorkerReachable: Promise<boolean> | null = null;

/** The large sample bodies the page has sent (text-channel.ts). */
const texts = new TextChannel('');

scope.onmessage = (event) => {
  const checked = checkEngineRequest(event.data);
  if (!checked.ok) {
    if (checked.id !== null) {
      const result = { status: 'failed', run: null, message: checked.message } as const;
      scope.postMessage({ kind: 'result', id: checked.id, result, echoes: [] });
    }
    return;
  }
  const message = checked.request;
  if (message.kind === 'clear-mock-stores') return mockSession.stores.clear();
  if (message.kind === 'run-batch') {
    const waiting = (on: boolean) => scope.postMessage({ kind: 'waiting', id: message.id, waiting: on });
    void runBatch(message.items, waiting).then((outcomes) =>
      scope.postMessage({ kind: 'batch-result', id: message.id, outcomes }),
    );
    return;
  }
  const restored = withBodies(message);
  if (!restored) return scope.postMessage({ kind: 'resend', id: message.id });
  postProblems(restored);
  void handle(restored);
};
scope.postMessage({ kind: 'ready' });

/** The message's design and sample with their large bodies put back; null when one is not known here. */
function withBodies(message: SimulateMessage): SimulateMessage | null {
  texts.accept(message.texts);
  const bodies = message.bodies ?? { samples: {} };
  let missing = false;
  const text = (wire: NonNullable<typeof bodies.sample>) => {
    const t = texts.receive(wire);
    if (t === undefined) missing = true;
    return t ?? '';
  };
  const samples = message.design.samples.map((s, i) => {
    const wire = bodies.samples[String(i)];
    return wire === undefined ? s : { ...s, body: text(wire) };
  });
  const sample = bodies.sample === undefined ? message.sample : { ...message.sample, body: text(bodies.sample) };
  return missing ? null : { ...message, design: { ...message.design, samples }, sample };
}

/** The design's problems, before the run: they arrive even when the run is then stopped for running too long. */
function postProblems(message: SimulateMessage): void {
  try {
    scope.postMessage({ kind: 'problems', id: message.id, problems: designProblems(message.design) });
  } catch {
    // A design the checks cannot read: the run's own result says what is wrong.
  }
}

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
    const run: PreviewRun = {
      trace,
      templateDiagnostics,
      responseTemplateDiagnostics,
      designFindings: lintDesignSettings(design),
      selectionCheck: checkSelection(design.integration, traceSubjectText(design.integration, trace) ?? ''),
      backendRoute: backend.route(),
      backendLatencyMs: backend.latencyMs(),
      // The worker's own stores whenever the service worker does not answer (in-process mocks, before it runs).
      mockStores: message.mockBackend === 'service-worker' ? null : snapshotStores(mockSession.stores),
      durationMs: performance.now() - started,
    };
    const echoes = leaveOutEchoes(run, sample.body ?? '');
    scope.postMessage({ kind: 'result', id: message.id, result: { status: 'ready', run, message: null }, echoes });
  } catch (e) {
    const text = `the engine failed: ${(e as Error).message ?? String(e)}`;
    scope.postMessage({
      kind: 'result',
      id: message.id,
      result: { status: 'failed', run: null, message: text },
      echoes: [],
    });
  }
}

/** Leaves out of the reply the trace bodies that are the (large) sample body itself: the page has it already. */
function leaveOutEchoes(run: PreviewRun, body: string): SampleBodyEchoes {
  const echoes: SampleBodyEchoes = [];
  if (body.length < LARGE_TEXT_CHARS) return echoes;
  const trace = run.trace;
  for (const part of ['methodRequest', 'integrationRequest', 'backend', 'methodResponse'] as const) {
    const message = trace[part];
    if (message && message.body.length === body.length && message.body === body) {
      trace[part] = { ...message, body: '' } as never;
      echoes.push(part);
    }
  }
  return echoes;
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
