// The library of saved designs: search, newest first, open / rename / duplicate / delete (with undo).
import { useEffect, useId } from 'react';
import { useActions, useDesigner } from '../../store/hooks.tsx';
import { ModalDialog } from '../export/modal-dialog.tsx';
import { LibraryEntryRow } from './library-entry.tsx';
import { SetAsideList } from './set-aside-list.tsx';
import { LibraryProblems } from './storage-notices.tsx';

export function LibraryDialog({ onClose }: { onClose: () => void }) {
  const { entries, search, openId, storage } = useDesigner((s) => ({
    entries: s.library.entries,
    search: s.library.search,
    openId: s.library.document.id,
    storage: s.library.storage,
  }));
  const { showLibrary, searchLibrary, refreshSetAside } = useActions();
  const id = useId();
  useEffect(() => {
    showLibrary(true);
    refreshSetAside();
    return () => showLibrary(false);
  }, [showLibrary, refreshSetAside]);
  return (
    <ModalDialog title="Saved designs" onClose={onClose} className="library-dialog">
      <p className="note">
        {storage === 'memory'
          ? 'This browser does not keep designs for this page: they last until this tab closes.'
          : 'Designs are saved in this browser as you edit; they stay after a reload or a restart.'}
      </p>
      <div className="field">
        <label htmlFor={`${id}-search`}>Search saved designs</label>
        <input
          id={`${id}-search`}
          type="search"
          value={search}
          aria-describedby={`${id}-search-hint`}
          onChange={(e) => searchLibrary(e.target.value)}
        />
        <p className="field-hint" id={`${id}-search-hint`}>
          Matches the name, HTTP method, resource path and integration type, e.g. “post /pets aws_proxy”.
        </p>
      </div>
      <LibraryProblems />
      {entries.length ? (
        <ul className="library-list" aria-label="Your saved designs">
          {entries.map((entry) => (
            <LibraryEntryRow key={entry.id} entry={entry} isOpen={entry.id === openId} onOpened={onClose} />
          ))}
        </ul>
      ) : (
        <p className="empty">
          {search.trim()
            ? `No saved design matches “${search}”.`
            : 'No saved designs yet: edit a design and it is saved here.'}
        </p>
      )}
      <SetAsideList />
    </ModalDialog>
  );
}
