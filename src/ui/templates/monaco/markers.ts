// The one adapter from engine diagnostics (plain data, src/engine/lint) to Monaco: markers (the rule code and its
// explanation show on hover) and quick-fix code actions built from each diagnostic's `fix` edits.
import type * as Monaco from 'monaco-editor/editor';
import type { Diagnostic } from '../../../engine/index.ts';
import { deepEqual } from '../../../model/deep-equal.ts';

export const MARKER_OWNER = 'engine';

/** The diagnostics last set on each model, with the text they describe (a fix applies only to that text). */
const current = new Map<
  string,
  { diagnostics: readonly Diagnostic[]; text: string; markers?: Monaco.editor.IMarkerData[] }
>();

export function setDiagnosticMarkers(
  monaco: typeof Monaco,
  model: Monaco.editor.ITextModel,
  diagnostics: readonly Diagnostic[],
): void {
  const key = model.uri.toString();
  const previous = current.get(key);
  // New diagnostics describe the text on screen now; the same ones re-applied after a keystroke still describe the
  // text they were computed for, so their fixes must not be offered against the edited text.
  if (previous?.diagnostics === diagnostics) {
    previous.markers = setMarkers(monaco, model, diagnostics);
    return;
  }
  // A run after a keystroke that finds the same problems at the same places (the edit was elsewhere) leaves the
  // markers as they are: setting them again repaints the editor a frame later, while the user types.
  const unchanged =
    previous !== undefined &&
    deepEqual(previous.diagnostics, diagnostics) &&
    sameMarkers(monaco, model, previous.markers);
  const markers = unchanged ? previous.markers : setMarkers(monaco, model, diagnostics);
  current.set(key, { diagnostics, text: model.getValue(), markers });
}

function setMarkers(
  monaco: typeof Monaco,
  model: Monaco.editor.ITextModel,
  diagnostics: readonly Diagnostic[],
): Monaco.editor.IMarkerData[] {
  const markers = diagnostics.map((d) => toMarker(monaco, model, d));
  monaco.editor.setModelMarkers(model, MARKER_OWNER, markers);
  return markers;
}

/** Whether the model's markers are still where they were set (Monaco moves them with the text it edits). */
function sameMarkers(
  monaco: typeof Monaco,
  model: Monaco.editor.ITextModel,
  set: Monaco.editor.IMarkerData[] | undefined,
): boolean {
  if (!set) return false;
  const now = monaco.editor.getModelMarkers({ owner: MARKER_OWNER, resource: model.uri });
  const at = (m: Monaco.editor.IMarkerData) =>
    `${m.startLineNumber}:${m.startColumn}-${m.endLineNumber}:${m.endColumn} ${m.message}`;
  const placed = new Set(now.map(at));
  return now.length === set.length && set.every((m) => placed.has(at(m)));
}

function toMarker(monaco: typeof Monaco, model: Monaco.editor.ITextModel, d: Diagnostic): Monaco.editor.IMarkerData {
  const lastLine = model.getLineCount();
  const line = Math.min(d.line, lastLine);
  const endLine = Math.min(Math.max(d.endLine, line), lastLine);
  let endColumn = d.endColumn;
  if (endLine === line && endColumn <= d.column + 1) {
    // A point (engine errors): underline the word there so the marker is visible.
    const word = model.getWordAtPosition({ lineNumber: line, column: d.column });
    endColumn = Math.max(endColumn, word?.endColumn ?? 0, d.column + 1);
  }
  const severity =
    d.severity === 'error'
      ? monaco.MarkerSeverity.Error
      : d.severity === 'warning'
        ? monaco.MarkerSeverity.Warning
        : monaco.MarkerSeverity.Info;
  return {
    severity,
    message: d.message,
    startLineNumber: line,
    startColumn: d.column,
    endLineNumber: endLine,
    endColumn,
    code: d.code,
    source: d.code.startsWith('VTL') || d.code.startsWith('API') ? 'lint' : 'API Gateway engine',
  };
}

/** Quick fixes for the diagnostics under the cursor or selection (registered once per language). */
export function registerQuickFixes(monaco: typeof Monaco, languageId: string): void {
  monaco.languages.registerCodeActionProvider(
    languageId,
    {
      provideCodeActions(model, range, context) {
        const entry = current.get(model.uri.toString());
        if (!entry || entry.text !== model.getValue()) return { actions: [], dispose() {} };
        const actions: Monaco.languages.CodeAction[] = [];
        for (const d of entry.diagnostics) {
          if (!d.fix || !overlaps(d, range)) continue;
          const marker = context.markers.find(
            (m) => m.code === d.code && m.startLineNumber === d.line && m.startColumn === d.column,
          );
          actions.push({
            title: d.fix.title,
            kind: 'quickfix',
            isPreferred: true,
            ...(marker ? { diagnostics: [marker] } : {}),
            edit: {
              edits: d.fix.edits.map((e) => ({
                resource: model.uri,
                versionId: model.getVersionId(),
                textEdit: { range: new monaco.Range(e.line, e.column, e.endLine, e.endColumn), text: e.text },
              })),
            },
          });
        }
        return { actions, dispose() {} };
      },
    },
    { providedCodeActionKinds: ['quickfix'] },
  );
}

function overlaps(d: Diagnostic, range: Monaco.IRange): boolean {
  const before =
    d.endLine < range.startLineNumber || (d.endLine === range.startLineNumber && d.endColumn < range.startColumn);
  const after = d.line > range.endLineNumber || (d.line === range.endLineNumber && d.column > range.endColumn);
  return !before && !after;
}
