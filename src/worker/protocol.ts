// The typed messages between the page and the engine's Web Worker. Both sides import only these types, so a change
// here is checked on both ends.
import { z } from 'zod';
import type { Trace } from '../engine/index.ts';
import { formatProblem } from '../model/paths.ts';
import { checkDesign, checkSample } from '../model/schema/index.ts';
import type { Design, SampleRequest } from '../model/types.ts';
import type { BackendRoute, MockBackendMode } from '../mocks/mock-answer.ts';
import type { MockStoresSnapshot } from '../mocks/mock-stores-snapshot.ts';

import type { LintFinding, ResponseTemplateDiagnostics, TemplateDiagnostics } from '../engine/index.ts';

export interface SimulateMessage {
  kind: 'simulate';
  id: number;
  design: Design;
  sample: SampleRequest;
  /** Where the page's mocks answer backend calls (default 'in-page': in-process in the worker). */
  mockBackend?: MockBackendMode;
}

/** Empties the worker's in-process mock stores (mode 'in-page'). No reply. */
export interface ClearMockStoresMessage {
  kind: 'clear-mock-stores';
}

export type EngineRequest = SimulateMessage | ClearMockStoresMessage;

/** What a run says besides its trace: how the backend was reached, and what the worker's mock stores hold. */
export interface RunExtras {
  backendRoute?: BackendRoute;
  /** Wall-clock time the backend call took, as the engine worker saw it (the trace logs 0 ms in deterministic runs). */
  backendLatencyMs?: number;
  /** The worker's in-process mock stores after the run (mode 'in-page' only; the page owns them otherwise). */
  mockStores?: MockStoresSnapshot;
  responseTemplateDiagnostics?: ResponseTemplateDiagnostics;
  /** Lint findings about the design's settings (binaryMediaTypes, timeout, integration responses, ...). */
  designFindings?: LintFinding[];
}

export interface TraceReply extends RunExtras {
  kind: 'trace';
  id: number;
  trace: Trace;
  /** Diagnostics per requestTemplates key, for every template (not only the one the sample selected). */
  templateDiagnostics: TemplateDiagnostics;
  durationMs: number;
}

export interface FailureReply {
  kind: 'failure';
  id: number;
  message: string;
}

/** The run is waiting for (waiting: true) or got (false) the backend's answer: not the worker's own time. */
export interface WaitingReply {
  kind: 'waiting';
  id: number;
  waiting: boolean;
}

export type EngineReply = TraceReply | FailureReply | WaitingReply;

/** What the client hands back for one run. */
export type RunOutcome =
  | ({
      kind: 'trace';
      trace: Trace;
      templateDiagnostics: TemplateDiagnostics;
      durationMs: number;
    } & RunExtras)
  /** A newer run was started: this result no longer describes what is on screen. */
  | { kind: 'stale' }
  /** The run exceeded the wall-clock budget; the worker was terminated and restarted. */
  | { kind: 'stopped'; message: string }
  | { kind: 'failed'; message: string };

export const STOPPED_MESSAGE = 'stopped: the template ran too long';

// Messages cross a thread boundary as structured clones: each side checks what it receives instead of trusting the
// types above (a stale worker from an older build, a message from elsewhere). A request's design and sample are
// checked against the design document's schema; a problem is answered as a failure saying `path: message`.
const requestEnvelope = z.discriminatedUnion('kind', [
  z.looseObject({
    kind: z.literal('simulate'),
    id: z.number(),
    design: z.unknown(),
    sample: z.unknown(),
    mockBackend: z.enum(['in-page', 'service-worker']).optional(),
  }),
  z.looseObject({ kind: z.literal('clear-mock-stores') }),
]);

const replyEnvelope = z.discriminatedUnion('kind', [
  z.looseObject({
    kind: z.literal('trace'),
    id: z.number(),
    trace: z.looseObject({ log: z.array(z.string()) }),
    templateDiagnostics: z.record(z.string(), z.array(z.unknown())),
    durationMs: z.number(),
  }),
  z.looseObject({ kind: z.literal('failure'), id: z.number(), message: z.string() }),
  z.looseObject({ kind: z.literal('waiting'), id: z.number(), waiting: z.boolean() }),
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
  return { ok: true, request: request as EngineRequest };
}

/** What the page received from the worker, checked; null when it is not a reply of this protocol. */
export function checkEngineReply(value: unknown): EngineReply | null {
  return replyEnvelope.safeParse(value).success ? (value as EngineReply) : null;
}
