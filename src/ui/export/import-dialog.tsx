// The Import dialog: a file (or pasted text), the format (detected by default), and when the file holds several
// methods, which one. An import opens as a NEW design in the library, with a sample request and a mock backend that
// fit its method and integration; the design that was open is saved first and stays as it was (Undo goes back to
// it). A file that cannot be read changes nothing and says why and where.
// A file of several methods (or a workspace file) opens as a workspace by default: every method, in a sidebar.
import { useId, useState } from 'react';
import { IMPORT_FORMAT_IDS } from '../../formats/index.ts';
import type { ImportCandidate, ImportFormatId } from '../../formats/index.ts';
import { useActions, useDesignerStoreApi } from '../../store/hooks.tsx';
import { candidateKey, IMPORT_FORMAT_LABELS, importFromSource, type ImportSource } from './import-text.ts';
import { ModalDialog } from './modal-dialog.tsx';
import { formatProblem } from '../../model/paths.ts';
import { useWorkspaceCandidate, WorkspaceChoice } from './workspace-choice.tsx';

export function ImportDialog({ onClose }: { onClose: () => void }) {
  const store = useDesignerStoreApi();
  const { importAsNew, showNotice, openWorkspace } = useActions();
  const [source, setSource] = useState<ImportSource | null>(null);
  const [pasted, setPasted] = useState('');
  const [from, setFrom] = useState<ImportFormatId | ''>('');
  const [error, setError] = useState<string | null>(null);
  const [candidates, setCandidates] = useState<ImportCandidate[]>([]);
  const [chosen, setChosen] = useState<string>('');
  const id = useId();
  const workspace = useWorkspaceCandidate(source);

  const choose = (next: ImportSource | null) => {
    setSource(next);
    setError(null);
    setCandidates([]);
    setChosen('');
  };

  const runImport = () => {
    if (!source) return;
    if (workspace.chosen && workspace.candidate) {
      const { workspace: opened, notes } = workspace.candidate;
      void openWorkspace(opened).then((done) => {
        if (!done) return setError('The workspace was not opened, so that your unsaved changes are kept (see above).');
        showNotice(
          `Opened ${source.label} as a workspace of ${opened.methods.length} methods.${notes.length ? ` Notes: ${notes.join(' ')}` : ''}`,
        );
        onClose();
      });
      return;
    }
    const candidate = candidates.find((c) => candidateKey(c) === chosen);
    const outcome = importFromSource(source, { from: from || undefined, candidate });
    if (!outcome.ok) {
      setError(outcome.error);
      if (outcome.candidates.length) setCandidates(outcome.candidates);
      return;
    }
    const previous = store.getState().design.name;
    void importAsNew(outcome.design).then((opened) => {
      if (!opened) {
        setError(
          'The import was not opened, so that your unsaved changes are kept (see above). Try again once they are saved.',
        );
        return;
      }
      const notes = [...outcome.notes, ...outcome.warnings.map(formatProblem)];
      showNotice(
        `Imported “${outcome.design.name}” from ${source.label} (${IMPORT_FORMAT_LABELS[outcome.from]}) as a new design; “${previous}” stays in Saved designs (Undo goes back to it).${notes.length ? ` Notes: ${notes.join(' ')}` : ''}`,
      );
      onClose();
    });
  };

  return (
    <ModalDialog title="Import" onClose={onClose} className="import-dialog">
      <div className="field">
        <label htmlFor={`${id}-file`}>File to import</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (!file) return choose(null);
            setPasted('');
            void file.text().then(
              (text) => choose({ label: file.name, text }),
              () => {
                choose(null);
                setError(`${file.name}: the browser could not read this file.`);
              },
            );
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-paste`}>Or paste the text</label>
        <textarea
          id={`${id}-paste`}
          rows={6}
          spellCheck={false}
          value={pasted}
          onChange={(e) => {
            setPasted(e.target.value);
            choose(e.target.value ? { label: 'The pasted text', text: e.target.value } : null);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-format`}>Format</label>
        <select id={`${id}-format`} value={from} onChange={(e) => setFrom(e.target.value as ImportFormatId | '')}>
          <option value="">Detect from the content</option>
          {IMPORT_FORMAT_IDS.map((f) => (
            <option key={f} value={f}>
              {IMPORT_FORMAT_LABELS[f]}
            </option>
          ))}
        </select>
      </div>
      <WorkspaceChoice state={workspace} name={`${id}-open-as`} />
      {candidates.length && !workspace.chosen ? (
        <fieldset className="import-candidates">
          <legend>This file holds several methods: which one?</legend>
          {candidates.map((c) => (
            <label key={candidateKey(c)} className="radio-option">
              <input
                type="radio"
                name={`${id}-candidate`}
                checked={chosen === candidateKey(c)}
                onChange={() => setChosen(candidateKey(c))}
              />
              {c.label}
            </label>
          ))}
        </fieldset>
      ) : null}
      {workspace.error ? (
        <p role="alert" className="error-text import-error">
          {workspace.error}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="error-text import-error">
          {error}
        </p>
      ) : null}
      <div className="toolbar">
        <button
          type="button"
          disabled={!source || (!workspace.chosen && candidates.length > 0 && !chosen)}
          onClick={runImport}
        >
          {workspace.chosen ? 'Open workspace' : 'Import'}
        </button>
        <span className="note">{source ? `Ready: ${source.label}` : 'Choose a file or paste its text.'}</span>
      </div>
    </ModalDialog>
  );
}
