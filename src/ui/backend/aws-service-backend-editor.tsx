// The mocked AWS service of an AWS integration: the seed of the in-memory S3 objects and DynamoDB tables (what the
// stores hold before any run), or a canned answer for any other service; and what the stores hold after the runs.
import { useActions, useDesigner } from '../../store/hooks.tsx';
import { awsServiceOf, editServiceField, serviceField } from './backend-edits.ts';
import { JsonValueEditor } from './json-value-editor.tsx';
import { MockStoresView } from './mock-stores-view.tsx';

const isObject = (v: unknown) =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? null : 'must be a JSON object';

/** Services with a built-in mock (src/mocks/handlers); others answer UnknownOperationException unless canned. */
const BUILT_IN = new Set(['s3', 'dynamodb', 'sqs', 'sns', 'states', 'events', 'lambda']);

export function AwsServiceBackendEditor() {
  const { service, backend } = useDesigner((s) => ({
    service: awsServiceOf(s.design.integration.uri),
    backend: s.design.backend,
  }));
  const { editDesign } = useActions();
  const edit = (svc: string, field: string, value: unknown) =>
    editDesign((d) => editServiceField(d, svc, field, value), `backend.services.${svc}.${field}`);
  return (
    <>
      {service === 's3' ? (
        <JsonValueEditor
          label="S3 objects (seed)"
          value={serviceField(backend, 's3', 'objects')}
          modelPath="file:///backend/s3-objects.json"
          check={isObject}
          onChange={(objects) => edit('s3', 'objects', objects)}
          hint='"bucket/key": {"body": "...", "contentType": "text/plain"} — add "isBase64Encoded": true for bytes.'
        />
      ) : null}
      {service === 'dynamodb' ? (
        <JsonValueEditor
          label="DynamoDB tables (seed)"
          value={serviceField(backend, 'dynamodb', 'tables')}
          modelPath="file:///backend/dynamodb-tables.json"
          check={isObject}
          onChange={(tables) => edit('dynamodb', 'tables', tables)}
          hint='"Pets": [{"id": {"S": "1"}, "name": {"S": "Rex"}}] — or {"keySchema": ["pk", "sk"], "items": [...]}.'
        />
      ) : null}
      {service && service !== 'lambda' ? (
        <JsonValueEditor
          label={`Canned ${service} answer (optional)`}
          value={serviceField(backend, service, 'response')}
          modelPath={`file:///backend/${service}-response.json`}
          check={isObject}
          onChange={(response) => edit(service, 'response', response)}
          hint={`{"statusCode": 200, "headers": {...}, "body": "..."} replaces ${BUILT_IN.has(service) ? 'the built-in mock' : `the default (400 UnknownOperationException: there is no built-in ${service} mock)`}.`}
        />
      ) : null}
      {!service ? <p className="note">Enter an AWS integration URI to choose the service.</p> : null}
      <MockStoresView />
    </>
  );
}
