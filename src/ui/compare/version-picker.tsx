// Which two versions Compare shows: Before and After, each the original, now, a saved revision of the design, or a
// saved design; Swap; and "Make now the original" for when the changes are live (the next Compare then starts from
// what is deployed). Native selects: every version is reached with the arrow keys.
import { Fragment, useId } from 'react';
import { useActions, useDesigner } from '../../store/hooks.tsx';
import type { CompareSide, VersionKey } from '../../store/compare-slice.ts';
import { type VersionOption, versionGroups } from './version-labels.ts';

const optionsOf = (options: readonly VersionOption[]) =>
  options.map((o) => (
    <option key={o.key} value={o.key}>
      {o.label}
    </option>
  ));

export function VersionPicker() {
  const { before, after, original, entries, revisions, problem } = useDesigner((s) => ({
    before: s.compare.before,
    after: s.compare.after,
    original: s.library.original,
    entries: s.compare.entries,
    revisions: s.compare.revisions,
    problem: s.compare.problem,
  }));
  const { chooseVersion, markOriginal } = useActions();
  const id = useId();
  const groups = versionGroups(original, revisions, entries);
  const picker = (side: CompareSide, label: string, value: VersionKey) => (
    <div className="field">
      <label htmlFor={`${id}-${side}`}>{label}</label>
      <select
        id={`${id}-${side}`}
        value={value}
        onChange={(e) => void chooseVersion(side, e.target.value as VersionKey)}
      >
        {groups.map((g) =>
          g.label === null ? (
            <Fragment key="this design">{optionsOf(g.options)}</Fragment>
          ) : (
            <optgroup key={g.label} label={g.label}>
              {optionsOf(g.options)}
            </optgroup>
          ),
        )}
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
