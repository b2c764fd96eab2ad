// Reads an AWS::ApiGateway::Method (with its Integration) from a CloudFormation template, JSON or YAML with short-form
// tags. When the template has several methods, `resource` (the logical id) chooses; without it the error lists them.
// Intrinsic functions in values are shown with `${...}` (Sub syntax) and said in the notes.
import type { ImportCandidate, ImportedParts, PartsResult } from '../types.ts';
import { asIntrinsic, intrinsicToText } from '../shared/cfn-intrinsics.ts';
import { isPlainObject } from '../shared/values.ts';
import type { PlainObject } from '../shared/values.ts';
import {
  DESIGNER_METADATA_KEY,
  INTEGRATION_PROPERTY,
  INTEGRATION_RESPONSE_PROPERTY,
  METHOD_RESPONSE_PROPERTY,
  METHOD_TYPE,
} from './field-names.ts';
import { modelResources } from './models-import.ts';
import { resolveResourcePath } from './resource-path.ts';
import { importMapValue, NUMBER_FIELDS, type Conversion } from './values-import.ts';

export function looksLikeCloudFormation(value: unknown): boolean {
  return isPlainObject(value) && (isPlainObject(value.Resources) || 'AWSTemplateFormatVersion' in value);
}

export function importCloudFormation(value: unknown, resource?: string): PartsResult {
  if (!isPlainObject(value) || !isPlainObject(value.Resources)) {
    return { ok: false, error: 'Resources: missing; expected a CloudFormation template' };
  }
  const resources = value.Resources;
  const methods = Object.entries(resources).filter(([, r]) => isPlainObject(r) && r.Type === METHOD_TYPE);
  const candidates: ImportCandidate[] = methods.map(([id, r]) => {
    const props = isPlainObject((r as PlainObject).Properties) ? ((r as PlainObject).Properties as PlainObject) : {};
    const path = resolveResourcePath(props.ResourceId, resources) ?? designerMetadata(r as PlainObject).resourcePath;
    const verb = typeof props.HttpMethod === 'string' ? props.HttpMethod : '?';
    return { resource: id, label: `${id} (${verb}${typeof path === 'string' ? ` ${path}` : ''})` };
  });
  if (methods.length === 0) return { ok: false, error: `Resources: no ${METHOD_TYPE} in this template` };
  let chosen: [string, unknown] | undefined;
  if (resource !== undefined) {
    chosen = methods.find(([id]) => id === resource);
    if (!chosen)
      return { ok: false, error: `Resources.${resource}: no ${METHOD_TYPE} with this logical id`, candidates };
  } else if (methods.length > 1) {
    return {
      ok: false,
      error: `the template has ${methods.length} methods; choose one by logical id: ${candidates.map((c) => c.label).join(', ')}`,
      candidates,
    };
  } else chosen = methods[0];
  return readMethod(chosen![0], chosen![1] as PlainObject, resources);
}

function designerMetadata(resource: PlainObject): PlainObject {
  const metadata = isPlainObject(resource.Metadata) ? resource.Metadata[DESIGNER_METADATA_KEY] : undefined;
  return isPlainObject(metadata) ? metadata : {};
}

function readMethod(id: string, resource: PlainObject, resources: PlainObject): PartsResult {
  const base = `Resources.${id}.Properties`;
  const props = resource.Properties;
  if (!isPlainObject(props)) return { ok: false, error: `${base}: missing` };
  if (!isPlainObject(props.Integration))
    return { ok: false, error: `${base}.Integration: missing; this method has no integration` };
  const conversion: Conversion = { used: new Set(), errors: [] };
  const integration = renameBack(props.Integration, INTEGRATION_PROPERTY, `${base}.Integration`, conversion);
  const rawResponses = props.Integration.IntegrationResponses;
  if (rawResponses !== undefined) {
    if (!Array.isArray(rawResponses))
      return { ok: false, error: `${base}.Integration.IntegrationResponses: expected a list` };
    const responses: PlainObject = {};
    for (const [i, r] of rawResponses.entries()) {
      const where = `${base}.Integration.IntegrationResponses[${i}]`;
      if (!isPlainObject(r)) {
        conversion.errors.push(`${where}: expected an object`);
        continue;
      }
      const response = renameBack(r, INTEGRATION_RESPONSE_PROPERTY, where, conversion);
      if (typeof response.statusCode !== 'string') conversion.errors.push(`${where}.StatusCode: missing`);
      else responses[response.statusCode] = response;
    }
    integration.integrationResponses = responses;
  }
  const parts: ImportedParts = { integration, method: {} };
  const verb = intrinsicToText(props.HttpMethod, conversion.used);
  if (verb !== null) parts.method!.httpMethod = verb;
  if (props.RequestParameters !== undefined) {
    const params = importMapValue(props.RequestParameters, `${base}.RequestParameters`, conversion, 'boolean');
    if (params) parts.method!.requestParameters = params as Record<string, boolean>;
  }
  if (props.RequestModels !== undefined) {
    const models = importMapValue(props.RequestModels, `${base}.RequestModels`, conversion, 'string');
    if (models) parts.method!.requestModels = models as Record<string, string>;
  }
  // The API's models (AWS::ApiGateway::Model of the method's RestApi): what a sample may name (docs/design-contracts.md#models).
  const models = modelResources(resources, props.RestApiId, (v) =>
    asIntrinsic(v) ? intrinsicToText(v, conversion.used) : v,
  );
  if (Array.isArray(props.MethodResponses)) {
    const methodResponses: Record<string, PlainObject> = {};
    for (const [i, r] of props.MethodResponses.entries()) {
      const where = `${base}.MethodResponses[${i}]`;
      if (!isPlainObject(r)) {
        conversion.errors.push(`${where}: expected an object`);
        continue;
      }
      const response = renameBack(r, METHOD_RESPONSE_PROPERTY, where, conversion, new Set(['responseParameters']));
      if (typeof response.statusCode !== 'string') conversion.errors.push(`${where}.StatusCode: missing`);
      else methodResponses[response.statusCode] = response;
    }
    parts.methodResponses = methodResponses;
  }
  if (conversion.errors.length) return { ok: false, error: conversion.errors.join('; ') };

  const notes: string[] = [];
  const metadata = designerMetadata(resource);
  const path =
    typeof metadata.resourcePath === 'string'
      ? metadata.resourcePath
      : resolveResourcePath(props.ResourceId, resources);
  if (path) parts.method!.resourcePath = path;
  else notes.push(`${base}.ResourceId: the resource path could not be worked out; it was kept as it was.`);
  if (typeof metadata.name === 'string') parts.name = metadata.name;
  if (isPlainObject(metadata.api)) parts.api = metadata.api;
  if (Object.keys(models).length) parts.api = { ...parts.api, models: { ...models, ...(parts.api?.models as object) } };
  if (conversion.used.size) {
    notes.push(
      `Intrinsic functions (${[...conversion.used].sort().join(', ')}) were shown as \${...} text: the designer cannot resolve them.`,
    );
  }
  return { ok: true, parts, notes };
}

const MAP_FIELDS = new Set([
  'requestParameters',
  'requestTemplates',
  'responseParameters',
  'responseTemplates',
  'responseModels',
]);

/** CloudFormation property names back to GetIntegration's, values checked and intrinsics turned into text. */
function renameBack(
  source: PlainObject,
  names: Record<string, string>,
  where: string,
  conversion: Conversion,
  booleanMaps: ReadonlySet<string> = new Set(),
): PlainObject {
  const out: PlainObject = {};
  for (const [field, property] of Object.entries(names)) {
    const value = source[property];
    if (value === undefined || value === null) continue;
    const path = `${where}.${property}`;
    if (MAP_FIELDS.has(field)) {
      const map = importMapValue(value, path, conversion, booleanMaps.has(field) ? 'boolean' : 'string');
      if (map) out[field] = map;
    } else if (field === 'cacheKeyParameters') {
      if (!Array.isArray(value)) conversion.errors.push(`${path}: expected a list of strings`);
      else out[field] = value.map((v) => intrinsicToText(v, conversion.used) ?? '');
    } else if (NUMBER_FIELDS.has(field)) {
      const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
      if (typeof number !== 'number') conversion.errors.push(`${path}: expected a number`);
      else out[field] = number;
    } else {
      const text = intrinsicToText(value, conversion.used);
      if (text === null) conversion.errors.push(`${path}: expected text, found ${JSON.stringify(value).slice(0, 80)}`);
      else out[field] = field === 'statusCode' ? String(text) : text;
    }
  }
  return out;
}
