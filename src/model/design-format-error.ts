// The error for input that cannot be a design document at all (as opposed to a design API Gateway would refuse,
// which validateDesign reports). The message says what and where: `integration.requestTemplates: expected ...`,
// or `line 3, column 7: ...` for JSON syntax. When the schema found several wrong types, `problems` lists them all
// (the message joins them) so that a command line can print one `path: message` per line.
import type { Problem } from './types.ts';

export class DesignFormatError extends Error {
  override readonly name = 'DesignFormatError';
  /** Every problem found (at least the one of `path` and `reason`). */
  readonly problems: Problem[];

  constructor(
    /** Where in the document (`integration.requestTemplates`), or '' for the document as a whole. */
    readonly path: string,
    /** What is wrong, without the path. */
    readonly reason: string,
    /** For JSON syntax errors: 1-based line and column. */
    readonly position?: { line: number; column: number },
    more: readonly Problem[] = [],
  ) {
    const first = position
      ? `line ${position.line}, column ${position.column}: ${reason}`
      : path
        ? `${path}: ${reason}`
        : reason;
    super([first, ...more.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message))].join('; '));
    this.problems = [{ path, message: reason, severity: 'error' }, ...more];
  }

  /** The error for a list of schema problems (at least one). */
  static of(problems: readonly Problem[]): DesignFormatError {
    const [first, ...rest] = problems;
    return new DesignFormatError(first?.path ?? '', first?.message ?? 'not a design document', undefined, rest);
  }
}
