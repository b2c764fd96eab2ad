// Reads one method's integration from an OpenAPI 3 (or Swagger 2) document such as API Gateway exports
// (`aws apigateway get-export --export-type oas30 --parameters extensions=integrations`). Several integrations:
// `{ path, method }` chooses; without a choice the error lists them.
import type { ImportCandidate, ImportedParts, PartsResult } from '../types.ts';
import { isPlainObject } from '../shared/values.ts';
import type { PlainObject } from '../shared/values.ts';
import {
  BINARY_MEDIA_TYPES_EXTENSION,
  DEFAULT_RESPONSE_KEY,
  INTEGRATION_EXTENSION,
  LOWERCASE_FIELDS,
  OPERATION_KEYS,
} from './extension-names.ts';
import { readMethodResponses, readParameters } from './read-method.ts';
import { readModels, readRequestModels } from './read-models.ts';

export function looksLikeOpenApi(value: unknown): boolean {
  return (
    isPlainObject(value) &&
    (typeof value.openapi === 'string' || typeof value.swagger === 'string') &&
    isPlainObject(value.paths)
  );
}

interface Operation {
  path: string;
  verb: string;
  key: string;
  pathItem: PlainObject;
  operation: PlainObject;
}

function integrationsIn(document: PlainObject): Operation[] {
  const found: Operation[] = [];
  for (const [path, pathItem] of Object.entries(document.paths as PlainObject)) {
    if (!isPlainObject(pathItem)) continue;
    for (const [key, verb] of Object.entries(OPERATION_KEYS)) {
      const operation = pathItem[key];
      if (isPlainObject(operation) && isPlainObject(operation[INTEGRATION_EXTENSION]))
        found.push({ path, verb, key, pathItem, operation });
    }
  }
  return found;
}

function countIntegrations(document: PlainObject): number {
  let count = 0;
  for (const pathItem of Object.values(document.paths as PlainObject)) {
    if (!isPlainObject(pathItem)) continue;
    for (const key of Object.keys(OPERATION_KEYS)) {
      const operation = pathItem[key];
      if (isPlainObject(operation) && isPlainObject(operation[INTEGRATION_EXTENSION])) count++;
    }
  }
  return count;
}

/** The operation of `method` at `path`, when it has an integration. */
function operationAt(document: PlainObject, path: string, method: string): Operation | undefined {
  const pathItem = (document.paths as PlainObject)[path];
  if (!isPlainObject(pathItem) || !Object.hasOwn(document.paths as PlainObject, path)) return undefined;
  const verb = method.toUpperCase();
  const key = Object.keys(OPERATION_KEYS).find((k) => OPERATION_KEYS[k] === verb);
  const operation = key === undefined ? undefined : pathItem[key];
  if (key === undefined || !isPlainObject(operation) || !isPlainObject(operation[INTEGRATION_EXTENSION]))
    return undefined;
  return { path, verb, key, pathItem, operation };
}

function choose(all: Operation[], path?: string, method?: string): { chosen?: Operation; error?: string } {
  const label = (o: Operation) => `${o.verb} ${o.path}`;
  if (all.length === 0)
    return { error: `paths: no operation has ${INTEGRATION_EXTENSION} (export with extensions=integrations)` };
  let matches = all;
  if (path !== undefined) matches = matches.filter((o) => o.path === path);
  if (method !== undefined) matches = matches.filter((o) => o.verb === method.toUpperCase());
  if (matches.length === 1) return { chosen: matches[0] };
  const list = all.map(label).join(', ');
  if (matches.length === 0)
    return { error: `no integration at ${method ?? '*'} ${path ?? '*'}; the document has: ${list}` };
  return {
    error: `the document has ${matches.length} integrations; choose one with path and method: ${matches.map(label).join(', ')}`,
  };
}

export function importOpenApi(value: unknown, path?: string, method?: string): PartsResult {
  if (!looksLikeOpenApi(value))
    return { ok: false, error: 'openapi: expected an OpenAPI 3 or Swagger 2 document with paths' };
  const document = value as PlainObject;
  // A named operation is looked up, not searched for: reading every method of a 300-method file (a workspace) would
  // otherwise scan all of them for each one.
  let chosen = path !== undefined && method !== undefined ? operationAt(document, path, method) : undefined;
  let all: Operation[] | null = null;
  if (!chosen) {
    all = integrationsIn(document);
    const choice = choose(all, path, method);
    if (!choice.chosen) {
      const candidates: ImportCandidate[] = all.map((o) => ({
        label: `${o.verb} ${o.path}`,
        path: o.path,
        method: o.verb,
      }));
      return { ok: false, error: choice.error!, candidates };
    }
    chosen = choice.chosen;
  }

  const where = `paths.${chosen.path}.${chosen.key}`;
  const errors: string[] = [];
  const integration = readIntegration(
    chosen.operation[INTEGRATION_EXTENSION] as PlainObject,
    `${where}.${INTEGRATION_EXTENSION}`,
    errors,
  );
  const requestParameters = readParameters(document, chosen.pathItem, chosen.operation, where, errors);
  const methodResponses = readMethodResponses(document, chosen.operation, where, errors);
  if (errors.length) return { ok: false, error: errors.join('; ') };

  const requestModels = readRequestModels(document, chosen.operation);
  const parts: ImportedParts = {
    integration,
    method: {
      httpMethod: chosen.verb,
      resourcePath: chosen.path,
      requestParameters,
      ...(Object.keys(requestModels).length ? { requestModels } : {}),
    },
    methodResponses,
  };
  const notes: string[] = [];
  const info = document.info;
  if (isPlainObject(info) && typeof info.title === 'string' && info.title) parts.name = info.title;
  const api: PlainObject = {};
  const binary = document[BINARY_MEDIA_TYPES_EXTENSION];
  if (Array.isArray(binary)) api.binaryMediaTypes = binary.filter((t) => typeof t === 'string');
  const stage = stageFromServers(document.servers);
  if (stage) api.stageName = stage;
  const models = readModels(document);
  if (Object.keys(models).length) api.models = models;
  if (Object.keys(api).length) parts.api = api;
  const total = all ? all.length : countIntegrations(document);
  if (total > 1) notes.push(`Took ${chosen.verb} ${chosen.path}; the document has ${total} integrations.`);
  return { ok: true, parts, notes };
}

/** API Gateway's export names the stage in servers[0].variables.basePath.default ("/test" or "test"). */
function stageFromServers(servers: unknown): string | null {
  if (!Array.isArray(servers) || !isPlainObject(servers[0]) || !isPlainObject(servers[0].variables)) return null;
  const basePath = servers[0].variables.basePath;
  if (!isPlainObject(basePath) || typeof basePath.default !== 'string') return null;
  return basePath.default.replace(/^\/+/, '') || null;
}

function readIntegration(extension: PlainObject, where: string, errors: string[]): PlainObject {
  const { responses, ...rest } = extension;
  const integration: PlainObject = { ...rest };
  for (const field of LOWERCASE_FIELDS) {
    const value = integration[field];
    if (typeof value === 'string') integration[field] = value.toUpperCase();
    else if (value !== undefined && value !== null) errors.push(`${where}.${field}: expected text`);
  }
  if (typeof integration.type !== 'string') errors.push(`${where}.type: missing`);
  if (responses === undefined) return integration;
  if (!isPlainObject(responses)) {
    errors.push(`${where}.responses: expected a map from selection pattern to response`);
    return integration;
  }
  const integrationResponses: PlainObject = {};
  for (const [pattern, r] of Object.entries(responses)) {
    const here = `${where}.responses.${pattern}`;
    if (!isPlainObject(r)) {
      errors.push(`${here}: expected an object`);
      continue;
    }
    const statusCode = typeof r.statusCode === 'number' ? String(r.statusCode) : r.statusCode;
    if (typeof statusCode !== 'string') {
      errors.push(`${here}.statusCode: missing`);
      continue;
    }
    const response: PlainObject = { statusCode };
    if (pattern !== DEFAULT_RESPONSE_KEY) response.selectionPattern = pattern;
    for (const field of ['responseParameters', 'responseTemplates', 'contentHandling']) {
      if (r[field] !== undefined && r[field] !== null) response[field] = r[field];
    }
    if (statusCode in integrationResponses) errors.push(`${here}.statusCode: ${statusCode} is used by two responses`);
    integrationResponses[statusCode] = response;
  }
  integration.integrationResponses = integrationResponses;
  return integration;
}
