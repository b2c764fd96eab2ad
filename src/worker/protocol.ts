// The typed messages between the page and the engine's Web Worker. Both sides import only these types, so a change
// here is checked on both ends.
import type { Trace } from '../engine/index.ts';
import type { Design, SampleRequest } from '../model/types.ts';
import type { BackendRoute, MockBackendMode } from '../mocks/mock-answer.ts';
import type { MockStoresSnapshot } from '../mocks/mock-stores-snapshot.ts';

import type { ResponseTemplateDiagnostics, TemplateDiagnostics } from '../engine/index.ts';

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
