// The mocked HTTP backend (HTTP, HTTP_PROXY): a canned answer — status, headers, body, base64 flag, delay — or an
// echo of what it received.
import { useActions, useDesigner } from '../../store/hooks.tsx';
import { CodeEditor } from '../shared/code-editor.tsx';
import { Field } from '../shared/field.tsx';
import { KeyValueEditor } from '../shared/key-value-editor.tsx';
import { editHttpBackend, httpBackendView } from './backend-edits.ts';
import { DelayField } from './delay-field.tsx';
import type { HttpBackend } from '../../model/types.ts';

export function HttpBackendEditor() {
  const http = useDesigner((s) => httpBackendView(s.design.backend));
  const { editDesign } = useActions();
  const edit = (patch: Partial<HttpBackend>, field: string) =>
    editDesign((d) => editHttpBackend(d, patch), `backend.http.${field}`);
  const contentType = Object.entries(http.headers ?? {}).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
  const json = typeof contentType === 'string' ? /json/i.test(contentType) : !contentType;
  return (
    <>
      <fieldset className="field">
        <legend>The backend answers</legend>
        <label className="radio-option">
          <input
            type="radio"
            name="http-backend-mode"
            checked={!http.echo}
            onChange={() => edit({ echo: undefined }, 'echo')}
          />
          With this response
        </label>
        <label className="radio-option">
          <input
            type="radio"
            name="http-backend-mode"
            checked={http.echo === true}
            onChange={() => edit({ echo: true }, 'echo')}
          />
          With what it received (echo: method, URL, headers, body as JSON)
        </label>
      </fieldset>
      <div className="field-row">
        {!http.echo ? (
          <Field label="Backend status" path="backend.http.statusCode" className="field-narrow">
            {(p) => (
              <input
                {...p}
                type="number"
                min={100}
                max={599}
                inputMode="numeric"
                value={http.statusCode ?? 200}
                onChange={(e) => edit({ statusCode: Number(e.target.value) }, 'statusCode')}
              />
            )}
          </Field>
        ) : null}
        <DelayField
          value={http.delayMs}
          path="backend.http.delayMs"
          onChange={(delayMs) => edit({ delayMs }, 'delayMs')}
        />
      </div>
      {!http.echo ? (
        <>
          <KeyValueEditor
            label="Backend response headers"
            record={http.headers}
            multi
            onChange={(headers) => edit({ headers }, 'headers')}
            keyLabel="Header"
            valueLabel="Value"
            keyPlaceholder="X-Request-Id"
            path="backend.http.headers"
            addLabel="Add backend header"
          />
          <div className="field">
            <span className="label">Backend response body</span>
            <CodeEditor
              language={json && !http.isBase64Encoded ? 'json' : 'plaintext'}
              label="Backend response body"
              value={http.body ?? ''}
              onChange={(body) => edit({ body }, 'body')}
              modelPath="file:///backend/http-body"
              height="8rem"
            />
          </div>
          <label className="checkbox-option">
            <input
              type="checkbox"
              checked={http.isBase64Encoded === true}
              onChange={(e) => edit({ isBase64Encoded: e.target.checked }, 'isBase64Encoded')}
            />
            The body is base64-encoded bytes (a binary answer)
          </label>
        </>
      ) : null}
    </>
  );
}
