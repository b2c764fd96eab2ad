// The requests the AWS CLI sends for one method, as `--cli-input-json` documents (the keys of
// `aws apigateway put-integration --generate-cli-skeleton`). Mind the two verbs: `httpMethod` is the METHOD's verb,
// `integrationHttpMethod` the one sent to the backend.
// Sources: https://docs.aws.amazon.com/cli/latest/reference/apigateway/put-integration.html
//          https://docs.aws.amazon.com/cli/latest/reference/apigateway/put-integration-response.html
//          https://docs.aws.amazon.com/cli/latest/reference/apigateway/put-method.html
//          https://docs.aws.amazon.com/cli/latest/reference/apigateway/put-method-response.html
import type { Design } from '../../model/types.ts';
import { INTEGRATION_FIELDS } from '../shared/integration-shape.ts';
import { isEmptyValue, sortedEntries, withoutNulls } from '../shared/values.ts';
import type { PlainObject } from '../shared/values.ts';

export interface ResourceIds {
  restApiId?: string;
  resourceId?: string;
}

/** PutIntegration also takes tlsConfig (a field GetIntegration returns and the design keeps as an unknown field). */
const EXTRA_PUT_INTEGRATION_FIELDS = ['tlsConfig'];

function ids(input: ResourceIds): PlainObject {
  return withoutNulls({ restApiId: input.restApiId, resourceId: input.resourceId });
}

export function putMethodInput(design: Design, resource: ResourceIds = {}): PlainObject {
  const out: PlainObject = { ...ids(resource), httpMethod: design.method.httpMethod, authorizationType: 'NONE' };
  if (!isEmptyValue(design.method.requestParameters)) out.requestParameters = design.method.requestParameters;
  return out;
}

export function putMethodResponseInputs(design: Design, resource: ResourceIds = {}): PlainObject[] {
  return sortedEntries(design.methodResponses).map(([code, r]) =>
    withoutNulls({
      ...ids(resource),
      httpMethod: design.method.httpMethod,
      statusCode: r.statusCode ?? code,
      responseParameters: isEmptyValue(r.responseParameters) ? undefined : r.responseParameters,
      responseModels: isEmptyValue(r.responseModels) ? undefined : r.responseModels,
    }),
  );
}

export function putIntegrationInput(design: Design, resource: ResourceIds = {}): PlainObject {
  const i = design.integration;
  const out: PlainObject = {
    ...ids(resource),
    httpMethod: design.method.httpMethod,
    type: i.type,
    integrationHttpMethod: i.httpMethod,
  };
  for (const field of [...INTEGRATION_FIELDS, ...EXTRA_PUT_INTEGRATION_FIELDS]) {
    if (field === 'type' || field === 'httpMethod' || field === 'integrationResponses') continue;
    const value = (i as PlainObject)[field];
    // An empty map or list sets nothing; leaving it out keeps the command short.
    if (!isEmptyValue(value)) out[field] = value;
  }
  return withoutNulls(out);
}

export function putIntegrationResponseInputs(design: Design, resource: ResourceIds = {}): PlainObject[] {
  return sortedEntries(design.integration.integrationResponses).map(([code, r]) =>
    withoutNulls({
      ...ids(resource),
      httpMethod: design.method.httpMethod,
      statusCode: r.statusCode ?? code,
      selectionPattern: r.selectionPattern,
      responseParameters: isEmptyValue(r.responseParameters) ? undefined : r.responseParameters,
      responseTemplates: isEmptyValue(r.responseTemplates) ? undefined : r.responseTemplates,
      contentHandling: r.contentHandling,
    }),
  );
}

/** Integration fields that put-integration cannot take (they would be lost on deploy). */
export function unexportedIntegrationFields(design: Design): string[] {
  const known = new Set<string>([...INTEGRATION_FIELDS, ...EXTRA_PUT_INTEGRATION_FIELDS]);
  return Object.keys(design.integration).filter((k) => !known.has(k) && !isEmptyValue(design.integration[k]));
}
