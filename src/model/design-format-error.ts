// The error for input that cannot be a design document at all (as opposed to a design API Gateway would refuse,
// which validateDesign reports). The message says what and where: `integration.requestTemplates: expected ...`,
// or `line 3, column 7: ...` for JSON syntax.

export class DesignFormatError extends Error {
  override readonly name = 'DesignFormatError';

  constructor(
    /** Where in the document (`integration.requestTemplates`), or '' for the document as a whole. */
    readonly path: string,
    /** What is wrong, without the path. */
    readonly reason: string,
    /** For JSON syntax errors: 1-based line and column. */
    readonly position?: { line: number; column: number },
  ) {
    super(
      position ? `line ${position.line}, column ${position.column}: ${reason}` : path ? `${path}: ${reason}` : reason,
    );
  }
}
