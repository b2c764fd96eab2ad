// The bar of `integration-designer open <file>`: which file, which of its methods is in the designer, and
// "Save to file" (a diff first, then the write). Shown only when the page was served by that command.
import { useId } from 'react';
import { useActions, useDesigner } from '../../store/hooks.tsx';
import { SaveToFileDialog } from './save-to-file-dialog.tsx';
import { useOpenFile } from './use-open-file.ts';

export function OpenFileBar() {
  useOpenFile();
  const file = useDesigner((s) => ({
    status: s.openFile.status,
    name: s.openFile.name,
    methods: s.openFile.methods,
    current: s.openFile.current,
    error: s.openFile.error,
    changedOnDisk: s.openFile.changedOnDisk,
    message: s.openFile.message,
  }));
  const { selectOpenMethod, prepareSave, reloadOpenFile } = useActions();
  const methodId = useId();
  if (file.status === 'off') return null;
  return (
    <section className="open-file-bar" aria-label="File on disk">
      <p className="open-file-name">
        {file.status === 'loading' ? 'Reading the file…' : `Editing ${file.name || 'the file'} on disk`}
      </p>
      {file.methods.length > 1 ? (
        <div className="open-file-method">
          <label htmlFor={methodId}>Method in the file</label>
          <select id={methodId} value={file.current ?? ''} onChange={(e) => selectOpenMethod(e.target.value)}>
            {file.methods.map((key) => (
              <option key={key} value={key}>
                {key}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {file.status === 'ready' ? (
        <button type="button" onClick={prepareSave}>
          Save to file
        </button>
      ) : null}
      {file.message ? <output className="open-file-saved">{file.message}</output> : null}
      {file.error ? (
        <div className="notice notice-error" role="alert">
          <p>{file.error}</p>
          {file.changedOnDisk || file.status === 'error' ? (
            <button type="button" onClick={() => void reloadOpenFile()}>
              Reload the file
            </button>
          ) : null}
        </div>
      ) : null}
      {file.changedOnDisk ? (
        <p className="open-file-hint">
          Reloading replaces the designer's method with the file's; Undo brings yours back.
        </p>
      ) : null}
      <SaveToFileDialog />
    </section>
  );
}
