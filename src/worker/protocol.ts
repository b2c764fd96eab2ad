// The typed messages between the page and the engine's Web Worker, and the preview's one result type. Both sides
// import only these types, so a change here is checked on both ends.
import { z } from '../model/schema/zod.ts';
import type {
  LintFinding,
  Mismatch,
  ResponseTemplateDiagnostics,
  SelectionCheck,
  TemplateDiagnostics,
  Trace,
} from '../engine/index.ts';
import { formatProblem } from '../model/paths.ts';
import { checkDesign, checkSample } from '../model/schema/index.ts';
import type { Design, Problem, SampleRequest } from '../model/types.ts';
import type { MockStoresState } from '../mocks/mock-stores.ts';
import type { MockStoresSnapshot } from '../mocks/mock-stores-snapshot.ts';
import type { NewTexts } from './text-channel.ts';

/**
 * How one run's backend call was answered: by the design's mocks (MSW's handlers, in the engine worker), or by the real
 * endpoint (backend.live); null when no call was made (MOCK, or a request refused before it).
 */
export type BackendRoute = 'in-process' | 'network' | null;

/** One preview run: the engine's Trace, and what the worker learned beside it. */
export interface PreviewRun {
  trace: Trace;
  /** Diagnostics per requestTemplates key, for every template (not only the one the sample selected). */
  templateDiagnostics: TemplateDiagnostics;
  /** Problems per integration response status code and responseTemplates key. */
  responseTemplateDiagnostics: ResponseTemplateDiagnostics;
  /** How the run's backend call was answered, or null: none was made. */
  backendRoute: BackendRoute;
  /** Wall-clock time the backend call took, as the engine worker saw it (the trace logs 0 ms in deterministic runs). */
  backendLatencyMs: number | null;
  /** What the mock stores hold after the run, for the UI. */
  mockStores: MockStoresSnapshot;
  /** Wall-clock time of the run, in the worker. */
  durationMs: number;
  /** Lint findings about the design's settings (binaryMediaTypes, timeout, integration responses, ...). */
  designFindings: LintFinding[];
  /**
   * The integration responses' "does it match?" check for this run's own subject (its backend's status code, or the
   * Lambda errorMessage; '' without an answer): what the responses editor shows until the user types another one.
   */
  selectionCheck: SelectionCheck;
}

/**
 * How a preview run ended: the one result type. The worker makes it, the client hands it on, and the store keeps it
 * as it is (preview-slice.ts). `stopped`: over the wall-clock budget, the worker was replaced; `failed`: anything else.
 */
export type PreviewResult =
  | { status: 'ready'; run: PreviewRun; message: null }
  | { status: 'stopped' | 'failed'; run: null; message: string };

/** A text as it travels (text-channel.ts): itself, or a reference to a large text sent before. */
export type WireText = string | { ref: string };

export interface SimulateMessage {
  kind: 'simulate';
  id: number;
  /** The design and sample with their large bodies left out (''): they are in `bodies`. */
  design: Design;
  sample: SampleRequest;
  bodies?: { sample?: WireText; samples: Record<string, WireText> };
  /** Large texts the worker has not seen yet, by id. */
  texts?: NewTexts;
}

/** Empties the worker's mock stores. No reply. */
export interface ClearMockStoresMessage {
  kind: 'clear-mock-stores';
}

/** Fills a new worker's mock stores with what the one it replaces held (ResultReply.mockState). No reply. */
export interface RestoreMockStoresMessage {
  kind: 'restore-mock-stores';
  state: MockStoresState;
}

/** One method of a Run all batch: every sample of its design is run, in order, with a mock session of its own. */
export interface RunBatchItem {
  /** The method's key ("VERB /path"), handed back with each outcome. */
  key: string;
  design: Design;
}

/** Run all: many methods' samples in one message (one postMessage per batch, not one per sample). */
export interface RunBatchMessage {
  kind: 'run-batch';
  id: number;
  items: RunBatchItem[];
}

/** One sample's outcome in a Run all: checked against its `expect` block as the `test` command checks it. */
export interface SampleOutcome {
  key: string;
  sampleIndex: number;
  sampleName: string;
  passed: boolean;
  /** The method response's status code (null: the run did not get that far). */
  statusCode: number | null;
  /** What did not hold (empty when passed). */
  mismatches: Mismatch[];
  /** The engine's error, `stage: message` (a template that failed, a sample that does not fit), or null. */
  error: string | null;
}

export type EngineRequest = SimulateMessage | ClearMockStoresMessage | RestoreMockStoresMessage | RunBatchMessage;

/** The trace bodies that were the run's sample body itself: left out ('') of the reply, put back by the client. */
export type SampleBodyEchoes = Array<'methodRequest' | 'integrationRequest' | 'backend' | 'methodResponse'>;

export interface ResultReply {
  kind: 'result';
  id: number;
  result: PreviewResult;
  echoes: SampleBodyEchoes;
  /** Everything the mock stores hold, when this run changed them: the page keeps it for a replacement worker. */
  mockState?: MockStoresState;
}

/** The run is waiting for (waiting: true) or got (false) the backend's answer: not the worker's own time. */
export interface WaitingReply {
  kind: 'waiting';
  id: number;
  waiting: boolean;
}

/**
 * The design's problems (API Gateway's rules, template syntax, sample bodies: designProblems), sent before the run
 * starts, so that the validation panel and the fields show them even when the run is then stopped, and so that
 * validating never costs the page's main thread a keystroke's time.
 */
export interface ProblemsReply {
  kind: 'problems';
  id: number;
  problems: Problem[];
}

/** The worker's module has loaded: its own time starts counting against the budget from here. */
export interface ReadyReply {
  kind: 'ready';
}

/** The run referred to a large text the worker does not have: the client sends it again, in full. */
export interface ResendReply {
  kind: 'resend';
  id: number;
}

export interface BatchReply {
  kind: 'batch-result';
  id: number;
  outcomes: SampleOutcome[];
}

export type EngineReply = ResultReply | ProblemsReply | WaitingReply | ReadyReply | ResendReply | BatchReply;

// Messages cross a thread boundary as structured clones: each side checks what it receives instead of trusting the
// types above (a stale worker from an older build, a message from elsewhere). A request's design and sample are
// checked against the design document's schema; a problem is answered as a failure saying `path: message`. The page
// checks the worker's replies with reply-check.ts.
const requestEnvelope = z.discriminatedUnion('kind', [
  z.looseObject({
    kind: z.literal('simulate'),
    id: z.number(),
    design: z.unknown(),
    sample: z.unknown(),
    bodies: z.looseObject({ samples: z.record(z.string(), z.unknown()) }).optional(),
    texts: z.record(z.string(), z.string()).optional(),
  }),
  z.looseObject({ kind: z.literal('clear-mock-stores') }),
  z.looseObject({
    kind: z.literal('restore-mock-stores'),
    // From this page's own engine client, a copy of what an earlier worker of it held (structured clones only).
    state: z.looseObject({
      s3: z.instanceof(Map),
      dynamodb: z.instanceof(Map),
      sqsMessages: z.array(z.unknown()),
      snsMessages: z.array(z.unknown()),
      executions: z.array(z.unknown()),
      events: z.array(z.unknown()),
    }),
  }),
  z.looseObject({
    kind: z.literal('run-batch'),
    id: z.number(),
    items: z.array(z.looseObject({ key: z.string(), design: z.unknown() })),
  }),
]);

export type CheckedRequest = { ok: true; request: EngineRequest } | { ok: false; id: number | null; message: string };

/** What the worker received, checked; a simulate message whose design or sample fails the schema is refused. */
export function checkEngineRequest(value: unknown): CheckedRequest {
  const envelope = requestEnvelope.safeParse(value);
  const id = typeof (value as { id?: unknown } | null)?.id === 'number' ? (value as { id: number }).id : null;
  if (!envelope.success) return { ok: false, id, message: 'the engine received a message it does not understand' };
  const request = envelope.data;
  if (request.kind === 'simulate') {
    const design = checkDesign(request.design);
    const sample = checkSample(request.sample, 'sample');
    const errors = [...design.errors, ...sample.errors];
    if (errors.length > 0)
      return { ok: false, id, message: `the design cannot be run: ${errors.map(formatProblem).join('; ')}` };
  }
  if (request.kind === 'run-batch') {
    for (const [i, item] of request.items.entries()) {
      const errors = checkDesign(item.design).errors;
      if (errors.length > 0)
        return {
          ok: false,
          id,
          message: `${item.key} cannot be run: ${errors.map(formatProblem).join('; ')} (items[${i}])`,
        };
    }
  }
  return { ok: true, request: request as EngineRequest };
}
