// Every method of an OpenAPI 3 / Swagger 2 document with API Gateway's extensions (an export with
// extensions=integrations, a SAM DefinitionBody, a RestApi Body): `x-amazon-apigateway-integration` per operation,
// `x-amazon-apigateway-binary-media-types` for the API.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html
import { BINARY_MEDIA_TYPES_EXTENSION, INTEGRATION_EXTENSION, OPERATION_KEYS } from '../openapi/extension-names.ts';
import { importOpenApi } from '../openapi/import.ts';
import { isPlainObject } from '../shared/values.ts';
import type { PlainObject } from '../shared/values.ts';
import { designFromParts, methodKey } from './method-design.ts';
import type { ApiDesigns, ApiMethodSource, KeyPath } from './types.ts';

export interface OpenApiPlacement {
  /** Where the document is inside its file (a template's DefinitionBody) and which file. */
  prefix: KeyPath;
  file?: string;
  /** API settings from around the document (a SAM Api's stage and variables, a RestApi's BinaryMediaTypes). */
  api: Record<string, unknown>;
}

export function readOpenApiMethods(document: PlainObject, placement: OpenApiPlacement, into: ApiDesigns): void {
  if (!isPlainObject(document.paths)) {
    into.problems.set(placement.prefix.join('.') || 'paths', 'an OpenAPI document without paths');
    return;
  }
  const binary = document[BINARY_MEDIA_TYPES_EXTENSION];
  const api = { ...placement.api };
  if (Array.isArray(binary)) {
    const declared = Array.isArray(api.binaryMediaTypes) ? (api.binaryMediaTypes as unknown[]) : [];
    api.binaryMediaTypes = [...new Set([...declared, ...binary.filter((t) => typeof t === 'string')])];
  }
  for (const [path, pathItem] of Object.entries(document.paths)) {
    if (!isPlainObject(pathItem)) continue;
    for (const [operationKey, verb] of Object.entries(OPERATION_KEYS)) {
      const operation = pathItem[operationKey];
      if (!isPlainObject(operation)) continue;
      const key = methodKey(verb, path);
      const at: KeyPath = [...placement.prefix, 'paths', path, operationKey];
      const extension = operation[INTEGRATION_EXTENSION];
      if (!isPlainObject(extension)) {
        into.problems.set(
          key,
          `${at.join('.')}: no ${INTEGRATION_EXTENSION}, so API Gateway has no integration for it`,
        );
        continue;
      }
      const read = importOpenApi(document, path, verb);
      if (!read.ok) {
        into.problems.set(key, read.error);
        continue;
      }
      const notes = read.notes.filter((n) => !n.startsWith('Took '));
      const design = designFromParts(read.parts, api, notes);
      if (!design.ok) {
        into.problems.set(key, `${at.join('.')}: ${design.error}`);
        continue;
      }
      into.methods.set(key, { key, design: design.design, source: sourceOf(extension, at, placement.file), notes });
    }
  }
}

function sourceOf(extension: PlainObject, at: KeyPath, file: string | undefined): ApiMethodSource {
  const integrationAt = [...at, INTEGRATION_EXTENSION];
  const requestTemplates: Record<string, KeyPath> = {};
  if (isPlainObject(extension.requestTemplates)) {
    for (const type of Object.keys(extension.requestTemplates))
      requestTemplates[type] = [...integrationAt, 'requestTemplates', type];
  }
  const responseTemplates: Record<string, Record<string, KeyPath>> = {};
  if (isPlainObject(extension.responses)) {
    for (const [pattern, response] of Object.entries(extension.responses)) {
      if (!isPlainObject(response) || !isPlainObject(response.responseTemplates)) continue;
      const status = String(response.statusCode);
      responseTemplates[status] ??= {};
      for (const type of Object.keys(response.responseTemplates))
        responseTemplates[status][type] = [...integrationAt, 'responses', pattern, 'responseTemplates', type];
    }
  }
  return { ...(file ? { file } : {}), path: at, requestTemplates, responseTemplates };
}
