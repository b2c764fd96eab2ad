// The details of the selected stage, read from the trace.
import { memo } from 'react';
import type { Trace, TraceResponse } from '../../engine/index.ts';
import type { StageId } from '../../store/ui-slice.ts';
import { BodyView, HeadersView } from './body-view.tsx';
import { BackendExchangeView } from './backend-exchange-view.tsx';
import { IntegrationRequestStage } from './integration-request-view.tsx';
import { IntegrationResponseView } from './integration-response-view.tsx';
import { headerRulesForStage } from './header-rules.ts';

export const StageDetails = memo(function StageDetails({ trace, stage }: { trace: Trace; stage: StageId }) {
  return (
    <>
      <StageBody trace={trace} stage={stage} />
      <HeaderRules trace={trace} stage={stage} />
    </>
  );
});

/** The headers API Gateway handled by its own rules at this stage (recorded behaviours, docs/apigw-fidelity.md). */
function HeaderRules({ trace, stage }: { trace: Trace; stage: StageId }) {
  const lines = headerRulesForStage(trace.headerRules, stage);
  if (lines.length === 0) return null;
  return (
    <section className="notes" aria-label="Header rules API Gateway applied">
      <h3>Headers API Gateway handles itself</h3>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}

function StageBody({ trace, stage }: { trace: Trace; stage: StageId }) {
  switch (stage) {
    case 'method-request': {
      const m = trace.methodRequest;
      if (!m) return <NotReached />;
      return (
        <section className="message" aria-label="Method request">
          <h3>
            <span className="verb">{m.method}</span> <span className="url">{m.path}</span>
          </h3>
          <p className="facts">
            Resource <code>{m.resourcePath}</code>
            {Object.keys(m.pathParameters).length ? (
              <>
                {' '}
                · path parameters <code>{JSON.stringify(m.pathParameters)}</code>
              </>
            ) : null}
            {Object.keys(m.query).length ? (
              <>
                {' '}
                · query <code>{JSON.stringify(m.multiValueQuery)}</code>
              </>
            ) : null}
          </p>
          <HeadersView headers={m.headers} multiValueHeaders={m.multiValueHeaders} label="Method request headers" />
          <BodyView body={m.body} isBase64Encoded={m.isBase64Encoded} label="Method request body" />
        </section>
      );
    }
    case 'integration-request':
      return <IntegrationRequestStage trace={trace} />;
    case 'backend':
      return <BackendExchangeView trace={trace} />;
    case 'integration-response':
      return <IntegrationResponseView trace={trace} />;
    case 'method-response':
      return trace.methodResponse ? (
        <ResponseView response={trace.methodResponse} label="Method response" />
      ) : (
        <NotReached />
      );
  }
}

function ResponseView({ response, label }: { response: TraceResponse; label: string }) {
  return (
    <section className="message" aria-label={label}>
      <h3>
        {label}: status {response.statusCode}
      </h3>
      <HeadersView
        headers={response.headers}
        multiValueHeaders={response.multiValueHeaders}
        label={`${label} headers`}
      />
      <BodyView body={response.body} isBase64Encoded={response.isBase64Encoded} label={`${label} body`} />
    </section>
  );
}

function NotReached() {
  return <p className="empty">This stage was not reached for this sample.</p>;
}
