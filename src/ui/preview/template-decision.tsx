// Which template was applied, or why the body was passed through or rejected (415), in the engine's own words.
import type { Trace } from '../../engine/index.ts';
import { BodyView } from './body-view.tsx';

const OUTCOME_WORDS = { TEMPLATE: 'Template applied', PASSTHROUGH: 'Passed through', REJECTED: 'Rejected' } as const;

export function TemplateDecision({ trace }: { trace: Trace }) {
  const t = trace.templateSelection;
  if (!t) return null;
  const rejected = t.outcome === 'REJECTED';
  return (
    <section className={`decision decision-${t.outcome.toLowerCase()}`} aria-label="Template selection">
      <h3>
        {OUTCOME_WORDS[t.outcome]}
        {t.matchedKey ? (
          <>
            : <code>{t.matchedKey}</code>
          </>
        ) : null}
      </h3>
      <p className="reason">{t.reason}</p>
      <p className="facts">
        Content type <code>{t.contentType}</code> · passthrough behavior <code>{t.passthroughBehavior}</code>
      </p>
      {rejected && trace.methodResponse ? (
        <div className="rejection">
          <p>
            The client receives <strong>{trace.methodResponse.statusCode}</strong>
            {trace.methodResponse.statusCode === 415 ? ' Unsupported Media Type' : ''}:
          </p>
          <BodyView
            body={trace.methodResponse.body}
            isBase64Encoded={trace.methodResponse.isBase64Encoded}
            label="Rejection body"
          />
        </div>
      ) : null}
    </section>
  );
}
