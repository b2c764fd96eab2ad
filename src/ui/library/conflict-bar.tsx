// Another tab saved (or deleted) the open design since this tab loaded it: nothing is overwritten until the user
// chooses. Autosave waits; edits go on in memory.
import { useActions, useDesigner } from '../../store/hooks.tsx';

export function ConflictBar() {
  const conflict = useDesigner((s) => s.library.conflict);
  const { resolveConflict } = useActions();
  if (!conflict) return null;
  const { theirs } = conflict;
  return (
    <section className="notice notice-error conflict-bar" aria-label="Changed in another tab">
      <p role="alert">
        {theirs
          ? `“${theirs.name}” was changed in another tab. Your version here is not saved: choose which one to keep.`
          : 'This design was deleted in another tab. Your version here is not saved: choose how to keep it.'}
      </p>
      <div className="toolbar">
        <button type="button" onClick={() => void resolveConflict('overwrite')}>
          Keep mine (overwrite)
        </button>
        {theirs ? (
          <button type="button" onClick={() => void resolveConflict('load-theirs')}>
            Load theirs
          </button>
        ) : null}
        <button type="button" onClick={() => void resolveConflict('save-copy')}>
          Save mine as a copy
        </button>
      </div>
    </section>
  );
}
