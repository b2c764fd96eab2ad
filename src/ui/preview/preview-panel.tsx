// The live preview of the selected sample: a view of exactly the Trace the engine returned
// (docs/design-contracts.md#trace).
import { memo } from 'react';
import type { Trace } from '../../engine/index.ts';
import { useActions, useDesigner } from '../../store/hooks.tsx';
import { MockBackendStatus } from '../backend/mock-backend-status.tsx';
import { LARGE_BODY_CHARS } from './body-view.tsx';
import { ScrollableText } from '../shared/scrollable-text.tsx';
import { ErrorView } from './error-view.tsx';
import { LargeTextView } from './large-text-view.tsx';
import { OutputProblemsView } from './output-problems-view.tsx';
import { PreviewTabs } from './preview-tabs.tsx';
import { StageDetails } from './stage-details.tsx';
import { StageStrip } from './stage-strip.tsx';
import { stageOfTraceError } from './stages.ts';

export function PreviewPanel() {
  // Selected field by field, and the run's status only where it shows: a run starts at every keystroke, and that must
  // not re-render the trace views (they change when its result comes).
  const { trace, message, tab, stage } = useDesigner((s) => ({
    trace: s.preview.run?.trace ?? null,
    message: s.preview.message,
    tab: s.ui.previewTab,
    stage: s.ui.stage,
  }));
  const { setPreviewTab, selectStage } = useActions();
  return (
    <section className="panel preview-panel" aria-labelledby="preview-heading">
      <div className="panel-heading">
        <h2 id="preview-heading">Preview</h2>
        <PreviewStatus />
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
          <NoTrace />
        ) : tab === 'request' ? (
          <StageDetails trace={trace} stage={stage} />
        ) : tab === 'log' ? (
          <ScrollableText className="log" label="Execution log">
            {trace.log.join('\n')}
          </ScrollableText>
        ) : (
          <TraceJson trace={trace} />
        )}
      </div>
    </section>
  );
}

/** The trace as JSON; a large one (megabyte bodies) in the virtual list. */
const TraceJson = memo(function TraceJson({ trace }: { trace: Trace }) {
  const text = JSON.stringify(trace, null, 2);
  if (text.length > LARGE_BODY_CHARS)
    return <LargeTextView text={text} label="Trace JSON" mediaType="application/json" />;
  return (
    <ScrollableText className="trace-json" label="Trace JSON">
      {text}
    </ScrollableText>
  );
});

function NoTrace() {
  const status = useDesigner((s) => s.preview.status);
  return (
    <p className="empty">
      {status === 'idle' || status === 'running' ? 'Running the sample…' : 'No trace for this run.'}
    </p>
  );
}

function PreviewStatus() {
  const { status, message, durationMs } = useDesigner((s) => ({
    status: s.preview.status,
    message: s.preview.message,
    durationMs: s.preview.run?.durationMs ?? null,
  }));

  // 'running' only once a run has taken long enough to notice (preview-runner.ts SHOW_RUNNING_AFTER_MS).
  const text =
    status === 'running'
      ? 'Running…'
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
