// Method request → Integration request → Backend → Integration response → Method response, like the console's
// method execution diagram. Each stage is a button that opens what happened there.
import { memo } from 'react';
import type { Trace } from '../../engine/index.ts';
import type { StageId } from '../../store/ui-slice.ts';
import { STAGES, stageState, stageSummary } from './stages.ts';

const STATE_WORDS = { done: 'ran', failed: 'failed', skipped: 'not reached' } as const;

export const StageStrip = memo(function StageStrip({
  trace,
  selected,
  onSelect,
}: {
  trace: Trace | null;
  selected: StageId;
  onSelect: (stage: StageId) => void;
}) {
  return (
    <ol className="stage-strip" aria-label="Execution stages">
      {STAGES.map((stage) => {
        const state = trace ? stageState(trace, stage.id) : 'skipped';
        const summary = trace ? stageSummary(trace, stage.id) : '';
        return (
          <li key={stage.id} className={`stage stage-${stage.id} stage-${state}`}>
            <button type="button" aria-pressed={selected === stage.id} onClick={() => onSelect(stage.id)}>
              <span className="stage-title">{stage.title}</span>
              <span className="stage-summary">{summary || STATE_WORDS[state]}</span>
              <span className="visually-hidden">({STATE_WORDS[state]})</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
});
