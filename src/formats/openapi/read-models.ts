// An OpenAPI document's models (docs/design-contracts.md#models): API Gateway's import makes a model of each schema in
// `components.schemas` (OpenAPI 3) or `definitions` (Swagger 2), and a method's requestModels of the operation's
// request body `$ref` per content type (OpenAPI 3 `requestBody.content`, Swagger 2 `in: body` parameter and `consumes`)
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/import-edge-optimized-api.html).
import { isBuiltInModel } from '../../model/built-in-models.ts';
import type { ApiModel } from '../../model/types.ts';
import { isPlainObject } from '../shared/values.ts';
import type { PlainObject } from '../shared/values.ts';
import { resolveRef } from './read-method.ts';

const JSON_TYPE = 'application/json';

export function readModels(document: PlainObject): Record<string, ApiModel> {
  const components = isPlainObject(document.components) ? document.components.schemas : undefined;
  const schemas = isPlainObject(components)
    ? components
    : isPlainObject(document.definitions)
      ? document.definitions
      : {};
  const models: Record<string, ApiModel> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    // Empty and Error are in every API (and in every export): implied, not carried (model/built-in-models.ts).
    if (isBuiltInModel(name, schema)) continue;
    if (isPlainObject(schema) || typeof schema === 'boolean') models[name] = { contentType: JSON_TYPE, schema };
  }
  return models;
}

/** media type -> model name, for the request body schemas that are a `$ref` to a model. */
export function readRequestModels(document: PlainObject, operation: PlainObject): Record<string, string> {
  const models: Record<string, string> = {};
  const body = resolveRef(document, operation.requestBody);
  if (isPlainObject(body) && isPlainObject(body.content)) {
    for (const [type, media] of Object.entries(body.content)) {
      const name = isPlainObject(media) ? modelName(media.schema) : null;
      if (name) models[type] = name;
    }
    return models;
  }
  const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
  const bodyParameter = parameters.map((p) => resolveRef(document, p)).find((p) => isPlainObject(p) && p.in === 'body');
  const name = isPlainObject(bodyParameter) ? modelName(bodyParameter.schema) : null;
  if (!name) return models;
  const consumes = Array.isArray(operation.consumes) ? operation.consumes : document.consumes;
  const types = Array.isArray(consumes) ? consumes.filter((t): t is string => typeof t === 'string') : [];
  for (const type of types.length ? types : [JSON_TYPE]) models[type] = name;
  return models;
}

function modelName(schema: unknown): string | null {
  if (!isPlainObject(schema) || typeof schema.$ref !== 'string') return null;
  const m = /^#\/(?:components\/schemas|definitions)\/([^/]+)$/.exec(schema.$ref);
  return m ? m[1]!.replace(/~1/g, '/').replace(/~0/g, '~') : null;
}
