// The designs this browser set aside because they could not be opened (store/quarantine.ts), in the library dialog:
// when and why, the stored text to download as it was, and a delete that asks first. The text is shown only as text.
import { useState } from 'react';
import type { SetAsideDesign } from '../../store/quarantine.ts';
import { useActions, useDesigner } from '../../store/hooks.tsx';
import { downloadText } from '../export/download-file.ts';
import { formatTime } from '../shared/format-time.ts';

export function SetAsideList() {
  const setAside = useDesigner((s) => s.setAside);
  if (setAside.length === 0) return null;
  return (
    <section className="set-aside" aria-labelledby="set-aside-heading">
      <h3 id="set-aside-heading">Set aside: designs that could not be opened</h3>
      <p className="note">
        Kept in this browser exactly as they were stored. Download one to repair it by hand, then open it with Import.
      </p>
      <ul className="library-list" aria-label="Designs set aside">
        {setAside.map((entry) => (
          <SetAsideRow key={entry.key} entry={entry} />
        ))}
      </ul>
    </section>
  );
}

/** A file name for the download: the time it was set aside, without characters file systems refuse. */
export function setAsideFileName(at: string): string {
  return `set-aside-${at.replace(/[^0-9A-Za-z-]/g, '-')}.json`;
}

function SetAsideRow({ entry }: { entry: SetAsideDesign }) {
  const { discardSetAside } = useActions();
  const [confirming, setConfirming] = useState(false);
  const when = Date.parse(entry.at);
  const label = `Set aside ${Number.isNaN(when) ? entry.at : formatTime(when)}`;
  return (
    <li aria-label={label} className="library-entry">
      <div className="library-entry-title">
        <span className="library-entry-name">{label}</span>
      </div>
      <p className="library-entry-summary">{entry.reason}</p>
      <div className="toolbar">
        <button type="button" onClick={() => downloadText(entry.raw, setAsideFileName(entry.at), 'application/json')}>
          Download
        </button>
        {confirming ? (
          <>
            <button type="button" onClick={() => discardSetAside(entry.key)}>
              Delete for good
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Delete…
          </button>
        )}
      </div>
    </li>
  );
}
