// readApiDesigns: a whole API definition -> one design per method, keyed by "VERB /resource/path". The one place an
// API definition is read into designs (the `test` command's tests files; later a workspace of all methods).
// Reads CloudFormation/SAM templates (JSON or YAML with short-form tags), OpenAPI 3 / Swagger 2 documents with API
// Gateway's extensions, `aws apigateway get-resources --embed methods` output, and design documents.
import { looksLikeCloudFormation } from '../cloudformation/import.ts';
import { importAwsJson } from '../aws-json/import.ts';
import { looksLikeDesign } from '../design-json/import.ts';
import { looksLikeOpenApi } from '../openapi/import.ts';
import { restoreImported } from '../shared/restore-imported.ts';
import { parseStructuredText } from '../shared/structured-text.ts';
import { isPlainObject } from '../shared/values.ts';
import type { PlainObject } from '../shared/values.ts';
import { readCloudFormationMethods } from './cloudformation-methods.ts';
import { designFromParts, methodKey } from './method-design.ts';
import { readOpenApiMethods } from './openapi-methods.ts';
import type { ApiDesigns, ApiReadOptions, ApiReadResult, KeyPath } from './types.ts';

export type { ApiDesigns, ApiMethodDesign, ApiMethodSource, ApiReadOptions, ApiReadResult, KeyPath } from './types.ts';
export { methodKey } from './method-design.ts';

export function readApiDesigns(text: string, options: ApiReadOptions = {}): ApiReadResult {
  const parsed = parseStructuredText(text);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  return readApiValue(parsed.value, options);
}

export function readApiValue(value: unknown, options: ApiReadOptions = {}): ApiReadResult {
  const api = (kind: ApiDesigns['kind']): ApiDesigns => ({ kind, methods: new Map(), problems: new Map() });
  let result: ApiDesigns;
  if (looksLikeDesign(value)) {
    result = api('design');
    const restored = restoreImported(value);
    if (!restored.ok) return { ok: false, error: restored.error };
    const { design } = restored;
    const key = methodKey(design.method.httpMethod, design.method.resourcePath);
    result.methods.set(key, { key, design, source: designSource(design.integration), notes: [] });
  } else if (looksLikeOpenApi(value)) {
    result = api('openapi');
    readOpenApiMethods(value as PlainObject, { prefix: [], api: {} }, result);
  } else if (looksLikeCloudFormation(value)) {
    result = api('cloudformation');
    readCloudFormationMethods(value as PlainObject, options, result);
  } else if (isPlainObject(value) && Array.isArray(value.items)) {
    result = api('aws-resources');
    readGetResources(value.items, result);
  } else {
    return {
      ok: false,
      error:
        'cannot tell what this file is: expected a CloudFormation or SAM template, an OpenAPI document with x-amazon-apigateway-integration, aws apigateway get-resources --embed methods output, or a design document',
    };
  }
  if (options.stageVariables) {
    for (const method of result.methods.values()) {
      const apiSettings = method.design.api;
      apiSettings.stageVariables = { ...apiSettings.stageVariables, ...options.stageVariables };
    }
  }
  return { ok: true, api: result };
}

function designSource(integration: { requestTemplates?: Record<string, string> | null }) {
  const requestTemplates: Record<string, KeyPath> = {};
  for (const type of Object.keys(integration.requestTemplates ?? {}))
    requestTemplates[type] = ['integration', 'requestTemplates', type];
  return { path: ['method'], requestTemplates, responseTemplates: {} };
}

/** `aws apigateway get-resources --embed methods`: items of { path, resourceMethods: { VERB: get-method output } }. */
function readGetResources(items: unknown[], into: ApiDesigns): void {
  items.forEach((item, index) => {
    if (!isPlainObject(item) || typeof item.path !== 'string' || !isPlainObject(item.resourceMethods)) return;
    for (const [verb, method] of Object.entries(item.resourceMethods)) {
      const key = methodKey(verb, item.path);
      const at: KeyPath = ['items', index, 'resourceMethods', verb];
      if (!isPlainObject(method) || !isPlainObject(method.methodIntegration)) {
        into.problems.set(key, `${at.join('.')}: no methodIntegration (get-resources needs --embed methods)`);
        continue;
      }
      const read = importAwsJson(method);
      if (!read.ok) {
        into.problems.set(key, read.error);
        continue;
      }
      read.parts.method = { ...read.parts.method, httpMethod: verb.toUpperCase(), resourcePath: item.path };
      const notes: string[] = [];
      const design = designFromParts(read.parts, {}, notes);
      if (!design.ok) {
        into.problems.set(key, `${at.join('.')}: ${design.error}`);
        continue;
      }
      const requestTemplates: Record<string, KeyPath> = {};
      const templates = method.methodIntegration.requestTemplates;
      if (isPlainObject(templates))
        for (const type of Object.keys(templates))
          requestTemplates[type] = [...at, 'methodIntegration', 'requestTemplates', type];
      into.methods.set(key, {
        key,
        design: design.design,
        source: { path: at, requestTemplates, responseTemplates: {} },
        notes,
      });
    }
  });
}
