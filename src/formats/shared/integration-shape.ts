// The Integration object in exactly the shape API Gateway's GetIntegration returns
// (https://docs.aws.amazon.com/apigateway/latest/api/API_GetIntegration.html#API_GetIntegration_ResponseSyntax),
// with unset fields left out, as API Gateway leaves them out.
import type { Integration, IntegrationResponse } from '../../model/types.ts';
import { INTEGRATION_FIELDS } from '../../model/serialize.ts';
import { isPlainObject, sortedEntries, withoutNulls } from './values.ts';
import type { PlainObject } from './values.ts';

/** GetIntegration's field order (one home: src/model/serialize.ts); unknown fields come after, as they were. */
export { INTEGRATION_FIELDS };

export const INTEGRATION_RESPONSE_FIELDS = [
  'statusCode',
  'selectionPattern',
  'responseParameters',
  'responseTemplates',
  'contentHandling',
] as const;

function ordered(object: PlainObject, fields: readonly string[]): PlainObject {
  const out: PlainObject = {};
  for (const field of fields) if (field in object) out[field] = object[field];
  for (const [key, value] of Object.entries(object)) if (!(key in out)) out[key] = value;
  return withoutNulls(out);
}

export function integrationResponseShape(response: IntegrationResponse): PlainObject {
  return ordered(response as PlainObject, INTEGRATION_RESPONSE_FIELDS);
}

export function integrationShape(integration: Integration): PlainObject {
  const out = ordered(integration as PlainObject, INTEGRATION_FIELDS);
  if (isPlainObject(integration.integrationResponses)) {
    out.integrationResponses = Object.fromEntries(
      sortedEntries(integration.integrationResponses).map(([code, r]) => [code, integrationResponseShape(r)]),
    );
  }
  return out;
}
