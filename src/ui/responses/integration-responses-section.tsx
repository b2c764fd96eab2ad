// Integration responses (non-proxy types): a "does it match?" check — a test subject, prefilled from the last run's
// backend answer (its status code, or the Lambda errorMessage for Lambda custom integrations), with the engine's
// verdict (use-selection-check.ts) — and one card per integration response.
import { useState } from 'react';
import { useActions, useDesigner } from '../../store/hooks.tsx';
import { fieldsFor } from '../forms/integration-fields.ts';
import { FieldProblems } from '../shared/field.tsx';
import { useProblemsAt } from '../shared/use-problems.ts';
import { IntegrationResponseCard } from './integration-response-card.tsx';
import { editIntegrationResponses, freeStatusCode, newIntegrationResponse } from './response-edits.ts';
import { subjectKind, traceSubjectText } from '../../engine/index.ts';
import { setEntry } from '../../store/design-edits.ts';
import { useSelectionCheck } from './use-selection-check.ts';
import { useStableOrder } from './use-stable-order.ts';
import { withTextKeys } from '../shared/text-keys.ts';

export function IntegrationResponsesSection() {
  const integration = useDesigner((s) => ({ type: s.design.integration.type, uri: s.design.integration.uri }));
  const keys = useDesigner((s) => Object.keys(s.design.integration.integrationResponses ?? {}));
  const responses = useDesigner((s) => s.design.integration.integrationResponses);
  const fromTrace = useDesigner((s) => traceSubjectText(integration, s.preview.run?.trace ?? null));
  const order = useStableOrder(keys);
  const { editDesign } = useActions();
  const [typed, setTyped] = useState<string | null>(null);
  const problems = useProblemsAt('integration.integrationResponses');
  const proxy = !fieldsFor(integration.type).templates;
  const kind = subjectKind(integration);
  const text = typed ?? fromTrace ?? '';
  const check = useSelectionCheck({ ...integration, integrationResponses: responses }, text, typed !== null);
  const outcome =
    check.kind === 'ready'
      ? check.check.outcome
      : { selected: null, message: check.kind === 'failed' ? check.message : 'Checking…', notes: [] };
  const subjectLabel =
    kind === 'status' ? `status ${text || '(empty)'}` : text === '' ? 'a successful result' : `“${text}”`;

  return (
    <section className="form-section" aria-labelledby="integration-responses-heading">
      <h2 id="integration-responses-heading">Integration responses</h2>
      {proxy ? (
        <p className="note">
          {integration.type} integrations have no integration responses: the backend's answer goes to the client as it
          is{integration.type === 'AWS_PROXY' ? ' (parsed from the proxy response object)' : ''}.
        </p>
      ) : null}
      <FieldProblems messages={problems} />
      {!proxy ? (
        <div className="selection-check">
          <div className="field">
            <label htmlFor="selection-subject">
              {kind === 'status' ? 'Does it match? Backend status code' : 'Does it match? Lambda errorMessage'}
            </label>
            <div className="inline-form">
              <input
                id="selection-subject"
                value={text}
                spellCheck={false}
                aria-describedby="selection-subject-hint selection-subject-verdict"
                onChange={(e) => setTyped(e.target.value)}
              />
              <button type="button" disabled={typed === null} onClick={() => setTyped(null)}>
                Use last run
              </button>
            </div>
            <p className="field-hint" id="selection-subject-hint">
              {kind === 'status'
                ? 'Selection patterns are matched against the whole status code (Java regular expressions).'
                : 'Lambda custom integration: patterns are matched against the whole errorMessage of a function error; empty means the function succeeded.'}
              {typed === null && fromTrace !== null ? ' Prefilled from the last run.' : ''}
            </p>
            <p
              className={`verdict ${outcome.selected ? 'verdict-match' : 'verdict-no-match'}`}
              id="selection-subject-verdict"
              role="status"
            >
              {outcome.message}
            </p>
            {outcome.notes.length ? (
              <ul className="notes">
                {withTextKeys(outcome.notes).map(({ key, item: n }) => (
                  <li key={key}>{n}</li>
                ))}
              </ul>
            ) : null}
          </div>
        </div>
      ) : null}
      {!proxy || keys.length
        ? order.map(({ id, key }) => (
            <IntegrationResponseCard
              key={id}
              index={id}
              responseKey={key}
              verdict={check.kind === 'ready' ? (check.check.verdicts[key] ?? null) : null}
              subjectLabel={subjectLabel}
            />
          ))
        : null}
      {!proxy ? (
        <button
          type="button"
          onClick={() =>
            editDesign((d) =>
              editIntegrationResponses(d, (all) => {
                const status = freeStatusCode(all);
                return setEntry(all, status, newIntegrationResponse(status, kind === 'lambda-error'));
              }),
            )
          }
        >
          Add integration response
        </button>
      ) : null}
    </section>
  );
}
