// What a design says about one method, in the spelling of the file it came from (a "view"): the exporter's own
// output for the method, with the arrays that API Gateway keys by status code or name turned into maps so that two
// views compare item by item. Write-back diffs the view of the design as read against the view of the edited design:
// only what the user changed differs, in the file's own field names.
// CloudFormation: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-method.html
// OpenAPI: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html
import type { Design } from '../../../model/types.ts';
import { buildTemplate } from '../../cloudformation/build-template.ts';
import { buildOpenApiDocument } from '../../openapi/build-document.ts';
import { INTEGRATION_EXTENSION } from '../../openapi/extension-names.ts';
import { isPlainObject } from '../../shared/values.ts';
import type { PlainObject } from '../../shared/values.ts';

export type ViewKind = 'cloudformation-method' | 'openapi-operation';

/** A keyed array in a view: where it is (from the method), and how an item's key is worked out. */
export interface KeyedArray {
  at: string[];
  keyOf: (item: unknown) => string | null;
}

const statusKey = (item: unknown) => (isPlainObject(item) ? String(item.StatusCode) : null);
const parameterKey = (item: unknown) =>
  isPlainObject(item) && typeof item.in === 'string' && typeof item.name === 'string'
    ? `${item.in} ${item.name}`
    : null;

export const KEYED_ARRAYS: Record<ViewKind, KeyedArray[]> = {
  'cloudformation-method': [
    { at: ['MethodResponses'], keyOf: statusKey },
    { at: ['Integration', 'IntegrationResponses'], keyOf: statusKey },
  ],
  'openapi-operation': [{ at: ['parameters'], keyOf: parameterKey }],
};

/** Method properties that say which method it is, not what it does: never rewritten (a key change is a new method). */
const CLOUDFORMATION_IDENTITY = ['RestApiId', 'ResourceId', 'HttpMethod', 'AuthorizationType'];

export function methodView(kind: ViewKind, design: Design): PlainObject {
  if (kind === 'cloudformation-method') {
    const { template, logicalId } = buildTemplate(design);
    const resource = (template.Resources as PlainObject)[logicalId] as PlainObject;
    const properties = { ...(resource.Properties as PlainObject) };
    for (const key of CLOUDFORMATION_IDENTITY) delete properties[key];
    return keyArrays(kind, properties);
  }
  const { document } = buildOpenApiDocument(design);
  const pathItem = Object.values(document.paths as PlainObject)[0] as PlainObject;
  const operation = { ...(Object.values(pathItem)[0] as PlainObject) };
  // "default" stands in for "no method responses" in the export; it is not one API Gateway imports, nor one to write.
  const { default: _stand, ...responses } = operation.responses as PlainObject;
  operation.responses = responses;
  if (!isPlainObject(operation[INTEGRATION_EXTENSION])) delete operation[INTEGRATION_EXTENSION];
  return keyArrays(kind, operation);
}

function keyArrays(kind: ViewKind, view: PlainObject): PlainObject {
  for (const keyed of KEYED_ARRAYS[kind]) {
    const parent = keyed.at.slice(0, -1).reduce<unknown>((v, k) => (isPlainObject(v) ? v[k] : undefined), view);
    const last = keyed.at[keyed.at.length - 1]!;
    if (!isPlainObject(parent) || !Array.isArray(parent[last])) continue;
    const map: PlainObject = {};
    for (const item of parent[last] as unknown[]) map[keyed.keyOf(item) ?? String(Object.keys(map).length)] = item;
    parent[last] = map;
  }
  return view;
}

/** One change to a view: set a value (added or changed) or remove it, at a path of keys. */
export interface ViewChange {
  path: string[];
  value?: unknown;
  remove?: true;
}

/** The changes that turn `before` into `after`, as deep as both sides are maps (one template, not all of them). */
export function diffViews(before: unknown, after: unknown, path: string[] = [], into: ViewChange[] = []): ViewChange[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    for (const key of Object.keys(before)) if (!(key in after)) into.push({ path: [...path, key], remove: true });
    for (const [key, value] of Object.entries(after)) {
      if (!(key in before)) into.push({ path: [...path, key], value });
      else diffViews(before[key], value, [...path, key], into);
    }
  } else if (!sameValue(before, after)) into.push({ path, value: after });
  return into;
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameValue(a[k], b[k]));
  }
  return false;
}
