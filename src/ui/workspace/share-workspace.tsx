// "Share workspace": the whole workspace in a link when it fits (src/share/workspace-link.ts), else — as for a design
// too large for a link — the workspace file to download, which Import opens.
import { useState } from 'react';
import { DEFAULT_MAX_LINK_LENGTH } from '../../share/index.ts';
import { encodeWorkspaceLink, type WorkspaceLink } from '../../share/workspace-link.ts';
import { useDesignerStoreApi } from '../../store/hooks.tsx';
import { currentWorkspace } from '../../store/workspace-slice.ts';
import { serializeWorkspace } from '../../workspace/restore-workspace.ts';
import type { Workspace } from '../../workspace/types.ts';
import { copyText } from '../export/copy-text.ts';
import { downloadText } from '../export/download-file.ts';
import { ModalDialog } from '../export/modal-dialog.tsx';

/** `orders.yaml` -> `orders.workspace.json`. */
export function workspaceFileName(fileName: string): string {
  return `${fileName.replace(/\.(json|ya?ml)$/i, '') || 'api'}.workspace.json`;
}

export function downloadWorkspace(workspace: Workspace): void {
  downloadText(serializeWorkspace(workspace), workspaceFileName(workspace.source.fileName), 'application/json');
}

export function ShareWorkspaceButton() {
  const store = useDesignerStoreApi();
  const [shared, setShared] = useState<{ link: WorkspaceLink; workspace: Workspace; copied: boolean | null } | null>(
    null,
  );
  const share = () => {
    const workspace = currentWorkspace(store.getState());
    if (!workspace) return;
    const { id: _local, ...sent } = workspace;
    const link = encodeWorkspaceLink(sent, window.location.href);
    setShared({ link, workspace, copied: null });
    if (link.ok) void copyText(link.url).then((copied) => setShared((s) => (s?.link === link ? { ...s, copied } : s)));
  };
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={share}>
        Share workspace
      </button>
      {shared ? (
        <ModalDialog title="Share workspace" onClose={() => setShared(null)}>
          {shared.link.ok ? (
            <>
              <p role="status">{shared.copied ? 'Link copied to the clipboard.' : 'Copy the link below.'}</p>
              <div className="field">
                <label htmlFor="workspace-link">Workspace link</label>
                <input id="workspace-link" readOnly value={shared.link.url} onFocus={(e) => e.currentTarget.select()} />
              </div>
            </>
          ) : (
            <>
              <p role="alert">
                This workspace is too large for a link ({shared.link.length} characters; links over{' '}
                {DEFAULT_MAX_LINK_LENGTH} are cut by mail and chat tools). Share the workspace file instead: it opens
                with Import.
              </p>
              <button type="button" onClick={() => downloadWorkspace(shared.workspace)}>
                Download workspace file
              </button>
            </>
          )}
        </ModalDialog>
      ) : null}
    </>
  );
}
