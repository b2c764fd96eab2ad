// The Integration response stage: which integration response was selected and why (the subject its pattern matched),
// notes (several patterns match, an ignored mapping), the mapped response headers, which response template applied,
// and the payload conversion. Proxies have none: the response is passed through or parsed (502 when malformed).
import type { Trace } from '../../engine/index.ts';
import { useDesigner } from '../../store/hooks.tsx';
import { explainSelection, proxyWords } from './response-facts.ts';
import { withTextKeys } from '../shared/text-keys.ts';

const CONVERSION_WORDS = {
  NONE: 'No conversion',
  TO_BINARY: 'Converted to binary (base64-decoded)',
  TO_TEXT: 'Converted to text (base64-encoded)',
} as const;

export function IntegrationResponseView({ trace }: { trace: Trace }) {
  const integration = useDesigner((s) => ({ type: s.design.integration.type, uri: s.design.integration.uri }));
  const selected = trace.integrationResponse;
  const explanation = explainSelection(trace, integration);
  const details = trace.responseDetails;
  const proxy = proxyWords(integration.type);
  const parameters = Object.entries(details?.responseParameters ?? {});
  if (!selected && !details && !proxy) return <p className="empty">This stage was not reached for this sample.</p>;
  return (
    <>
      <section className="message" aria-label="Integration response selection">
        {selected ? (
          <>
            <h3>Integration response {selected.statusCode}</h3>
            <p className="reason">Selected: {explanation?.how}</p>
          </>
        ) : proxy ? (
          <p className="reason">{proxy}</p>
        ) : (
          <h3>No integration response was selected</h3>
        )}
        {trace.error?.stage === 'response' ? <p className="error-box">{trace.error.message}</p> : null}
        {details?.notes.length ? (
          <ul className="notes" aria-label="Notes">
            {withTextKeys(details.notes).map(({ key, item: note }) => (
              <li key={key}>{note}</li>
            ))}
          </ul>
        ) : null}
      </section>
      {parameters.length ? (
        <section aria-label="Mapped response headers">
          <h3>Response parameters</h3>
          <table className="headers">
            <tbody>
              {parameters.map(([target, value]) => (
                <tr key={target}>
                  <th scope="row">{target}</th>
                  <td>
                    {value === null ? (
                      <em>(no value: the header is not sent)</em>
                    ) : Array.isArray(value) ? (
                      value.join(', ')
                    ) : (
                      value
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {details?.templateSelection ? (
        <section className="decision" aria-label="Response template">
          <h3>
            {details.templateSelection.matchedKey ? (
              <>
                Response template: <code>{details.templateSelection.matchedKey}</code>
              </>
            ) : (
              'No response template: passed through'
            )}
          </h3>
          <p className="reason">{details.templateSelection.reason}</p>
          <p className="facts">
            Accept <code>{details.templateSelection.accept}</code>
          </p>
        </section>
      ) : null}
      {details?.contentHandling ? (
        <section className="content-handling" aria-label="Response content handling">
          <h3>{CONVERSION_WORDS[details.contentHandling.conversion]}</h3>
          <p className="facts">
            contentHandling <code>{details.contentHandling.setting ?? 'not set (passthrough)'}</code>
          </p>
          {details.contentHandling.reason ? <p className="reason">{details.contentHandling.reason}</p> : null}
        </section>
      ) : null}
    </>
  );
}
