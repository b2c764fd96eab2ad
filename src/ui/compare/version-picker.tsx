// Which two versions Compare shows: Before and After, each the original, now, or a saved design; Swap; and "Make now
// the original" for when the changes are live (the next Compare then starts from what is deployed).
import { useId } from 'react';
import { useActions, useDesigner } from '../../store/hooks.tsx';
import type { CompareSide, VersionKey } from '../../store/compare-slice.ts';
import { versionOptions } from './version-labels.ts';

export function VersionPicker() {
  const { before, after, original, entries, problem } = useDesigner((s) => ({
    before: s.compare.before,
    after: s.compare.after,
    original: s.library.original,
    entries: s.compare.entries,
    problem: s.compare.problem,
  }));
  const { chooseVersion, markOriginal } = useActions();
  const id = useId();
  const options = versionOptions(original, entries);
  const picker = (side: CompareSide, label: string, value: VersionKey) => (
    <div className="field">
      <label htmlFor={`${id}-${side}`}>{label}</label>
      <select
        id={`${id}-${side}`}
        value={value}
        onChange={(e) => void chooseVersion(side, e.target.value as VersionKey)}
      >
        {options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section aria-labelledby={`${id}-heading`} className="compare-versions">
      <h3 id={`${id}-heading`}>Versions</h3>
      <div className="compare-pickers">
        {picker('before', 'Before', before)}
        {picker('after', 'After', after)}
        <button
          type="button"
          onClick={() => {
            void chooseVersion('before', after);
            void chooseVersion('after', before);
          }}
        >
          Swap
        </button>
      </div>
      {problem ? (
        <p role="alert" className="error-text">
          {problem}
        </p>
      ) : null}
      <p className="note" id={`${id}-mark`}>
        The original is the design as it was imported or opened. Once these changes are deployed, make the open design
        the original, so that the next comparison starts from what is live.
      </p>
      <button type="button" aria-describedby={`${id}-mark`} onClick={() => void markOriginal()}>
        Make now the original
      </button>
    </section>
  );
}
