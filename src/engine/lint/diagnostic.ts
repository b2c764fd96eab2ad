// A problem in a template (or a design field) as plain data: what the engine found, where, and how to fix it.
// The one shape for template errors and lint findings; the editor turns it into Monaco markers and code actions
// (src/ui/templates/monaco/markers.ts), the command line into `file: line:column` lines. Positions are 1-based;
// end positions are exclusive, as in editors.

export type DiagnosticSeverity = 'error' | 'warning' | 'info';

/** Replace the text between (line, column) and (endLine, endColumn) with `text` (an insertion when both are equal). */
export interface TextEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

/** A quick fix: a title for the code action and the edits it applies to the same template. */
export interface DiagnosticFix {
  title: string;
  edits: TextEdit[];
}

export interface Diagnostic {
  severity: DiagnosticSeverity;
  /** A rule code (`VTL001`) or the kind of engine error (`parse`, `runtime`, `limit`, `output`). */
  code: string;
  /** What is wrong and why it matters (shown as the marker's hover text and on the command line). */
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: DiagnosticFix;
}

/** The error shape of the Velocity runtime (VtlError) as far as diagnostics need it. */
export interface PositionedError {
  message: string;
  line?: number;
  column?: number;
  code?: string;
}

export function diagnosticFromError(error: PositionedError): Diagnostic {
  const line = error.line && error.line > 0 ? error.line : 1;
  const column = error.column && error.column > 0 ? error.column : 1;
  return {
    severity: 'error',
    code: error.code ?? 'template',
    message: error.message,
    line,
    column,
    // Engines report a point; the editor adapter widens it to the word at that point.
    endLine: line,
    endColumn: column + 1,
  };
}
