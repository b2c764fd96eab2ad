// What API Gateway sends to the backend: method, URL, headers and body; plus the mapped request parameters.
import type { Trace } from '../../engine/index.ts';
import { BodyView, HeadersView } from './body-view.tsx';
import { ContentHandlingView } from './content-handling-view.tsx';
import { TemplateDecision } from './template-decision.tsx';

export function IntegrationRequestStage({ trace }: { trace: Trace }) {
  const r = trace.integrationRequest;
  const parameters = Object.entries(trace.requestParameters ?? {});
  return (
    <>
      <TemplateDecision trace={trace} />
      {r ? (
        <section className="message" aria-label="Integration request">
          <h3>
            <span className="verb">{r.method}</span> <span className="url">{r.url}</span>
          </h3>
          {r.signedBy ? <p className="facts">Signed as {r.signedBy}</p> : null}
          <HeadersView
            headers={r.headers}
            multiValueHeaders={r.multiValueHeaders}
            label="Integration request headers"
          />
          <BodyView body={r.body} isBase64Encoded={r.isBase64Encoded} label="Integration request body" />
        </section>
      ) : null}
      <ContentHandlingView trace={trace} />
      {parameters.length ? (
        <section aria-label="Mapped request parameters">
          <h3>Request parameters</h3>
          <table className="headers">
            <tbody>
              {parameters.map(([target, value]) => (
                <tr key={target}>
                  <th scope="row">{target}</th>
                  <td>{value === null ? <em>(no value)</em> : Array.isArray(value) ? value.join(', ') : value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}
