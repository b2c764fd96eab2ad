// The bar of `integration-designer open <file>`: which file, and "Save to file" (a diff first, then the write); the
// methods of an API definition are in the workspace's sidebar. Shown only when the page was served by that command.
import { useActions, useDesigner } from '../../store/hooks.tsx';
import { SaveToFileDialog } from './save-to-file-dialog.tsx';

export function OpenFileBar() {
  const file = useDesigner((s) => ({
    status: s.openFile.status,
    name: s.openFile.name,
    error: s.openFile.error,
    changedOnDisk: s.openFile.changedOnDisk,
    message: s.openFile.message,
  }));
  const { prepareSave, reloadOpenFile } = useActions();
  if (file.status === 'off') return null;
  return (
    <section className="open-file-bar" aria-label="File on disk">
      <p className="open-file-name">
        {file.status === 'loading' ? 'Reading the file…' : `Editing ${file.name || 'the file'} on disk`}
      </p>
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
