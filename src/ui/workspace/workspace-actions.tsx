// The workspace's actions: Run all (every method's samples through the engine), Export back (the whole API in its own
// format), the workspace as a file, and closing it.
import { useActions, useDesigner, useDesignerStoreApi } from '../../store/hooks.tsx';
import { currentWorkspace } from '../../store/workspace-slice.ts';
import { ExportBackButton } from './export-back-dialog.tsx';
import { downloadWorkspace, ShareWorkspaceButton } from './share-workspace.tsx';

export function WorkspaceActions() {
  const store = useDesignerStoreApi();
  const running = useDesigner((s) => s.workspace.run.status === 'running');
  const { runAll, closeWorkspace } = useActions();
  const saveFile = () => {
    const workspace = currentWorkspace(store.getState());
    if (workspace) downloadWorkspace(workspace);
  };
  return (
    <div className="toolbar" role="toolbar" aria-label="Workspace actions">
      <button type="button" onClick={runAll} disabled={running}>
        {running ? 'Running…' : 'Run all'}
      </button>
      <ExportBackButton />
      <button type="button" onClick={saveFile}>
        Save workspace file
      </button>
      <ShareWorkspaceButton />
      <button type="button" onClick={() => void closeWorkspace()}>
        Close workspace
      </button>
    </div>
  );
}
