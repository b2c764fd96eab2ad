// The API Gateway calls that turn the method `before` deploys into the one `after` deploys, in dependency order:
//   1. UpdateMethod adds request parameters (PutIntegration / UpdateIntegration refuse a mapping from an undeclared
//      method.request.* parameter), PutMethodResponse / UpdateMethodResponse add the method responses and headers the
//      integration responses will map (PutIntegrationResponse refuses an undeclared method.response.header.*);
//   2. PutIntegration when the integration type changes (it replaces the integration and its responses), else
//      UpdateIntegration;
//   3. DeleteIntegrationResponse, PutIntegrationResponse, UpdateIntegrationResponse;
//   4. the removals from method responses, DeleteMethodResponse, and the removals from the method, once nothing maps
//      them any more.
// Paths and the ops each takes: https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html — maps
// (requestParameters, requestTemplates, responseParameters, responseTemplates, responseModels) take add, replace and
// remove per key; cacheKeyParameters add and remove per value; the other fields replace. Every value is a string.
import type { Design } from '../../model/types.ts';
import { putIntegrationInput } from '../aws-cli/cli-inputs.ts';
import { INTEGRATION_FIELDS } from '../shared/integration-shape.ts';
import { deployableDesign } from '../shared/deploy-needs.ts';
import { isPlainObject, sortedEntries } from '../shared/values.ts';
import type { PlainObject } from '../shared/values.ts';
import { pointer } from './pointer.ts';
import { storedMethod } from './stored-method.ts';
import type { PatchCall, PatchOperation } from './types.ts';

/** Map fields patched per key. */
export const MAP_FIELDS = new Set([
  'requestParameters',
  'requestTemplates',
  'responseParameters',
  'responseTemplates',
  'responseModels',
]);

const text = (value: unknown): string => String(value);

type Keep = 'all' | 'additions' | 'removals';

/** add / replace / remove per key of a map field; `keep` splits additions from removals across the order above. */
function mapOperations(
  field: string,
  before: PlainObject = {},
  after: PlainObject = {},
  keep: Keep = 'all',
): PatchOperation[] {
  const ops: PatchOperation[] = [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  for (const key of keys) {
    const path = pointer(field, key);
    if (!(key in after)) {
      if (keep !== 'additions') ops.push({ op: 'remove', path });
    } else if (keep === 'removals') continue;
    else if (!(key in before)) ops.push({ op: 'add', path, value: text(after[key]) });
    else if (before[key] !== after[key]) ops.push({ op: 'replace', path, value: text(after[key]) });
  }
  return ops;
}

/** Field-by-field operations on an integration or integration response (scalars replace, maps per key). */
function fieldOperations(before: PlainObject, after: PlainObject, fields: readonly string[]): PatchOperation[] {
  const ops: PatchOperation[] = [];
  for (const field of fields) {
    const a = before[field];
    const b = after[field];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (MAP_FIELDS.has(field)) ops.push(...mapOperations(field, a as PlainObject, b as PlainObject));
    else if (field === 'cacheKeyParameters') {
      const was = new Set((a as string[] | undefined) ?? []);
      const now = new Set((b as string[] | undefined) ?? []);
      for (const v of was) if (!now.has(v)) ops.push({ op: 'remove', path: pointer(field, v) });
      for (const v of now) if (!was.has(v)) ops.push({ op: 'add', path: pointer(field, v) });
    } else if (field === 'tlsConfig') {
      const value = isPlainObject(b) ? b.insecureSkipVerification : undefined;
      ops.push({ op: 'replace', path: '/tlsConfig/insecureSkipVerification', value: text(value ?? false) });
    } else if (b === undefined) ops.push({ op: 'replace', path: pointer(field) });
    else ops.push({ op: 'replace', path: pointer(field), value: text(b) });
  }
  return ops;
}

/** UpdateIntegration's fields: GetIntegration's order (one home: model INTEGRATION_FIELDS) less `type` (a type change is
 * a PutIntegration) and the responses (their own calls), plus tlsConfig. */
const INTEGRATION_PATCH_FIELDS: readonly string[] = [
  ...INTEGRATION_FIELDS.filter((field) => field !== 'type' && field !== 'integrationResponses'),
  'tlsConfig',
];
export const INTEGRATION_RESPONSE_PATCH_FIELDS = [
  'selectionPattern',
  'responseParameters',
  'responseTemplates',
  'contentHandling',
];

export interface PatchPlan {
  calls: PatchCall[];
  /** What the calls cannot do (another method), one line each. */
  warnings: string[];
}

/** The calls, in order, that make the method deployed from `before` the one deployed from `after`. */
export function patchCalls(before: Design, after: Design): PatchPlan {
  const a = storedMethod(before);
  const b = storedMethod(after);
  const warnings: string[] = [];
  if (a.httpMethod !== b.httpMethod || before.method.resourcePath !== after.method.resourcePath) {
    warnings.push(
      `method: ${before.method.httpMethod} ${before.method.resourcePath} -> ${after.method.httpMethod} ${after.method.resourcePath} is another method; the calls patch ${after.method.httpMethod} (deploy it with export --to aws-cli if it does not exist yet)`,
    );
  }
  const calls: PatchCall[] = [];
  const push = (call: PatchCall) => {
    if (call.patchOperations && call.patchOperations.length === 0) return;
    calls.push(call);
  };

  push({
    operation: 'UpdateMethod',
    patchOperations: mapOperations('requestParameters', a.requestParameters, b.requestParameters, 'additions'),
  });
  for (const [status, response] of sortedEntries(b.methodResponses)) {
    const was = a.methodResponses[status];
    if (!was) {
      const input: PlainObject = { statusCode: status };
      if (Object.keys(response.responseParameters).length) input.responseParameters = response.responseParameters;
      if (Object.keys(response.responseModels).length) input.responseModels = response.responseModels;
      push({ operation: 'PutMethodResponse', statusCode: status, input });
    } else {
      push({
        operation: 'UpdateMethodResponse',
        statusCode: status,
        patchOperations: [
          ...mapOperations('responseParameters', was.responseParameters, response.responseParameters, 'additions'),
          ...mapOperations('responseModels', was.responseModels, response.responseModels, 'additions'),
        ],
      });
    }
  }

  const replaced = a.integration.type !== b.integration.type;
  if (replaced) {
    const { httpMethod: _verb, ...input } = putIntegrationInput(deployableDesign(after).design);
    push({ operation: 'PutIntegration', input });
  } else {
    push({
      operation: 'UpdateIntegration',
      patchOperations: fieldOperations(a.integration, b.integration, INTEGRATION_PATCH_FIELDS),
    });
  }

  // PutIntegration leaves the method with no integration responses, so each one of `after` is put again.
  const current = replaced ? {} : a.integrationResponses;
  for (const status of Object.keys(current).sort()) {
    if (!(status in b.integrationResponses)) push({ operation: 'DeleteIntegrationResponse', statusCode: status });
  }
  for (const [status, response] of sortedEntries(b.integrationResponses)) {
    const was = current[status];
    if (!was)
      push({ operation: 'PutIntegrationResponse', statusCode: status, input: { statusCode: status, ...response } });
    else {
      push({
        operation: 'UpdateIntegrationResponse',
        statusCode: status,
        patchOperations: fieldOperations(was, response, INTEGRATION_RESPONSE_PATCH_FIELDS),
      });
    }
  }

  for (const [status, was] of sortedEntries(a.methodResponses)) {
    const now = b.methodResponses[status];
    if (!now) {
      push({ operation: 'DeleteMethodResponse', statusCode: status });
      continue;
    }
    push({
      operation: 'UpdateMethodResponse',
      statusCode: status,
      patchOperations: [
        ...mapOperations('responseParameters', was.responseParameters, now.responseParameters, 'removals'),
        ...mapOperations('responseModels', was.responseModels, now.responseModels, 'removals'),
      ],
    });
  }
  push({
    operation: 'UpdateMethod',
    patchOperations: mapOperations('requestParameters', a.requestParameters, b.requestParameters, 'removals'),
  });
  return { calls, warnings };
}
