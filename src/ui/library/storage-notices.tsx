// What went wrong with the browser's storage, outside the library dialog: designs kept in memory only, a failed save.
// The open design is never touched by these; they only say what happened and what to do.
import { useActions, useDesigner } from '../../store/hooks.tsx';
import { RemovedNotice } from './removed-notice.tsx';

export function StorageNotices() {
  const { storageMessage, listOpen } = useDesigner((s) => ({
    storageMessage: s.library.storageMessage,
    listOpen: s.library.listOpen,
  }));
  if (listOpen) return null; // the library dialog shows them itself
  return (
    <>
      {storageMessage ? (
        <p className="notice storage-notice" role="status">
          {storageMessage}
        </p>
      ) : null}
      <LibraryProblems />
    </>
  );
}

/** A failed library operation (dismissable) and the undo of a removal: in the library dialog and outside it. */
export function LibraryProblems() {
  const error = useDesigner((s) => s.library.error);
  const { dismissLibraryError } = useActions();
  return (
    <>
      {error ? (
        <div className="notice notice-error" role="alert">
          <span>{error}</span>
          <button type="button" onClick={dismissLibraryError}>
            Dismiss
          </button>
        </div>
      ) : null}
      <RemovedNotice />
    </>
  );
}
