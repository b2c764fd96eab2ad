// Bounds on what a template may do. Templates are untrusted (share links, imports, forum snippets): none may run
// forever or exhaust memory, in the browser worker, the CLI or the library alike (docs/limits.md). API Gateway's own
// limits
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html): a
// #foreach loop runs at most 1,000 iterations, a mapping template is at most 300 KB, a payload at most 10 MB. The
// wall-clock deadline, the step budget and the macro depth are this emulator's own (Velocity's default
// velocimacro.max.depth is 20): API Gateway does not document a template time limit, but its integration times out.
import { VtlRuntimeError } from '../errors.ts';

export interface VtlLimits {
  /** Iterations of one #foreach loop (API Gateway: 1,000). */
  maxForeachIterations: number;
  /** Nested macro calls and #evaluate levels. */
  maxMacroDepth: number;
  /** Evaluation steps for the whole render (each node, loop iteration, method call, element visited or copied). */
  maxSteps: number;
  /** Characters in the output, and in any single string a template builds (API Gateway payload limit: 10 MB). */
  maxOutputLength: number;
  /** Characters in the template (API Gateway: 300 KB). */
  maxTemplateLength: number;
  /** Wall-clock time one render may take, in milliseconds (this emulator's own: 2 s). */
  maxMillis: number;
}

export const DEFAULT_LIMITS: VtlLimits = {
  maxForeachIterations: 1000,
  maxMacroDepth: 20,
  maxSteps: 2_000_000,
  maxOutputLength: 10 * 1024 * 1024,
  maxTemplateLength: 300 * 1024,
  maxMillis: 2000,
};

/** How many steps pass between two looks at the clock (a clock read costs far more than a step). */
const CLOCK_EVERY = 1024;

// performance.now() where the platform has it (browsers, workers, Node): monotonic, unlike Date.now().
const clock = (globalThis as { performance?: { now(): number } }).performance;
const now: () => number = clock ? () => clock.now() : () => Date.now();

/** Counts the work of one render and stops it, with a clear message, when a limit is passed. */
export class Budget {
  private steps = 0;
  private nextClock = CLOCK_EVERY;
  private readonly deadline: number;

  constructor(readonly limits: VtlLimits) {
    this.deadline = now() + limits.maxMillis;
  }

  charge(n = 1): void {
    this.steps += n;
    if (this.steps > this.limits.maxSteps) {
      throw new VtlRuntimeError(
        'limit',
        `the template did too much work (more than ${this.limits.maxSteps.toLocaleString('en-US')} evaluation steps); is there a runaway loop or recursion?`,
      );
    }
    if (this.steps >= this.nextClock) {
      this.nextClock = this.steps + CLOCK_EVERY;
      this.checkClock();
    }
  }

  /** Fails the render once its wall-clock time is up; called by charge() and by long primitive operations. */
  checkClock(): void {
    if (now() > this.deadline) {
      throw new VtlRuntimeError(
        'limit',
        `the template ran longer than ${this.limits.maxMillis.toLocaleString('en-US')} ms (the time limit for one render); is there a runaway loop, a huge value or an expensive regular expression?`,
      );
    }
  }

  checkLength(length: number, what = 'a string'): void {
    if (length > this.limits.maxOutputLength) {
      throw new VtlRuntimeError(
        'limit',
        `${what} grew past ${this.limits.maxOutputLength.toLocaleString('en-US')} characters (API Gateway's payload limit is 10 MB)`,
      );
    }
  }

  get used(): number {
    return this.steps;
  }
}

// The budget of the render in progress. Rendering is synchronous, so one slot (saved and restored around nested
// renders) lets deep helpers such as Java's toString() or equals() charge their work without every caller passing a
// budget down. Outside a render (e.g. a unit test calling a helper directly) there is none and nothing is counted.
let active: Budget | null = null;

/** Runs fn with `budget` as the active budget. */
export function withBudget<T>(budget: Budget, fn: () => T): T {
  const saved = active;
  active = budget;
  try {
    return fn();
  } finally {
    active = saved;
  }
}

/** Charges n steps to the render in progress (checks its step limit and, now and then, its deadline). */
export function tick(n = 1): void {
  active?.charge(n);
}

/** Fails when a string of `length` characters would pass the size limit of the render in progress. */
export function checkSize(length: number, what?: string): void {
  active?.checkLength(length, what);
}

/** The size limit of the render in progress, in characters (unbounded outside a render). */
export function sizeLimit(): number {
  return active ? active.limits.maxOutputLength : Number.POSITIVE_INFINITY;
}

/** Looks at the clock of the render in progress (for long primitive operations that do not step). */
export function checkDeadline(): void {
  active?.checkClock();
}
