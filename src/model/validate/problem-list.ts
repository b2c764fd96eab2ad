// Collects problems while the rules walk a design. Rules only call `error` and `warning`; nothing else.
import type { Problem } from '../types.ts';

export class ProblemList {
  readonly problems: Problem[] = [];

  /** Something API Gateway would refuse, or that fails every request. */
  error(path: string, message: string): void {
    this.problems.push({ path, message, severity: 'error' });
  }

  /** Something API Gateway accepts but that has no effect or likely does not do what is meant. */
  warning(path: string, message: string): void {
    this.problems.push({ path, message, severity: 'warning' });
  }
}

/**
 * Plain-object check used by the rules: restore() guarantees shapes, but validateDesign also takes hand-made objects.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Absent in the API Gateway sense: the field was not given (undefined) or was given as null. */
export function isAbsent(value: unknown): value is null | undefined {
  return value === undefined || value === null;
}
