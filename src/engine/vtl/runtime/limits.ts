// Bounds on what a template may do. Templates are untrusted (share links, imports): none may run forever or exhaust
// memory. API Gateway's own limits (DG limits, REST table): a #foreach loop runs at most 1,000 iterations, a mapping
// template is at most 300 KB, a payload at most 10 MB. The step budget and macro depth are this emulator's own
// (Velocity's default velocimacro.max.depth is 20).
import { VtlRuntimeError } from '../errors.ts';

export interface VtlLimits {
  /** Iterations of one #foreach loop (API Gateway: 1,000). */
  maxForeachIterations: number;
  /** Nested macro calls and #evaluate levels. */
  maxMacroDepth: number;
  /** Evaluation steps for the whole render (each node, loop iteration, method call, collection element). */
  maxSteps: number;
  /** Characters in the output, and in any single string a template builds (API Gateway payload limit: 10 MB). */
  maxOutputLength: number;
  /** Characters in the template (API Gateway: 300 KB). */
  maxTemplateLength: number;
}

export const DEFAULT_LIMITS: VtlLimits = {
  maxForeachIterations: 1000,
  maxMacroDepth: 20,
  maxSteps: 2_000_000,
  maxOutputLength: 10 * 1024 * 1024,
  maxTemplateLength: 300 * 1024,
};

/** Counts the work of one render and stops it, with a clear message, when a limit is passed. */
export class Budget {
  private steps = 0;

  constructor(readonly limits: VtlLimits) {}

  charge(n = 1): void {
    this.steps += n;
    if (this.steps > this.limits.maxSteps) {
      throw new VtlRuntimeError(
        'limit',
        `the template did too much work (more than ${this.limits.maxSteps.toLocaleString('en-US')} evaluation steps); is there a runaway loop or recursion?`,
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
