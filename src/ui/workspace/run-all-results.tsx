// Run all's results: a summary, then a table of every failed sample (method, sample, result, what failed) — each one
// button away from its method and sample in the designer — and, on request, the samples that passed.
import { useId, useState } from 'react';
import { showValue } from '../../engine/index.ts';
import { useActions, useDesigner } from '../../store/hooks.tsx';
import type { SampleOutcome } from '../../worker/protocol.ts';

/** "status: expected 200, got 500" per mismatch; the engine's error when it has one. */
export function whatFailed(outcome: SampleOutcome): string {
  const lines = outcome.mismatches.map(
    (m) => `${m.field}${m.note ? ` (${m.note})` : ''}: expected ${showValue(m.expected)}, got ${showValue(m.actual)}`,
  );
  if (outcome.error) lines.push(`engine: ${outcome.error}`);
  return lines.join('; ');
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

export default function RunAllResults() {
  const run = useDesigner((s) => s.workspace.run);
  const { selectMethod } = useActions();
  const [showPassed, setShowPassed] = useState(false);
  const id = useId();
  if (run.status === 'idle') return null;
  const failed = run.outcomes.filter((o) => !o.passed);
  const passed = run.outcomes.length - failed.length;
  const rows = showPassed ? run.outcomes : failed;
  const summary =
    run.status === 'running'
      ? `Running… ${run.outcomes.length} of ${run.total} samples`
      : `${run.outcomes.length} samples: ${passed} passed, ${failed.length} failed${run.durationMs !== null ? ` (${seconds(run.durationMs)})` : ''}`;
  return (
    <section className="run-all-results" aria-labelledby={`${id}-title`}>
      <div className="run-all-head">
        <h2 id={`${id}-title`}>Run all</h2>
        <p role="status" className={failed.length ? 'error-text' : 'ok-text'}>
          {summary}
        </p>
        {run.message ? (
          <p role="alert" className="error-text">
            The run stopped: {run.message}
          </p>
        ) : null}
        <label className="checkbox">
          <input type="checkbox" checked={showPassed} onChange={(e) => setShowPassed(e.target.checked)} />
          Show passed samples
        </label>
      </div>
      {rows.length ? (
        <div className="run-all-table-wrap">
          <table aria-label="Run all results">
            <thead>
              <tr>
                <th scope="col">Method</th>
                <th scope="col">Sample</th>
                <th scope="col">Result</th>
                <th scope="col">What failed</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((o) => (
                <tr key={`${o.key}#${o.sampleIndex}`} className={o.passed ? 'passed' : 'failed'}>
                  <td>{o.key}</td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Open ${o.key}, sample “${o.sampleName}”`}
                      onClick={() => void selectMethod(o.key, o.sampleIndex)}
                    >
                      {o.sampleName}
                    </button>
                  </td>
                  <td>{o.passed ? 'passed' : 'failed'}</td>
                  <td className="what-failed">{o.passed ? '' : whatFailed(o)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : run.status === 'done' ? (
        <p className="ok-text">Every sample passed.</p>
      ) : null}
    </section>
  );
}
