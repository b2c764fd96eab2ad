// The Backend stage: the request API Gateway sent, and what came back — status, headers, body, how long it took and
// who answered (the design's mock in the engine worker, or the real endpoint) — or why nothing came back
// (the 504 timeout, an unreachable endpoint), and a Lambda function error when the answer carries one.
import type { Trace } from '../../engine/index.ts';
import type { Design } from '../../model/types.ts';
import { backendEditorKind } from '../backend/backend-edits.ts';
import { useDesigner } from '../../store/hooks.tsx';
import { BodyView, HeadersView } from './body-view.tsx';
import { backendOutcome, integrationLatencyMs, ROUTE_WORDS } from './response-facts.ts';

export function BackendExchangeView({ trace }: { trace: Trace }) {
  const { route, type, mockDelayMs, timeoutMs } = useDesigner((s) => ({
    route: s.preview.run?.backendRoute ?? null,
    type: s.design.integration.type,
    mockDelayMs: configuredDelayMs(s.design),
    timeoutMs: s.design.integration.timeoutInMillis ?? 29_000,
  }));
  const request = trace.integrationRequest;
  if (!request) {
    return (
      <p className="empty">
        {type === 'MOCK'
          ? 'A MOCK integration calls no backend: the request template chooses the status code.'
          : 'This stage was not reached for this sample.'}
      </p>
    );
  }
  const outcome = backendOutcome(trace);
  // The engine's number, the same the execution log prints ("Integration latency: N ms").
  const latencyMs = integrationLatencyMs(trace);
  return (
    <>
      <section className="message" aria-label="Request sent to the backend">
        <h3>
          Sent: <span className="verb">{request.method}</span> <span className="url">{request.url}</span>
        </h3>
        <details className="helper">
          <summary>Headers and body sent</summary>
          <HeadersView
            headers={request.headers}
            multiValueHeaders={request.multiValueHeaders}
            label="Headers sent to the backend"
          />
          <BodyView body={request.body} isBase64Encoded={request.isBase64Encoded} label="Body sent to the backend" />
        </details>
      </section>
      {outcome.kind === 'answered' && trace.backend ? (
        <section className="message" aria-label="Backend response">
          <h3>Backend response: status {trace.backend.statusCode}</h3>
          <p className="facts">
            {route ? ROUTE_WORDS[route] : 'answered'}
            {latencyMs !== null ? ` · ${Math.round(latencyMs)} ms` : ''}
          </p>
          {outcome.functionError ? (
            <p className="error-box" role="note">
              The Lambda function failed ({outcome.functionError.errorType ?? 'error'}):{' '}
              {outcome.functionError.errorMessage ?? '(no errorMessage)'}
            </p>
          ) : null}
          <HeadersView
            headers={trace.backend.headers}
            multiValueHeaders={trace.backend.multiValueHeaders}
            label="Backend response headers"
          />
          <BodyView
            body={trace.backend.body}
            isBase64Encoded={trace.backend.isBase64Encoded}
            label="Backend response body"
          />
        </section>
      ) : null}
      {outcome.kind === 'timeout' ? (
        <section className="error-box" aria-label="Backend timeout">
          <strong>Timed out.</strong> {outcome.message}: API Gateway stops waiting at the integration timeout and
          answers <strong>504</strong> {'{"message": "Endpoint request timed out"}'}.
          {route !== 'network' && mockDelayMs !== null && mockDelayMs < timeoutMs ? (
            <p className="note">
              The mock answers after {mockDelayMs} ms: the rest went to the engine worker's other work while this
              machine was busy. A larger timeout avoids this.
            </p>
          ) : null}
        </section>
      ) : null}
      {outcome.kind === 'unreachable' ? (
        <section className="error-box" aria-label="Backend unreachable">
          <strong>No answer.</strong> {outcome.message}. API Gateway treats an endpoint it cannot reach as a
          configuration error (Invalid endpoint address) and answers{' '}
          <strong>{trace.methodResponse?.statusCode ?? 500}</strong>.
        </section>
      ) : null}
    </>
  );
}

/** The mock's configured delay (HTTP or Lambda), to tell a deliberate timeout from a slow transport. */
function configuredDelayMs(design: Design): number | null {
  const kind = backendEditorKind(design.integration);
  if (kind === 'http') return design.backend?.http?.delayMs ?? 0;
  if (kind === 'lambda') return design.backend?.lambda?.delayMs ?? 0;
  return null;
}
