// The one adapter from engine diagnostics (data) to Monaco markers.
import type * as Monaco from 'monaco-editor/editor';
import type { TemplateDiagnostic } from '../../../worker/protocol.ts';

export const MARKER_OWNER = 'engine';

export function setDiagnosticMarkers(
  monaco: typeof Monaco,
  model: Monaco.editor.ITextModel,
  diagnostics: readonly TemplateDiagnostic[],
): void {
  const lastLine = model.getLineCount();
  monaco.editor.setModelMarkers(
    model,
    MARKER_OWNER,
    diagnostics.map((d) => {
      const line = Math.min(d.line, lastLine);
      // Underline the word at the position when the engine gives a point, so the marker is visible.
      const word = model.getWordAtPosition({ lineNumber: line, column: d.column });
      const endColumn =
        d.endLine && d.endLine !== line
          ? model.getLineMaxColumn(line)
          : Math.max(d.endColumn ?? 0, word?.endColumn ?? 0, d.column + 1);
      return {
        severity: d.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
        message: d.message,
        startLineNumber: line,
        startColumn: d.column,
        endLineNumber: line,
        endColumn,
        code: d.code,
        source: 'API Gateway engine',
      };
    }),
  );
}
