// "Save to file": what writing the designer's changes back does to the file, before anything is written.
import { useMemo } from 'react';
import { useActions, useDesigner } from '../../store/hooks.tsx';
import { ModalDialog } from '../export/modal-dialog.tsx';
import { FileDiff } from './file-diff.tsx';
import { lineDiff } from './line-diff.ts';

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
      <FileDiff label={`Changes to ${name}`} hunks={hunks} />
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
