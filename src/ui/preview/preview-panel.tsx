// The live preview of the selected sample: a view of exactly the Trace the engine returned
// (docs/design-contracts.md#trace).
import { useEffect, useState } from 'react';
import { useActions, useDesigner } from '../../store/hooks.tsx';
import { MockBackendStatus } from '../backend/mock-backend-status.tsx';
import { ErrorView } from './error-view.tsx';
import { OutputProblemsView } from './output-problems-view.tsx';
import { PreviewTabs } from './preview-tabs.tsx';
import { StageDetails } from './stage-details.tsx';
import { StageStrip } from './stage-strip.tsx';
import { stageOfTraceError } from './stages.ts';
import { ScrollableText } from '../shared/scrollable-text.tsx';

export function PreviewPanel() {
  // Selected field by field: a run starting (status only) must not re-render the trace views.
  const { trace, status, message, durationMs, tab, stage } = useDesigner((s) => ({
    trace: s.preview.trace,
    status: s.preview.status,
    message: s.preview.message,
    durationMs: s.preview.durationMs,
    tab: s.ui.previewTab,
    stage: s.ui.stage,
  }));
  const { setPreviewTab, selectStage } = useActions();
  return (
    <section className="panel preview-panel" aria-labelledby="preview-heading">
      <div className="panel-heading">
        <h2 id="preview-heading">Preview</h2>
        <PreviewStatus status={status} message={message} durationMs={durationMs} />
      </div>
      <StageStrip trace={trace} selected={stage} onSelect={selectStage} />
      <MockBackendStatus />
      {message ? (
        <section className="error-box" aria-label="Preview stopped">
          {message}
        </section>
      ) : null}
      {trace?.error ? (
        <>
          <ErrorView error={trace.error} />
          {stageOfTraceError(trace) !== stage ? (
            <button type="button" className="link-button" onClick={() => selectStage(stageOfTraceError(trace)!)}>
              Show the stage that failed
            </button>
          ) : null}
        </>
      ) : null}
      {trace?.outputProblems?.length ? <OutputProblemsView problems={trace.outputProblems} /> : null}
      <PreviewTabs selected={tab} onSelect={setPreviewTab} />
      <div
        role="tabpanel"
        id="preview-tabpanel"
        aria-labelledby={`preview-tab-${tab}`}
        className="tab-panel preview-body"
      >
        {!trace ? (
          <p className="empty">
            {status === 'idle' || status === 'running' ? 'Running the sample…' : 'No trace for this run.'}
          </p>
        ) : tab === 'request' ? (
          <StageDetails trace={trace} stage={stage} />
        ) : tab === 'log' ? (
          <ScrollableText className="log" label="Execution log">
            {trace.log.join('\n')}
          </ScrollableText>
        ) : (
          <ScrollableText className="trace-json" label="Trace JSON">
            {JSON.stringify(trace, null, 2)}
          </ScrollableText>
        )}
      </div>
    </section>
  );
}

/**
 * "Running…" only when a run takes long enough to notice, so the status (a live region) does not chatter while typing.
 */
const SHOW_RUNNING_AFTER_MS = 250;

function PreviewStatus({
  status,
  message,
  durationMs,
}: {
  status: string;
  message: string | null;
  durationMs: number | null;
}) {
  const slow = useDelayedFlag(status === 'running', SHOW_RUNNING_AFTER_MS);
  const text =
    status === 'running'
      ? slow
        ? 'Running…'
        : 'Up to date'
      : status === 'ready'
        ? 'Up to date'
        : status === 'stopped' || status === 'failed'
          ? (message ?? 'failed')
          : 'Starting…';
  return (
    <p className={`preview-status status-${status}`}>
      <span role="status" aria-label="Preview status">
        {text}
      </span>
      {status === 'ready' && durationMs !== null ? (
        <span className="duration"> ({durationMs < 1 ? '<1' : Math.round(durationMs)} ms)</span>
      ) : null}
    </p>
  );
}

function useDelayedFlag(on: boolean, delayMs: number): boolean {
  const [value, setValue] = useState(false);
  useEffect(() => {
    if (!on) {
      setValue(false);
      return;
    }
    const timer = setTimeout(() => setValue(true), delayMs);
    return () => clearTimeout(timer);
  }, [on, delayMs]);
  return on && value;
}
