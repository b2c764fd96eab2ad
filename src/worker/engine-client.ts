// Runs the engine in a Web Worker for the page. Only the latest run's result counts (older ones resolve as `stale`),
// and a run that exceeds its wall-clock budget gets the worker terminated and replaced, so a runaway template can
// never freeze the preview: the engine's own step limits are the first line, this budget the backstop.
import type { Design, SampleRequest } from '../model/types.ts';
import { STOPPED_MESSAGE, type EngineReply, type EngineRequest, type RunOutcome } from './protocol.ts';

/** The part of `Worker` the client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: EngineRequest): void;
  terminate(): void;
  onmessage: ((event: { data: EngineReply }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}

export interface Timers {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

export interface EngineClientOptions {
  budgetMs?: number;
  timers?: Timers;
}

interface PendingRun {
  message: EngineRequest;
  resolve: (outcome: RunOutcome) => void;
  timer: unknown;
}

export const DEFAULT_BUDGET_MS = 2000;

export class EngineClient {
  private worker: WorkerLike;
  private readonly pending = new Map<number, PendingRun>();
  private latest = 0;
  private readonly budgetMs: number;
  private readonly timers: Timers;
  /** How many times the worker was replaced (after a runaway or a crash). */
  restarts = 0;

  constructor(
    private readonly createWorker: () => WorkerLike,
    options: EngineClientOptions = {},
  ) {
    this.budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
    this.timers = options.timers ?? {
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    };
    this.worker = this.startWorker();
  }

  run(design: Design, sample: SampleRequest): Promise<RunOutcome> {
    const id = ++this.latest;
    const message: EngineRequest = { kind: 'simulate', id, design, sample };
    return new Promise<RunOutcome>((resolve) => {
      this.pending.set(id, { message, resolve, timer: null });
      this.post(id);
    });
  }

  dispose(): void {
    for (const [id] of this.pending) this.settle(id, { kind: 'stale' });
    this.worker.terminate();
  }

  private startWorker(): WorkerLike {
    const worker = this.createWorker();
    worker.onmessage = (event) => this.onReply(event.data);
    worker.onerror = (event) => this.restart(null, `the engine failed: ${event.message ?? 'unknown error'}`);
    return worker;
  }

  private post(id: number): void {
    const run = this.pending.get(id);
    if (!run) return;
    if (run.timer !== null) this.timers.clearTimeout(run.timer);
    run.timer = this.timers.setTimeout(() => this.restart(id, STOPPED_MESSAGE), this.budgetMs);
    this.worker.postMessage(run.message);
  }

  private onReply(reply: EngineReply): void {
    if (!this.pending.has(reply.id)) return; // already settled (stopped, or from a terminated worker)
    if (reply.id !== this.latest) return this.settle(reply.id, { kind: 'stale' });
    if (reply.kind === 'failure') return this.settle(reply.id, { kind: 'failed', message: reply.message });
    const { trace, templateDiagnostics, durationMs } = reply;
    this.settle(reply.id, { kind: 'trace', trace, templateDiagnostics, durationMs });
  }

  /** Replaces the worker. The culprit run (or every run, after a crash) fails; the latest other run is sent again. */
  private restart(culprit: number | null, message: string): void {
    this.worker.onmessage = null;
    this.worker.onerror = null;
    this.worker.terminate();
    this.restarts++;
    const kind = culprit === null ? 'failed' : 'stopped';
    for (const id of [...this.pending.keys()]) {
      if (culprit !== null && id !== culprit && id === this.latest) continue;
      this.settle(id, id === this.latest ? { kind, message } : { kind: 'stale' });
    }
    this.worker = this.startWorker();
    for (const id of this.pending.keys()) this.post(id);
  }

  private settle(id: number, outcome: RunOutcome): void {
    const run = this.pending.get(id);
    if (!run) return;
    this.timers.clearTimeout(run.timer);
    this.pending.delete(id);
    run.resolve(outcome);
  }
}
