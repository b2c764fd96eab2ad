// Runs the engine in a Web Worker for the page. Only the latest run's result counts (older ones resolve as `stale`),
// and a run that exceeds its wall-clock budget gets the worker terminated and replaced, so a runaway template can
// never freeze the preview: the engine's own step limits are the first line, this budget the backstop.
import type { MockBackendMode } from '../mocks/mock-answer.ts';
import type { Design, SampleRequest } from '../model/types.ts';
import {
  checkEngineReply,
  STOPPED_MESSAGE,
  type EngineReply,
  type EngineRequest,
  type RunOutcome,
  type SimulateMessage,
} from './protocol.ts';

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
  /** Where the page's mocks answer backend calls (sent with every run; default in-page). */
  mockBackend?: MockBackendMode;
}

interface PendingRun {
  message: SimulateMessage;
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
  private readonly mockBackend: MockBackendMode | undefined;
  /** How many times the worker was replaced (after a runaway or a crash). */
  restarts = 0;

  constructor(
    private readonly createWorker: () => WorkerLike,
    options: EngineClientOptions = {},
  ) {
    this.budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
    this.mockBackend = options.mockBackend;
    this.timers = options.timers ?? {
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    };
    this.worker = this.startWorker();
  }

  run(design: Design, sample: SampleRequest): Promise<RunOutcome> {
    const id = ++this.latest;
    const message: SimulateMessage = {
      kind: 'simulate',
      id,
      design,
      sample,
      ...(this.mockBackend ? { mockBackend: this.mockBackend } : {}),
    };
    return new Promise<RunOutcome>((resolve) => {
      this.pending.set(id, { message, resolve, timer: null });
      this.post(id);
    });
  }

  /** Empties the worker's in-process mock stores (the page's own stores are cleared by the page). */
  clearMockStores(): void {
    this.worker.postMessage({ kind: 'clear-mock-stores' });
  }

  dispose(): void {
    for (const [id] of this.pending) this.settle(id, { kind: 'stale' });
    this.worker.terminate();
  }

  private startWorker(): WorkerLike {
    const worker = this.createWorker();
    worker.onmessage = (event) => {
      const reply = checkEngineReply(event.data);
      if (reply) this.onReply(reply);
    };
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
    if (reply.kind === 'waiting') this.onWaiting(reply.id, reply.waiting);
    else if (reply.id !== this.latest) this.settle(reply.id, { kind: 'stale' });
    else if (reply.kind === 'failure') this.settle(reply.id, { kind: 'failed', message: reply.message });
    else {
      const { kind: _kind, id: _id, ...outcome } = reply;
      this.settle(reply.id, { kind: 'trace', ...outcome });
    }
  }

  /**
   * The budget stops runaway templates, which use the worker's own time. Waiting for a (mock) backend is not that:
   * the integration's timeout (at most 29 s) bounds it, and a slow backend must show as API Gateway's 504, not as a
   * stopped template. So the budget pauses while the backend is awaited and starts afresh when it answers.
   */
  private onWaiting(id: number, waiting: boolean): void {
    const run = this.pending.get(id)!;
    this.timers.clearTimeout(run.timer);
    run.timer = waiting ? null : this.timers.setTimeout(() => this.restart(id, STOPPED_MESSAGE), this.budgetMs);
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
