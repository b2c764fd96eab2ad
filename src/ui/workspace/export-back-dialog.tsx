// "Export back": the whole API in its own format — the file the workspace came from with the methods' edits written
// into it in place (src/workspace/export-back.ts) — to download or copy. What could not be written back says why.
import { useState } from 'react';
import { useDesignerStoreApi } from '../../store/hooks.tsx';
import { currentWorkspace } from '../../store/workspace-slice.ts';
import { exportBack, type ExportBackResult } from '../../workspace/export-back.ts';
import { copyText } from '../export/copy-text.ts';
import { downloadText } from '../export/download-file.ts';
import { ModalDialog } from '../export/modal-dialog.tsx';

export function ExportBackButton() {
  const store = useDesignerStoreApi();
  const [result, setResult] = useState<ExportBackResult | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const open = () => {
    const workspace = currentWorkspace(store.getState());
    if (!workspace) return;
    setCopied(null);
    setResult(exportBack(workspace));
  };
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={open}>
        Export back
      </button>
      {result ? (
        <ModalDialog title="Export back" onClose={() => setResult(null)} className="export-back-dialog">
          {result.ok ? (
            <>
              <p role="status">
                {result.changed
                  ? `${result.fileName} with your changes written into it; everything else in the file is as it was.`
                  : `No change to write back: ${result.fileName} is as it was.`}
              </p>
              {result.notes.length ? (
                <ul aria-label="Notes">
                  {result.notes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              ) : null}
              <div className="field">
                <label htmlFor="export-back-text">{result.fileName}</label>
                <textarea id="export-back-text" readOnly rows={16} spellCheck={false} value={result.text} />
              </div>
              <div className="toolbar">
                <button type="button" onClick={() => downloadText(result.text, result.fileName, result.mediaType)}>
                  Download {result.fileName}
                </button>
                <button type="button" onClick={() => void copyText(result.text).then(setCopied)}>
                  Copy
                </button>
                {copied === null ? null : (
                  <span role="status">{copied ? 'Copied.' : 'The browser did not let the page copy.'}</span>
                )}
              </div>
            </>
          ) : (
            <p role="alert" className="error-text">
              Not exported: {result.error}
            </p>
          )}
        </ModalDialog>
      ) : null}
    </>
  );
}
