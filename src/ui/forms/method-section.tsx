// The method the integration belongs to: its HTTP verb, resource path and declared request parameters
// (method.request.{path|querystring|header|...}.NAME → required), which mapping sources must refer to.
import { useActions, useDesigner } from '../../store/hooks.tsx';
import { withMethod } from '../../store/design-edits.ts';
import { METHOD_VERBS } from '../../model/types.ts';
import { withSamplesFollowingPath } from '../../store/samples-slice.ts';
import { Field } from '../shared/field.tsx';
import { DeclaredParametersTable } from './declared-parameters-table.tsx';
import { useEditMethod } from './use-design-edit.ts';

export function MethodSection() {
  const m = useDesigner((s) => ({
    httpMethod: s.design.method.httpMethod,
    resourcePath: s.design.method.resourcePath,
    parameters: s.design.method.requestParameters,
  }));
  const edit = useEditMethod();
  const { editDesign } = useActions();
  return (
    <section className="form-section" aria-labelledby="method-heading">
      <h2 id="method-heading">Method</h2>
      <div className="field-row">
        <Field label="HTTP method" path="method.httpMethod" className="field-narrow">
          {(p) => (
            <select
              {...p}
              value={m.httpMethod}
              onChange={(e) => edit({ httpMethod: e.target.value }, 'method.httpMethod')}
            >
              {METHOD_VERBS.map((v) => (
                <option key={v}>{v}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Resource path" path="method.resourcePath" className="field-grow">
          {(p) => (
            <input
              {...p}
              value={m.resourcePath}
              spellCheck={false}
              onChange={(e) => {
                const resourcePath = e.target.value;
                // One undoable edit: the resource path and the samples that still follow it (samples-slice.ts).
                editDesign(
                  (d) => withSamplesFollowingPath(withMethod(d, { resourcePath }), d.method.resourcePath),
                  'method.resourcePath',
                );
              }}
            />
          )}
        </Field>
      </div>
      <DeclaredParametersTable
        parameters={m.parameters}
        onChange={(requestParameters) =>
          editDesign((d) => withMethod(d, { requestParameters }), 'method.requestParameters')
        }
      />
    </section>
  );
}
