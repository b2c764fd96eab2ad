// "Run again" (Ctrl+Enter): runs the selected sample once more with nothing changed — a stateful mock backend (a
// DynamoDB table, a counter) answers differently the second time — and says when that run is done.
import { useState } from 'react';
import { useActions, useDesigner } from '../../store/hooks.tsx';
import { shortcut, withKeys } from '../shell/shortcuts.ts';

export function RunAgainButton({ disabled }: { disabled: boolean }) {
  const { requests, runs } = useDesigner((s) => ({ requests: s.ui.runRequests, runs: s.preview.runs }));
  const { runAgain } = useActions();
  // The number of finished runs when the latest request was made: a run finished after it answers it.
  const [asked, setAsked] = useState({ requests, runs });
  if (asked.requests !== requests) setAsked({ requests, runs });
  const text = requests === 0 ? '' : runs > asked.runs ? `Ran again (${requests}×)` : 'Running again…';
  return (
    <>
      <button
        type="button"
        disabled={disabled}
        onClick={runAgain}
        aria-keyshortcuts={shortcut('run').aria}
        title={withKeys('Run the sample again', 'run')}
      >
        Run again
      </button>
      <span role="status" aria-label="Run again" className="note run-again-status">
        {text}
      </span>
    </>
  );
}
