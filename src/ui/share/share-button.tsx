// "Share": puts the whole design, compressed, in a link's fragment (never sent to a server), copies it, and shows it
// in a field to copy by hand when the clipboard is refused. A design too large for a link is offered as a file.
import { useState } from 'react';
import { encodeShareLink, DEFAULT_MAX_LINK_LENGTH } from '../../share/index.ts';
import { useDesignerStoreApi } from '../../store/hooks.tsx';
import { copyText } from '../export/copy-text.ts';
import { downloadText } from '../export/download-file.ts';
import { ModalDialog } from '../export/modal-dialog.tsx';

type Shared = { kind: 'link'; url: string; copied: boolean | null } | { kind: 'too-large'; length: number };

export function ShareButton() {
  const store = useDesignerStoreApi();
  const [shared, setShared] = useState<Shared | null>(null);
  const share = () => {
    const encoded = encodeShareLink(store.getState().design, window.location.href);
    if (!encoded.ok) return setShared({ kind: 'too-large', length: encoded.length });
    setShared({ kind: 'link', url: encoded.url, copied: null });
    // Called from the click, so the browser counts it as the user's gesture.
    void copyText(encoded.url).then((copied) =>
      setShared((s) => (s?.kind === 'link' && s.url === encoded.url ? { ...s, copied } : s)),
    );
  };
  // The export formats (YAML and all) load with the first download: the page's first render does not wait for them.
  const downloadFile = async () => {
    const { exportPreview } = await import('../export/export-preview.ts');
    const file = exportPreview(store.getState().design, 'design-json');
    if (file.ok) downloadText(file.text, file.fileName, file.mediaType);
  };
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={share}>
        Share
      </button>
      {shared ? (
        <ModalDialog title="Share" onClose={() => setShared(null)} className="share-dialog">
          {shared.kind === 'link' ? (
            <>
              <p role="status">
                {shared.copied === null
                  ? 'Copying the link…'
                  : shared.copied
                    ? 'Link copied to the clipboard.'
                    : 'The browser did not let the page copy: select the link below and copy it.'}
              </p>
              <div className="field">
                <label htmlFor="share-link">Share link</label>
                <input id="share-link" readOnly value={shared.url} onFocus={(e) => e.currentTarget.select()} />
              </div>
              <p className="note">
                The whole design travels in the link, after the #, which browsers never send to a server. Whoever opens
                it gets a copy; your saved design is not changed.
              </p>
            </>
          ) : (
            <>
              <p role="alert">
                This design is too large for a link ({shared.length} characters; links over {DEFAULT_MAX_LINK_LENGTH}{' '}
                are cut by mail and chat tools). Share the design file instead: it opens with Import.
              </p>
              <button type="button" onClick={() => void downloadFile()}>
                Download design file
              </button>
            </>
          )}
        </ModalDialog>
      ) : null}
    </>
  );
}
