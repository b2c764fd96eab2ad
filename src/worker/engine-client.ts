// Runs the engine in a Web Worker for the page. Only the latest run's result counts (older ones resolve as null:
// stale), and a run that exceeds its wall-clock budget gets the worker terminated and replaced, so a runaway template
// can never freeze the preview: the engine's own step limits are the first line, this budget the backstop.
// The budget counts the worker's own time: from its first message ("ready": loading the worker's code on a busy
// machine is not the template's fault), and not while it waits for a backend.
import type { MockStoresState } from '../mocks/mock-stores.ts';
import type { Design, Problem, SampleRequest } from '../model/types.ts';
import { checkEngineReply } from './reply-check.ts';
import type {
  EngineReply,
  EngineRequest,
  PreviewResult,
  ResultReply,
  RunBatchItem,
  SampleOutcome,
  SimulateMessage,
  WireText,
} from './protocol.ts';
import { type NewTexts, TextChannel } from './text-channel.ts';

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
  design: Design;
  sample: SampleRequest;
  resolve: (result: PreviewResult | null) => void;
  timer: unknown;
}

/** A Run all batch: its outcomes, or why it could not finish (stopped over its budget, the engine failed). */
export type BatchResult = { ok: true; outcomes: SampleOutcome[] } | { ok: false; message: string };

interface PendingBatch {
  items: RunBatchItem[];
  runs: number;
  resolve: (result: BatchResult) => void;
  timer: unknown;
}

/** The message of a run stopped over its budget (a runaway template). */
export const STOPPED_MESSAGE = 'stopped: the template ran too long';

export const DEFAULT_BUDGET_MS = 2000;
/** A batch's budget: DEFAULT_BUDGET_MS per this many samples (a runaway template in it is still stopped). */
const BATCH_RUNS_PER_BUDGET = 10;
/**
 * Reading a large sample body is not the template running away: the budget grows by 1 ms per 1,000 characters of it
 * (5 s more for 5 MB), so a slow machine reading a big payload for the first time is not "stopped".
 */
const BODY_CHARS_PER_EXTRA_MS = 1000;

export class EngineClient {
  private worker: WorkerLike;
  private ready = false;
  private readonly pending = new Map<number, PendingRun>();
  /** Run all batches in flight, by (negative) id: they never make a preview run stale, nor the other way round. */
  private readonly batches = new Map<number, PendingBatch>();
  private batchCount = 0;
  private latest = 0;
  private readonly budgetMs: number;
  private readonly timers: Timers;
  /** What the worker's mock stores held after the last run that changed them: a replacement worker starts with it. */
  private mockState: MockStoresState | null = null;
  /** The large sample bodies the worker has (text-channel.ts). */
  private readonly texts = new TextChannel('t');
  /** How many times the worker was replaced (after a runaway or a crash). */
  restarts = 0;
  /** Receives the design's problems of the latest run, before its result (protocol.ts ProblemsReply). */
  onProblems: (problems: Problem[]) => void = () => {};

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

  /** Runs the sample through the design; resolves with its result, or null when a newer run made it stale. */
  run(design: Design, sample: SampleRequest): Promise<PreviewResult | null> {
    const id = ++this.latest;
    return new Promise<PreviewResult | null>((resolve) => {
      this.pending.set(id, { design, sample, resolve, timer: null });
      this.post(id);
    });
  }

  /** Runs every sample of every item (Run all); never stale, resolves with each sample's outcome. */
  runBatch(items: RunBatchItem[]): Promise<BatchResult> {
    const id = -++this.batchCount;
    const runs = items.reduce((n, item) => n + item.design.samples.length, 0);
    return new Promise<BatchResult>((resolve) => {
      this.batches.set(id, { items, runs, resolve, timer: null });
      this.postBatch(id);
    });
  }

  private postBatch(id: number): void {
    const batch = this.batches.get(id);
    if (!batch) return;
    this.armBatchBudget(id);
    this.worker.postMessage({ kind: 'run-batch', id, items: batch.items });
  }

  private armBatchBudget(id: number): void {
    const batch = this.batches.get(id);
    if (!batch) return;
    this.timers.clearTimeout(batch.timer);
    const budget = this.budgetMs * Math.max(1, Math.ceil(batch.runs / BATCH_RUNS_PER_BUDGET));
    batch.timer = this.ready ? this.timers.setTimeout(() => this.restart(id, STOPPED_MESSAGE), budget) : null;
  }

  private settleBatch(id: number, result: BatchResult): void {
    const batch = this.batches.get(id);
    if (!batch) return;
    this.timers.clearTimeout(batch.timer);
    this.batches.delete(id);
    batch.resolve(result);
  }

  /** Empties the worker's mock stores. */
  clearMockStores(): void {
    this.mockState = null;
    this.worker.postMessage({ kind: 'clear-mock-stores' });
  }

  dispose(): void {
    for (const [id] of this.pending) this.settle(id, null);
    for (const [id] of this.batches) this.settleBatch(id, { ok: false, message: 'the engine was closed' });
    this.worker.terminate();
  }

  private startWorker(): WorkerLike {
    this.ready = false;
    this.texts.reset();
    const worker = this.createWorker();
    worker.onmessage = (event) => {
      const reply = checkEngineReply(event.data);
      if (reply) this.onReply(reply);
    };
    worker.onerror = (event) => this.restart(null, `the engine failed: ${event.message ?? 'unknown error'}`);
    // The stores the replaced worker held (messages are handled in order: before any run is sent again).
    if (this.mockState) worker.postMessage({ kind: 'restore-mock-stores', state: this.mockState });
    return worker;
  }

  private post(id: number): void {
    const run = this.pending.get(id);
    if (!run) return;
    this.armBudget(id);
    this.worker.postMessage(this.message(id, run));
  }

  /** The run as it travels: large bodies by reference when the worker has them (text-channel.ts). */
  private message(id: number, run: PendingRun): SimulateMessage {
    const texts: NewTexts = {};
    const samples: Record<string, WireText> = {};
    const send = (body: string | null | undefined) =>
      typeof body === 'string' ? this.texts.send(body, texts) : undefined;
    const design = { ...run.design, samples: run.design.samples.map((s, i) => this.leaveOut(s, i, samples, send)) };
    const sampleBody = send(run.sample.body);
    return {
      kind: 'simulate',
      id,
      design,
      sample: typeof sampleBody === 'object' ? { ...run.sample, body: '' } : run.sample,
      bodies: { ...(typeof sampleBody === 'object' ? { sample: sampleBody } : {}), samples },
      texts,
    };
  }

  private leaveOut(
    sample: SampleRequest,
    index: number,
    out: Record<string, WireText>,
    send: (body: string | null | undefined) => WireText | undefined,
  ): SampleRequest {
    const wire = send(sample.body);
    if (typeof wire !== 'object') return sample;
    out[String(index)] = wire;
    return { ...sample, body: '' };
  }

  private armBudget(id: number): void {
    const run = this.pending.get(id);
    if (!run) return;
    if (run.timer !== null) this.timers.clearTimeout(run.timer);
    const budget = this.budgetMs + (run.sample.body?.length ?? 0) / BODY_CHARS_PER_EXTRA_MS;
    run.timer = this.ready ? this.timers.setTimeout(() => this.restart(id, STOPPED_MESSAGE), budget) : null;
  }

  private onReply(reply: EngineReply): void {
    if (reply.kind === 'ready') {
      this.ready = true;
      for (const id of this.pending.keys()) this.armBudget(id);
      for (const id of this.batches.keys()) this.armBatchBudget(id);
      return;
    }
    if (this.batches.has(reply.id)) {
      if (reply.kind === 'batch-result') this.settleBatch(reply.id, { ok: true, outcomes: reply.outcomes });
      else if (reply.kind === 'waiting') {
        const batch = this.batches.get(reply.id)!;
        this.timers.clearTimeout(batch.timer);
        batch.timer = null;
        if (!reply.waiting) this.armBatchBudget(reply.id);
      } else if (reply.kind === 'result')
        this.settleBatch(reply.id, { ok: false, message: reply.result.message ?? '' });
      return;
    }
    if (reply.kind === 'batch-result') return;
    // A run that wrote to the stores did so even when a newer run made it stale.
    if (reply.kind === 'result' && reply.mockState) this.mockState = reply.mockState;
    if (!this.pending.has(reply.id)) return; // already settled (stopped, or from a terminated worker)
    if (reply.kind === 'waiting') this.onWaiting(reply.id, reply.waiting);
    else if (reply.kind === 'problems') {
      if (reply.id === this.latest) this.onProblems(reply.problems);
    } else if (reply.kind === 'resend') {
      this.texts.reset();
      this.post(reply.id);
    } else if (reply.id !== this.latest) this.settle(reply.id, null);
    else this.settle(reply.id, this.withEchoes(reply, this.pending.get(reply.id)!.sample));
  }

  /** Puts the sample body back where the trace carried it unchanged (left out of the reply: the page has it). */
  private withEchoes(reply: ResultReply, sample: SampleRequest): PreviewResult {
    const { result, echoes } = reply;
    if (result.status !== 'ready' || echoes.length === 0) return result;
    const trace = { ...result.run.trace };
    const body = sample.body ?? '';
    for (const part of echoes) {
      const message = trace[part];
      if (message) trace[part] = { ...message, body } as never;
    }
    return { ...result, run: { ...result.run, trace } };
  }

  /**
   * The budget stops runaway templates, which use the worker's own time. Waiting for a (mock) backend is not that:
   * the integration's timeout (at most 29 s) bounds it, and a slow backend must show as API Gateway's 504, not as a
   * stopped template. So the budget pauses while the backend is awaited and starts afresh when it answers.
   */
  private onWaiting(id: number, waiting: boolean): void {
    const run = this.pending.get(id)!;
    this.timers.clearTimeout(run.timer);
    run.timer = null;
    if (!waiting) this.armBudget(id);
  }

  /** Replaces the worker. The culprit run (or every run, after a crash) fails; the latest other run is sent again. */
  private restart(culprit: number | null, message: string): void {
    this.worker.onmessage = null;
    this.worker.onerror = null;
    this.worker.terminate();
    this.restarts++;
    const status = culprit === null ? 'failed' : 'stopped';
    for (const id of [...this.pending.keys()]) {
      if (culprit !== null && id !== culprit && id === this.latest) continue;
      this.settle(id, id === this.latest ? { status, run: null, message } : null);
    }
    // A batch that ran too long, or every batch after a crash, fails with the reason; another batch is sent again.
    for (const id of [...this.batches.keys()])
      if (culprit === null || id === culprit) this.settleBatch(id, { ok: false, message });
    this.worker = this.startWorker();
    for (const id of this.pending.keys()) this.post(id);
    for (const id of this.batches.keys()) this.postBatch(id);
  }

  private settle(id: number, result: PreviewResult | null): void {
    const run = this.pending.get(id);
    if (!run) return;
    this.timers.clearTimeout(run.timer);
    this.pending.delete(id);
    run.resolve(result);
  }
}
