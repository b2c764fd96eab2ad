// "Deleted X. Undo delete": shown after a saved design is deleted, until undone or dismissed.
import { useActions, useDesigner } from '../../store/hooks.tsx';

export function RemovedNotice() {
  const removed = useDesigner((s) => s.library.lastRemoved);
  const { undoRemove, dismissRemoved } = useActions();
  if (!removed) return null;
  return (
    <div className="notice removed-notice" role="status">
      <span>Deleted “{removed.name}”.</span>
      <span className="toolbar">
        <button type="button" onClick={() => void undoRemove()}>
          Undo delete
        </button>
        <button type="button" onClick={dismissRemoved}>
          Dismiss
        </button>
      </span>
    </div>
  );
}
