// The list of named sample requests: choose one for the preview, add, rename, duplicate, delete.
import { useActions, useDesigner, useSelectedSample } from '../../store/hooks.tsx';
import { withTextKeys } from '../shared/text-keys.ts';
import { shortcut } from '../shell/shortcuts.ts';
import { RunAgainButton } from './run-again-button.tsx';

export function SampleList() {
  const names = useDesigner((s) => s.design.samples.map((x, i) => x.name ?? `sample ${i + 1}`));
  const { index, sample } = useSelectedSample();
  const { selectSample, addSample, duplicateSample, deleteSample, renameSample } = useActions();
  return (
    <div className="sample-list">
      <div className="field field-inline">
        <label htmlFor="sample-select">Sample</label>
        <select
          id="sample-select"
          value={index}
          onChange={(e) => selectSample(Number(e.target.value))}
          disabled={names.length === 0}
          aria-keyshortcuts={`${shortcut('next-sample').aria} ${shortcut('previous-sample').aria}`}
          title={`Next / previous sample: ${shortcut('next-sample').keys} / ${shortcut('previous-sample').keys}`}
        >
          {withTextKeys(names).map(({ key, item: name, index: i }) => (
            <option key={key} value={i}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar">
        <button type="button" onClick={() => addSample()}>
          Add sample
        </button>
        <button type="button" disabled={index < 0} onClick={() => duplicateSample(index)}>
          Duplicate
        </button>
        <button type="button" disabled={index < 0} onClick={() => deleteSample(index)}>
          Delete sample
        </button>
        <RunAgainButton disabled={index < 0} />
      </div>
      {sample ? (
        <div className="field field-inline">
          <label htmlFor="sample-name">Sample name</label>
          <input id="sample-name" value={sample.name ?? ''} onChange={(e) => renameSample(index, e.target.value)} />
        </div>
      ) : null}
    </div>
  );
}
