// Method responses: the status codes the method may answer and the headers each declares
// (method.response.header.NAME → required), which integration responses must refer to and map into.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-response.html
import { keyPath } from '../../model/paths.ts';
import { setEntry } from '../../store/design-edits.ts';
import { useActions, useDesigner } from '../../store/hooks.tsx';
import { FieldProblems } from '../shared/field.tsx';
import { useProblemsAt } from '../shared/use-problems.ts';
import { StatusCodeField } from './status-code-field.tsx';
import { editMethodResponses, freeStatusCode, withStatusCode } from './response-edits.ts';
import { ResponseHeadersTable } from './response-headers-table.tsx';
import { useStableOrder } from './use-stable-order.ts';

export function MethodResponsesSection() {
  const keys = useDesigner((s) => Object.keys(s.design.methodResponses ?? {}));
  const order = useStableOrder(keys);
  const { editDesign } = useActions();
  const problems = useProblemsAt('methodResponses');
  return (
    <section className="form-section" aria-labelledby="method-responses-heading">
      <h2 id="method-responses-heading">Method responses</h2>
      <FieldProblems messages={problems} />
      {order.map(({ id, key }) => (
        <MethodResponseCard key={id} responseKey={key} />
      ))}
      <button
        type="button"
        onClick={() =>
          editDesign((d) =>
            editMethodResponses(d, (all) => {
              const status = freeStatusCode(all);
              return setEntry(all, status, { statusCode: status, responseParameters: {} });
            }),
          )
        }
      >
        Add method response
      </button>
    </section>
  );
}

function MethodResponseCard({ responseKey }: { responseKey: string }) {
  const r = useDesigner((s) => {
    const response = s.design.methodResponses?.[responseKey];
    return { statusCode: response?.statusCode ?? responseKey, parameters: response?.responseParameters };
  });
  const { editDesign } = useActions();
  const base = keyPath('methodResponses', responseKey);
  return (
    <section className="response-card" aria-label={`Method response ${r.statusCode || responseKey}`}>
      <div className="panel-heading">
        <StatusCodeField
          base={base}
          value={r.statusCode}
          className="field-inline"
          rekey={(d, code) => editMethodResponses(d, (all) => withStatusCode(all, responseKey, code))}
        />
        <button
          type="button"
          onClick={() => editDesign((d) => editMethodResponses(d, (all) => setEntry(all, responseKey, undefined)))}
        >
          Remove
        </button>
      </div>
      <ResponseHeadersTable
        path={`${base}.responseParameters`}
        parameters={r.parameters}
        onChange={(responseParameters) =>
          editDesign(
            (d) =>
              editMethodResponses(d, (all) =>
                all[responseKey] ? setEntry(all, responseKey, { ...all[responseKey]!, responseParameters }) : all,
              ),
            `${base}.responseParameters`,
          )
        }
      />
    </section>
  );
}
