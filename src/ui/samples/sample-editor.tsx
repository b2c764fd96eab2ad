// The selected sample method request: method, path, headers and query string (several values allowed), body,
// base64 flag, and stage variable / context overrides.
import { useCallback, useMemo } from 'react';
import { METHOD_VERBS, type SampleRequest } from '../../model/types.ts';
import { indexPath } from '../../model/paths.ts';
import { useActions, useSelectedSample } from '../../store/hooks.tsx';
import { CodeEditor } from '../shared/code-editor.tsx';
import { Field } from '../shared/field.tsx';
import { fieldId, useProblemsAt } from '../shared/use-problems.ts';
import { KeyValueEditor } from '../shared/key-value-editor.tsx';
import { MediaTypesDatalist } from '../shared/media-types.tsx';
import { JsonObjectField } from './json-object-field.tsx';

const HEADER_NAMES = ['Content-Type', 'Accept', 'Authorization', 'User-Agent', 'X-Amz-Date', 'X-Api-Key'];

function contentTypeOf(headers: SampleRequest['headers']): string {
  const entry = Object.entries(headers ?? {}).find(([k]) => k.toLowerCase() === 'content-type');
  const value = entry?.[1];
  return (Array.isArray(value) ? value.at(-1) : value) ?? '';
}

export function SampleEditor() {
  const { index, sample } = useSelectedSample();
  const { updateSample } = useActions();
  const update = useCallback(
    (patch: Partial<SampleRequest>, field: string) => updateSample(index, patch, field),
    [updateSample, index],
  );
  const onBody = useCallback((body: string) => update({ body }, 'body'), [update]);
  const modelPath = useMemo(() => `file:///samples/${index}/body`, [index]);
  // Problems with the body itself (a body marked base64 that is not base64), shown under the editor.
  const bodyProblems = useProblemsAt(`${indexPath('samples', Math.max(index, 0))}.body`);
  if (!sample) return <p className="empty">No sample request: add one to see the preview.</p>;
  const base = indexPath('samples', index);
  const json = /json/i.test(contentTypeOf(sample.headers)) || contentTypeOf(sample.headers) === '';
  return (
    <div className="sample-editor">
      <div className="field-row">
        <Field label="Method" path={`${base}.method`} className="field-narrow">
          {(p) => (
            <select
              {...p}
              value={sample.method ?? 'GET'}
              onChange={(e) => update({ method: e.target.value }, 'method')}
            >
              {METHOD_VERBS.filter((v) => v !== 'ANY').map((v) => (
                <option key={v}>{v}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Path" path={`${base}.path`} className="field-grow">
          {(p) => (
            <input
              {...p}
              value={sample.path ?? ''}
              spellCheck={false}
              onChange={(e) => update({ path: e.target.value }, 'path')}
            />
          )}
        </Field>
      </div>
      <KeyValueEditor
        label="Headers"
        record={sample.headers}
        multi
        onChange={(headers) => update({ headers }, 'headers')}
        keyLabel="Header"
        valueLabel="Header value"
        keyListId="sample-header-names"
        valueListId="sample-header-values"
        path={`${base}.headers`}
        addLabel="Add header"
      />
      <datalist id="sample-header-names">
        {HEADER_NAMES.map((h) => (
          <option key={h} value={h} />
        ))}
      </datalist>
      <MediaTypesDatalist id="sample-header-values" />
      <KeyValueEditor
        label="Query string"
        record={sample.query}
        multi
        onChange={(query) => update({ query }, 'query')}
        keyLabel="Query parameter"
        valueLabel="Query value"
        path={`${base}.query`}
        addLabel="Add query parameter"
      />
      <div className="field">
        <span className="label" id="sample-body-label">
          Body
        </span>
        <CodeEditor
          language={json ? 'json' : 'plaintext'}
          label="Sample body"
          value={sample.body ?? ''}
          onChange={onBody}
          modelPath={modelPath}
          height="clamp(6rem, 18vh, 14rem)"
          largeText
        />
        {bodyProblems.length ? (
          <ul className="field-problems" aria-label="Problems with the sample body" id={`${fieldId(`${base}.body`)}`}>
            {bodyProblems.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <label className="checkbox-option">
        <input
          type="checkbox"
          checked={sample.isBase64Encoded ?? false}
          onChange={(e) => update({ isBase64Encoded: e.target.checked }, 'isBase64Encoded')}
        />
        Body is base64-encoded (binary)
      </label>
      <details className="helper">
        <summary>Stage variable and context overrides</summary>
        <JsonObjectField
          label="Stage variable overrides (JSON)"
          value={sample.stageVariables}
          onChange={(stageVariables) =>
            update({ stageVariables: stageVariables as Record<string, string> | undefined }, 'stageVariables')
          }
          hint={'Replaces the API\'s stage variables for this sample, e.g. {"backend": "staging.example.com"}.'}
        />
        <JsonObjectField
          label="Context overrides (JSON)"
          value={sample.context}
          onChange={(context) => update({ context }, 'context')}
          hint='Merged into $context, e.g. {"identity": {"sourceIp": "203.0.113.9"}, "authorizer": {"principalId": "me"}}.'
        />
      </details>
    </div>
  );
}
