// One integration response: status code, selection pattern (with the engine's verdict on the test subject),
// content handling, response parameters (method.response.header.X ← source) and response templates. Each field shows
// the model's validation messages beside it; quick fixes declare what the method response lacks.
import { useMemo } from 'react';
import type { PatternVerdict } from '../../engine/index.ts';
import { keyPath } from '../../model/paths.ts';
import { CONTENT_HANDLINGS, type ContentHandling } from '../../model/types.ts';
import { setEntry } from '../../store/design-edits.ts';
import { useActions, useDesigner } from '../../store/hooks.tsx';
import { RESPONSE_CONTENT_HANDLING_EXPLANATIONS } from './explanations.ts';
import { Field } from '../shared/field.tsx';
import { Datalist, KeyValueEditor } from '../shared/key-value-editor.tsx';
import {
  editIntegrationResponse,
  editIntegrationResponses,
  editMethodResponses,
  withStatusCode,
} from './response-edits.ts';
import { responseSourceSuggestions, responseTargetSuggestions } from './response-parameter-suggestions.ts';
import { ResponseTemplatesEditor } from './response-templates-editor.tsx';
import { StatusCodeField } from './status-code-field.tsx';
import { undeclaredTargets } from './undeclared-targets.ts';

const NO_PARAMETERS: Record<string, string> = {};

export function IntegrationResponseCard({
  responseKey,
  index,
  verdict,
  subjectLabel,
}: {
  responseKey: string;
  index: number;
  /** The engine's verdict on this response's selection pattern (null while the check is not there yet). */
  verdict: PatternVerdict | null;
  subjectLabel: string;
}) {
  const r = useDesigner((s) => {
    const response = s.design.integration.integrationResponses?.[responseKey];
    return {
      statusCode: response?.statusCode ?? responseKey,
      selectionPattern: response?.selectionPattern ?? '',
      contentHandling: response?.contentHandling ?? null,
      parameters: response?.responseParameters ?? NO_PARAMETERS,
      templateCount: Object.keys(response?.responseTemplates ?? {}).length,
    };
  });
  const methodResponse = useDesigner((s) => s.design.methodResponses?.[r.statusCode]);
  const hasMethodResponses = useDesigner((s) => s.design.methodResponses !== undefined);
  // Values that stay equal from run to run (a run brings new header objects at every keystroke): the card then
  // re-renders, and reads the backend's body for suggestions, only when what it shows changes.
  const lastRun = useDesigner((s) => ({
    headerNames: Object.keys(s.preview.run?.trace?.backend?.headers ?? {}).join('\n'),
    body: s.preview.run?.trace?.backend?.body,
    stageVariables: s.design.api.stageVariables,
  }));
  const { editDesign } = useActions();
  const base = keyPath('integration.integrationResponses', responseKey);
  const edit = (patch: Parameters<typeof editIntegrationResponse>[2], field: string) =>
    editDesign((d) => editIntegrationResponse(d, responseKey, patch), `${base}.${field}`);
  const targets = useMemo(() => responseTargetSuggestions(methodResponse), [methodResponse]);
  const sources = useMemo(
    () =>
      responseSourceSuggestions({
        backendHeaderNames: lastRun.headerNames ? lastRun.headerNames.split('\n') : [],
        backendBody: lastRun.body,
        stageVariables: lastRun.stageVariables,
      }),
    [lastRun.headerNames, lastRun.body, lastRun.stageVariables],
  );
  const undeclared = methodResponse ? undeclaredTargets(r.parameters, methodResponse) : [];
  const listPrefix = `response-${index}`;

  return (
    <section className="response-card" aria-label={`Integration response ${r.statusCode || responseKey}`}>
      <div className="panel-heading">
        <h3>Integration response {r.statusCode || '…'}</h3>
        <button
          type="button"
          onClick={() => editDesign((d) => editIntegrationResponses(d, (all) => setEntry(all, responseKey, undefined)))}
        >
          Remove
        </button>
      </div>
      <div className="field-row">
        <StatusCodeField
          base={base}
          value={r.statusCode}
          className="field-narrow"
          rekey={(d, code) => editIntegrationResponses(d, (all) => withStatusCode(all, responseKey, code))}
        />
        <Field
          label="Selection pattern"
          path={`${base}.selectionPattern`}
          className="field-grow"
          hint={<VerdictText verdict={verdict} subjectLabel={subjectLabel} />}
        >
          {(p) => (
            <input
              {...p}
              value={r.selectionPattern}
              placeholder="(default response)"
              spellCheck={false}
              onChange={(e) =>
                edit({ selectionPattern: e.target.value === '' ? null : e.target.value }, 'selectionPattern')
              }
            />
          )}
        </Field>
      </div>
      {hasMethodResponses && !methodResponse && /^[1-5]\d\d$/.test(r.statusCode) ? (
        <button
          type="button"
          className="link-button"
          onClick={() =>
            editDesign((d) =>
              editMethodResponses(d, (all) =>
                setEntry(all, r.statusCode, { statusCode: r.statusCode, responseParameters: {} }),
              ),
            )
          }
        >
          Add method response {r.statusCode}
        </button>
      ) : null}
      <Field
        label="Response content handling"
        path={`${base}.contentHandling`}
        hint={RESPONSE_CONTENT_HANDLING_EXPLANATIONS[r.contentHandling ?? 'NONE']}
      >
        {(p) => (
          <select
            {...p}
            value={r.contentHandling ?? ''}
            onChange={(e) =>
              edit({ contentHandling: (e.target.value || null) as ContentHandling | null }, 'contentHandling')
            }
          >
            <option value="">Passthrough (none)</option>
            {CONTENT_HANDLINGS.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        )}
      </Field>
      <KeyValueEditor
        label="Response parameters (header ← source)"
        record={r.parameters}
        onChange={(record) => edit({ responseParameters: record as Record<string, string> }, 'responseParameters')}
        keyLabel="Header"
        valueLabel="Source"
        arrow="←"
        keyListId={`${listPrefix}-targets`}
        valueListId={`${listPrefix}-sources`}
        keyPlaceholder="method.response.header.X-Request-Id"
        valuePlaceholder="integration.response.header.X-Request-Id"
        path={`${base}.responseParameters`}
        addLabel="Add response parameter"
      />
      <Datalist id={`${listPrefix}-targets`} options={targets} />
      <Datalist id={`${listPrefix}-sources`} options={sources} />
      {undeclared.length ? (
        <button
          type="button"
          className="link-button"
          onClick={() =>
            editDesign((d) =>
              editMethodResponses(d, (all) => {
                const current = all[r.statusCode]!;
                const declared = { ...current.responseParameters };
                for (const target of undeclared) declared[target] = false;
                return setEntry(all, r.statusCode, { ...current, responseParameters: declared });
              }),
            )
          }
        >
          Declare {undeclared.join(', ')} on method response {r.statusCode}
        </button>
      ) : null}
      <details className="helper">
        <summary>Response templates ({r.templateCount})</summary>
        <ResponseTemplatesEditor responseKey={responseKey} />
      </details>
    </section>
  );
}

function VerdictText({ verdict, subjectLabel }: { verdict: PatternVerdict | null; subjectLabel: string }) {
  switch (verdict?.kind) {
    case undefined:
      return <>Checking…</>;
    case 'default':
      return <>Default response: used when no pattern matches.</>;
    case 'matches':
      return <span className="verdict-match">✓ Matches {subjectLabel}</span>;
    case 'no-match':
      return <span className="verdict-no-match">✗ Does not match {subjectLabel}</span>;
    case 'invalid':
      return <span className="verdict-invalid">{verdict.message}</span>;
  }
}
