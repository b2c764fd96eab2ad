// The engine's Web Worker: runs simulate() off the main thread so typing never waits for a template, and so a
// runaway template can be stopped by terminating this worker (see engine-client.ts).
// Large sample bodies arrive once and are then referred to (text-channel.ts); the trace bodies that are the sample
// body itself go back as references too (the page has it), so no 5 MB string is copied per keystroke.
// Backends: the design's mocks answer in-process, with MSW's handlers and this worker's session (its stores persist
// between runs; after a run that wrote to them the page gets a copy, which a replacement worker starts from). A backend
// call never waits for the page's thread. Nothing leaves the machine unless the design sets backend.live.
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
import { MockSession } from '../mocks/mock-session.ts';
import type { MockStoresState } from '../mocks/mock-stores.ts';
import { snapshotStores } from '../mocks/mock-stores-snapshot.ts';
import type { Design, SampleRequest } from '../model/types.ts';
import {
  type BackendRoute,
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

/** The mocks' stores: S3 objects and DynamoDB items written by earlier runs persist. */
const mockSession = new MockSession({ deterministic: true });
/** The stores' version the page last got a copy of (ResultReply.mockState). */
let stateSentAt = mockSession.stores.version;

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
  if (message.kind === 'clear-mock-stores') {
    mockSession.stores.clear();
    stateSentAt = mockSession.stores.version;
    return;
  }
  if (message.kind === 'restore-mock-stores') {
    mockSession.stores.restore(message.state);
    stateSentAt = mockSession.stores.version;
    return;
  }
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
      mockStores: snapshotStores(mockSession.stores),
      durationMs: performance.now() - started,
    };
    const echoes = leaveOutEchoes(run, sample.body ?? '');
    scope.postMessage({
      kind: 'result',
      id: message.id,
      result: { status: 'ready', run, message: null },
      echoes,
      ...storesIfChanged(),
    });
  } catch (e) {
    const text = `the engine failed: ${(e as Error).message ?? String(e)}`;
    scope.postMessage({
      kind: 'result',
      id: message.id,
      result: { status: 'failed', run: null, message: text },
      echoes: [],
      ...storesIfChanged(),
    });
  }
}

/** A copy of the stores when a run changed them since the page last got one (ResultReply.mockState). */
function storesIfChanged(): { mockState?: MockStoresState } {
  if (mockSession.stores.version === stateSentAt) return {};
  stateSentAt = mockSession.stores.version;
  return { mockState: mockSession.stores.state() };
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
}

/** The run's backend: the design's mocks in-process, or the real endpoint when the design says backend.live. */
function backendFor(message: SimulateMessage): RunBackend {
  let route: BackendRoute = null;
  let latencyMs: number | null = null;
  const live = isLive(message.design);
  const call: BackendCaller = async (request, options) => {
    // Waiting for the answer is not the worker's own time (engine-client.ts pauses the runaway budget meanwhile).
    scope.postMessage({ kind: 'waiting', id: message.id, waiting: true });
    route = live ? 'network' : 'in-process';
    const started = performance.now();
    try {
      // Made at the call (a MOCK integration makes none): the mocks' ids restart for each run's call.
      return await createDesignBackend(message.design, mockSession)(request, options);
    } finally {
      latencyMs = performance.now() - started;
      scope.postMessage({ kind: 'waiting', id: message.id, waiting: false });
    }
  };
  return { call, route: () => route, latencyMs: () => latencyMs };
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
