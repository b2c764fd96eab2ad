// Errors a template can raise while it is parsed or rendered. They carry a code so the UI and the CLI can tell a
// syntax error from a runtime failure or a safety limit, and a position (1-based line and column) in the template.

export type VtlErrorCode = 'parse' | 'runtime' | 'limit' | 'override-twice' | 'unsupported';

export interface VtlError {
  message: string;
  line: number;
  column: number;
  code: VtlErrorCode | string;
}

export interface SourcePosition {
  line: number;
  column: number;
}

/**
 * Thrown inside the runtime; the interpreter fills in the position of the template node being evaluated when the
 * thrower (a Java method, a limit check) does not know it.
 */
export class VtlRuntimeError extends Error {
  constructor(
    readonly code: VtlErrorCode,
    message: string,
    public position?: SourcePosition,
  ) {
    super(message);
    this.name = 'VtlRuntimeError';
  }
}

/** A Java exception a method would throw (IndexOutOfBounds, NumberFormat, ...): the template fails, as on AWS (5XX). */
export function javaException(javaClass: string, detail: string): VtlRuntimeError {
  return new VtlRuntimeError('runtime', `${javaClass}: ${detail}`);
}
