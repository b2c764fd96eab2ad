// The Integration form: every PutIntegration property, shown as it applies to the selected integration type.
import { changeIntegrationType } from '../../model/index.ts';
import { CONNECTION_TYPES, INTEGRATION_TYPES, type ConnectionType, type IntegrationType } from '../../model/types.ts';
import { useActions, useDesigner } from '../../store/hooks.tsx';
import { Field } from '../shared/field.tsx';
import { ArnHelper } from './arn-helper.tsx';
import { CacheFields } from './cache-fields.tsx';
import { ContentHandlingField } from './content-handling-field.tsx';
import { INTEGRATION_TYPE_EXPLANATIONS } from './explanations.ts';
import { fieldsFor, integrationVerbs } from './integration-fields.ts';
import { PassthroughField } from './passthrough-field.tsx';
import { RequestParametersTable } from './request-parameters-table.tsx';
import { orNull, useEditIntegration } from './use-design-edit.ts';

export function IntegrationSection() {
  const i = useDesigner((s) => {
    const x = s.design.integration;
    return {
      type: x.type,
      httpMethod: x.httpMethod ?? '',
      uri: x.uri ?? '',
      connectionType: x.connectionType ?? 'INTERNET',
      connectionId: x.connectionId ?? '',
      credentials: x.credentials ?? '',
      timeoutInMillis: x.timeoutInMillis,
    };
  });
  const { editDesign } = useActions();
  const edit = useEditIntegration();
  const show = fieldsFor(i.type);

  return (
    <section className="form-section" aria-labelledby="integration-heading">
      <h2 id="integration-heading">Integration</h2>
      <Field label="Integration type" path="integration.type" hint={INTEGRATION_TYPE_EXPLANATIONS[i.type]}>
        {(p) => (
          <select
            {...p}
            value={i.type}
            onChange={(e) =>
              editDesign((d) => ({
                ...d,
                integration: changeIntegrationType(d.integration, e.target.value as IntegrationType),
              }))
            }
          >
            {INTEGRATION_TYPES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        )}
      </Field>

      {show.httpMethod !== 'hidden' ? (
        <Field
          label="Integration HTTP method"
          path="integration.httpMethod"
          hint={
            show.httpMethod === 'post-only'
              ? 'Lambda functions are always invoked with POST.'
              : 'The verb API Gateway uses to call the backend.'
          }
        >
          {(p) => (
            <select
              {...p}
              value={i.httpMethod}
              disabled={show.httpMethod === 'post-only'}
              onChange={(e) => edit({ httpMethod: e.target.value }, 'integration.httpMethod')}
            >
              {i.httpMethod === '' ? <option value="">(choose)</option> : null}
              {integrationVerbs(i.type).map((v) => (
                <option key={v}>{v}</option>
              ))}
            </select>
          )}
        </Field>
      ) : null}

      {show.uri !== 'hidden' ? (
        <Field
          label={show.uri === 'arn' ? 'Integration URI (AWS ARN)' : 'Endpoint URL'}
          path="integration.uri"
          hint={
            show.uri === 'arn'
              ? 'arn:aws:apigateway:{region}:{service}:path|action/{service_api}'
              : 'Use {name} for path parameters and ${stageVariables.name} for stage variables.'
          }
        >
          {(p) => (
            <input
              {...p}
              value={i.uri}
              spellCheck={false}
              onChange={(e) => edit({ uri: orNull(e.target.value) }, 'integration.uri')}
            />
          )}
        </Field>
      ) : null}
      {show.uri === 'arn' ? (
        <ArnHelper
          uri={i.uri}
          onUri={(uri) => edit({ uri, ...(/:lambda:/.test(uri) ? { httpMethod: 'POST' } : {}) }, 'integration.uri')}
        />
      ) : null}

      {show.connection ? (
        <div className="field-row">
          <Field label="Connection type" path="integration.connectionType">
            {(p) => (
              <select
                {...p}
                value={i.connectionType}
                onChange={(e) => {
                  const connectionType = e.target.value as ConnectionType;
                  edit(
                    connectionType === 'VPC_LINK' ? { connectionType } : { connectionType, connectionId: null },
                    'integration.connectionType',
                  );
                }}
              >
                {CONNECTION_TYPES.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
            )}
          </Field>
          {i.connectionType === 'VPC_LINK' ? (
            <Field label="VPC link ID" path="integration.connectionId">
              {(p) => (
                <input
                  {...p}
                  value={i.connectionId}
                  spellCheck={false}
                  onChange={(e) => edit({ connectionId: orNull(e.target.value) }, 'integration.connectionId')}
                />
              )}
            </Field>
          ) : null}
        </div>
      ) : null}

      {show.credentials ? (
        <Field
          label="Execution role (credentials)"
          path="integration.credentials"
          hint="An IAM role ARN API Gateway assumes, arn:aws:iam::*:user/* for the caller's credentials, or empty for resource-based permissions."
        >
          {(p) => (
            <input
              {...p}
              value={i.credentials}
              spellCheck={false}
              onChange={(e) => edit({ credentials: orNull(e.target.value) }, 'integration.credentials')}
            />
          )}
        </Field>
      ) : null}

      {show.requestParameters ? <RequestParametersTable /> : null}
      {show.templates ? <PassthroughField /> : null}
      {show.contentHandling ? <ContentHandlingField /> : null}

      {show.timeout ? (
        <Field label="Timeout (ms)" path="integration.timeoutInMillis" hint="50 to 29,000 milliseconds.">
          {(p) => (
            <input
              {...p}
              type="number"
              inputMode="numeric"
              value={i.timeoutInMillis ?? ''}
              onChange={(e) =>
                edit(
                  { timeoutInMillis: e.target.value === '' ? null : Number(e.target.value) },
                  'integration.timeoutInMillis',
                )
              }
            />
          )}
        </Field>
      ) : null}
      <CacheFields />
    </section>
  );
}
