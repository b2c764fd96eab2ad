// "Save to file": what writing the designer's changes back does to the file, before anything is written — the file
// now and after saving side by side in Monaco's diff editor (its own chunk, loaded when the dialog first shows a
// change; long unchanged runs folded), and the same change as a unified text diff, for screen readers and to copy.
import { lazy, Suspense, useMemo } from 'react';
import { useActions, useDesigner } from '../../store/hooks.tsx';
import { ModalDialog } from '../export/modal-dialog.tsx';
import { FallbackBoundary } from '../shared/fallback-boundary.tsx';
import { FileDiff } from './file-diff.tsx';
import { lineDiff } from './line-diff.ts';

const DiffEditor = lazy(() => import('../shared/diff-editor.tsx'));

/** Monaco colours JSON; a YAML file (CloudFormation, SAM, OpenAPI) is shown as plain text. */
const languageOf = (name: string) => (name.toLowerCase().endsWith('.json') ? 'json' : 'plaintext');

export function SaveToFileDialog() {
  const { name, text, pending } = useDesigner((s) => ({
    name: s.openFile.name,
    text: s.openFile.text,
    pending: s.openFile.pending,
  }));
  const { cancelSave, confirmSave } = useActions();
  const hunks = useMemo(() => (pending ? lineDiff(text, pending.text) : []), [text, pending]);
  if (!pending) return null;
  return (
    <ModalDialog title={`Save to ${name}`} onClose={cancelSave} className="save-to-file-dialog">
      {pending.notes.length > 0 ? (
        <ul className="notice" aria-label="Notes on the save">
          {pending.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {hunks.length === 0 ? (
        <p>No changes: the file already says all this.</p>
      ) : (
        <>
          <FallbackBoundary
            fallback={
              <p role="alert" className="error-text">
                The side-by-side diff could not be loaded; the changes are below as text.
              </p>
            }
          >
            <Suspense fallback={<p role="status">Loading the side-by-side diff…</p>}>
              <DiffEditor
                key={pending.text}
                label={name}
                before={text}
                after={pending.text}
                language={languageOf(name)}
                className="file-diff-editor"
                foldUnchanged
                wrap={false}
              />
            </Suspense>
          </FallbackBoundary>
          <details className="file-diff-text">
            <summary>The changes as text</summary>
            <FileDiff label={`Changes to ${name}`} hunks={hunks} />
          </details>
        </>
      )}
      <div className="toolbar">
        <button type="button" disabled={hunks.length === 0} onClick={() => void confirmSave()}>
          Write to {name}
        </button>
        <button type="button" onClick={cancelSave}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
