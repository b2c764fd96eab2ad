// The typed messages between the page and the engine's Web Worker. Both sides import only these types, so a change
// here is checked on both ends.
import type { Trace } from '../engine/trace.ts';
import type { Design, SampleRequest } from '../model/types.ts';

/** A diagnostic as data (GraphiQL style): the UI's adapter turns it into an editor marker. 1-based positions. */
export interface TemplateDiagnostic {
  severity: 'error' | 'warning';
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  code?: string;
}

export interface SimulateMessage {
  kind: 'simulate';
  id: number;
  design: Design;
  sample: SampleRequest;
}

export type EngineRequest = SimulateMessage;

export interface TraceReply {
  kind: 'trace';
  id: number;
  trace: Trace;
  /** Diagnostics per requestTemplates key, for every template (not only the one the sample selected). */
  templateDiagnostics: Record<string, TemplateDiagnostic[]>;
  durationMs: number;
}

export interface FailureReply {
  kind: 'failure';
  id: number;
  message: string;
}

export type EngineReply = TraceReply | FailureReply;

/** What the client hands back for one run. */
export type RunOutcome =
  | { kind: 'trace'; trace: Trace; templateDiagnostics: Record<string, TemplateDiagnostic[]>; durationMs: number }
  /** A newer run was started: this result no longer describes what is on screen. */
  | { kind: 'stale' }
  /** The run exceeded the wall-clock budget; the worker was terminated and restarted. */
  | { kind: 'stopped'; message: string }
  | { kind: 'failed'; message: string };

export const STOPPED_MESSAGE = 'stopped: the template ran too long';
