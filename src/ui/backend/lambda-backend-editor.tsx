// The mocked Lambda function (AWS custom integrations with a Lambda URI, and AWS_PROXY): what it returns (any JSON;
// for AWS_PROXY the proxy response object), or the error it fails with (errorMessage, errorType) — as Lambda reports
// it: status 200 with X-Amz-Function-Error — and how long it takes.
import type { LambdaBackend } from '../../model/types.ts';
import { useActions, useDesigner } from '../../store/hooks.tsx';
import { Field } from '../shared/field.tsx';
import { editLambdaBackend, lambdaMode, withLambdaMode, type LambdaMode } from './backend-edits.ts';
import { DelayField } from './delay-field.tsx';
import { JsonValueEditor } from './json-value-editor.tsx';

const MODE_WORDS: Record<LambdaMode, string> = {
  default: 'The default: ',
  result: 'Returns this result',
  error: 'Fails with this error',
};

export function LambdaBackendEditor() {
  const { lambda, type } = useDesigner((s) => ({ lambda: s.design.backend?.lambda, type: s.design.integration.type }));
  const { editDesign } = useActions();
  const mode = lambdaMode(lambda);
  const set = (next: LambdaBackend | undefined, field: string) =>
    editDesign((d) => editLambdaBackend(d, next), `backend.lambda.${field}`);
  const defaultWords =
    type === 'AWS_PROXY' ? 'returns {"statusCode": 200, "body": "{}"}' : 'returns the event it received';
  return (
    <>
      <fieldset className="field">
        <legend>The function</legend>
        {(['result', 'error', 'default'] as const).map((m) => (
          <label key={m} className="radio-option">
            <input
              type="radio"
              name="lambda-backend-mode"
              checked={mode === m}
              onChange={() => set(withLambdaMode(lambda, m, type), 'mode')}
            />
            {m === 'default' ? `${MODE_WORDS.default}${defaultWords}` : MODE_WORDS[m]}
          </label>
        ))}
      </fieldset>
      {mode === 'result' ? (
        <JsonValueEditor
          label="Function result (JSON)"
          value={lambda?.result}
          modelPath="file:///backend/lambda-result.json"
          onChange={(result) => set({ ...lambda, result }, 'result')}
          hint={
            type === 'AWS_PROXY'
              ? 'A Lambda proxy integration expects {"statusCode", "headers", "body", "isBase64Encoded"}; anything else is a 502.'
              : undefined
          }
        />
      ) : null}
      {mode === 'error' ? (
        <div className="field-row">
          <Field label="errorMessage" path="backend.lambda.error.errorMessage" className="field-grow">
            {(p) => (
              <input
                {...p}
                value={lambda?.error?.errorMessage ?? ''}
                spellCheck={false}
                onChange={(e) =>
                  set({ ...lambda, error: { ...lambda?.error, errorMessage: e.target.value } }, 'error.errorMessage')
                }
              />
            )}
          </Field>
          <Field label="errorType" path="backend.lambda.error.errorType">
            {(p) => (
              <input
                {...p}
                value={lambda?.error?.errorType ?? ''}
                spellCheck={false}
                onChange={(e) =>
                  set(
                    {
                      ...lambda,
                      error: {
                        errorMessage: lambda?.error?.errorMessage ?? '',
                        ...lambda?.error,
                        errorType: e.target.value || undefined,
                      },
                    },
                    'error.errorType',
                  )
                }
              />
            )}
          </Field>
        </div>
      ) : null}
      <DelayField
        value={lambda?.delayMs}
        path="backend.lambda.delayMs"
        onChange={(delayMs) => set({ ...lambda, delayMs }, 'delayMs')}
      />
    </>
  );
}
