// The part of a design API Gateway stores for one method: the method's request parameters, its method responses and
// the integration with its responses, keyed by status code, without null or empty fields (GetMethod, GetIntegration
// leave unset fields out). Diffs and the applier work on this shape, so a design's samples, backend and name —
// which API Gateway never sees — make no calls.
import type { Design } from '../../model/types.ts';
import { deployableDesign } from '../shared/deploy-needs.ts';
import { INTEGRATION_FIELDS } from '../shared/integration-shape.ts';
import { isEmptyValue, isPlainObject, sortedEntries } from '../shared/values.ts';
import type { PlainObject } from '../shared/values.ts';

export interface StoredResponse {
  [field: string]: unknown;
}

export interface StoredMethod {
  httpMethod: string;
  requestParameters: Record<string, boolean>;
  methodResponses: Record<
    string,
    { responseParameters: Record<string, boolean>; responseModels: Record<string, string> }
  >;
  /** Integration fields other than integrationResponses (type, uri, requestTemplates, ..., tlsConfig). */
  integration: PlainObject;
  integrationResponses: Record<string, PlainObject>;
}

/** Integration fields UpdateIntegration can patch (tlsConfig as /tlsConfig/insecureSkipVerification). */
export const PATCHABLE_INTEGRATION_FIELDS = [
  ...INTEGRATION_FIELDS.filter((f) => f !== 'integrationResponses'),
  'tlsConfig',
];

function compact(object: PlainObject, fields: readonly string[]): PlainObject {
  const out: PlainObject = {};
  for (const field of fields) {
    const value = object[field];
    if (!isEmptyValue(value))
      out[field] = isPlainObject(value) ? { ...value } : Array.isArray(value) ? [...value] : value;
  }
  return out;
}

const byStatus = <T extends { statusCode?: string | null }>(map: Record<string, T> | undefined) =>
  sortedEntries(map).map(([key, r]) => [r.statusCode ?? key, r] as const);

/** What API Gateway would store after deploying `design` (with the declarations the deploy adds: deploy-needs.ts). */
export function storedMethod(designed: Design): StoredMethod {
  const { design } = deployableDesign(designed);
  const methodResponses: StoredMethod['methodResponses'] = {};
  for (const [status, r] of byStatus(design.methodResponses)) {
    methodResponses[status] = {
      responseParameters: { ...(r.responseParameters ?? {}) },
      responseModels: { ...(r.responseModels ?? {}) },
    };
  }
  const integrationResponses: Record<string, PlainObject> = {};
  for (const [status, r] of byStatus(design.integration.integrationResponses)) {
    integrationResponses[status] = compact(r as PlainObject, [
      'selectionPattern',
      'responseParameters',
      'responseTemplates',
      'contentHandling',
    ]);
  }
  const integration = compact(design.integration as PlainObject, PATCHABLE_INTEGRATION_FIELDS);
  // A set to API Gateway (added and removed by value,
  // https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html).
  if (Array.isArray(integration.cacheKeyParameters))
    integration.cacheKeyParameters = [...new Set(integration.cacheKeyParameters.map(String))].sort();
  if (isPlainObject(integration.tlsConfig)) {
    // Only insecureSkipVerification is stored; false is the default, kept as no tlsConfig.
    if (integration.tlsConfig.insecureSkipVerification === true)
      integration.tlsConfig = { insecureSkipVerification: true };
    else delete integration.tlsConfig;
  }
  return {
    httpMethod: design.method.httpMethod,
    requestParameters: { ...(design.method.requestParameters ?? {}) },
    methodResponses,
    integration,
    integrationResponses,
  };
}
