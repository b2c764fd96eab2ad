// One saved design in the library list: its name (as text, never as HTML), when it changed, and what can be done
// with it. The open design cannot be deleted (its tab would save it again).
import { useId, useState } from 'react';
import type { LibraryEntry } from '../../share/index.ts';
import { useActions } from '../../store/hooks.tsx';
import { focusOnMount } from '../shared/focus-on-mount.ts';
import { formatTime } from '../shared/format-time.ts';

export function LibraryEntryRow({
  entry,
  isOpen,
  onOpened,
}: {
  entry: LibraryEntry;
  isOpen: boolean;
  onOpened: () => void;
}) {
  const { openSaved, renameSaved, duplicateSaved, removeSaved } = useActions();
  const [renaming, setRenaming] = useState<string | null>(null);
  const reasonId = `${useId()}-delete-reason`;
  return (
    <li aria-label={entry.name} className={`library-entry${isOpen ? ' library-entry-open' : ''}`}>
      <div className="library-entry-title">
        <span className="library-entry-name">{entry.name}</span>
        {isOpen ? <span className="badge">open now</span> : null}
        <time className="note" dateTime={new Date(entry.updatedAt).toISOString()}>
          {formatTime(entry.updatedAt)}
        </time>
      </div>
      {entry.httpMethod || entry.resourcePath || entry.integrationType ? (
        <p className="library-entry-summary">
          <code>
            {entry.httpMethod} {entry.resourcePath}
          </code>
          {entry.integrationType ? <span className="note"> · {entry.integrationType}</span> : null}
        </p>
      ) : null}
      {renaming !== null ? (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (renaming.trim()) void renameSaved(entry.id, renaming.trim());
            setRenaming(null);
          }}
        >
          <input
            aria-label={`New name for ${entry.name}`}
            value={renaming}
            onChange={(e) => setRenaming(e.target.value)}
            ref={focusOnMount}
          />
          <button type="submit">Save name</button>
          <button type="button" onClick={() => setRenaming(null)}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="toolbar">
          <button type="button" disabled={isOpen} onClick={() => void openSaved(entry.id).then(onOpened)}>
            Open
          </button>
          <button type="button" onClick={() => setRenaming(entry.name)}>
            Rename
          </button>
          <button type="button" onClick={() => void duplicateSaved(entry.id)}>
            Duplicate
          </button>
          <button
            type="button"
            disabled={isOpen}
            aria-describedby={isOpen ? reasonId : undefined}
            onClick={() => void removeSaved(entry.id)}
          >
            Delete
          </button>
          {/* Visible text, not a tooltip: keyboard and touch users must see why Delete does nothing. */}
          {isOpen ? (
            <span className="note disabled-reason" id={reasonId}>
              The open design cannot be deleted: open another design first.
            </span>
          ) : null}
        </div>
      )}
    </li>
  );
}
