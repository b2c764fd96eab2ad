// The method side of an OpenAPI operation: parameters -> method request parameters, responses -> method responses. API
// Gateway's import maps `in: path|query|header` to method.request.{path|querystring|header}.NAME
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/import-edge-optimized-api.html and the OpenAPI
// extensions reference). An array schema for a query string or header is read as multi-value: not documented, our
// choice.
import { isPlainObject } from '../shared/values.ts';
import type { PlainObject } from '../shared/values.ts';
import { methodParameterKey } from '../shared/method-parameters.ts';
import type { ParameterLocation } from '../shared/method-parameters.ts';

/** Follows a local `$ref` (#/components/parameters/X, #/parameters/X); other refs are not followed. */
export function resolveRef(document: PlainObject, value: unknown, depth = 0): unknown {
  if (!isPlainObject(value) || typeof value.$ref !== 'string' || depth > 10) return value;
  const ref = value.$ref;
  if (!ref.startsWith('#/')) return value;
  let current: unknown = document;
  for (const segment of ref.slice(2).split('/')) {
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    current = isPlainObject(current) ? current[key] : undefined;
  }
  return resolveRef(document, current, depth + 1);
}

function isArraySchema(parameter: PlainObject): boolean {
  const schema = isPlainObject(parameter.schema) ? parameter.schema : parameter; // Swagger 2 puts `type` on the parameter
  return schema.type === 'array';
}

export function readParameters(
  document: PlainObject,
  pathItem: PlainObject,
  operation: PlainObject,
  where: string,
  errors: string[],
): Record<string, boolean> {
  const byKey = new Map<string, boolean>();
  const lists: [unknown, string][] = [
    [pathItem.parameters, where.replace(/\.[^.]+$/, '.parameters')],
    [operation.parameters, `${where}.parameters`],
  ];
  for (const [list, listWhere] of lists) {
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      errors.push(`${listWhere}: expected a list`);
      continue;
    }
    list.forEach((raw, index) => {
      const parameter = resolveRef(document, raw);
      if (!isPlainObject(parameter) || typeof parameter.name !== 'string' || typeof parameter.in !== 'string') {
        errors.push(`${listWhere}[${index}]: expected a parameter with name and in`);
        return;
      }
      let location: ParameterLocation;
      if (parameter.in === 'path') location = 'path';
      else if (parameter.in === 'query') location = isArraySchema(parameter) ? 'multivaluequerystring' : 'querystring';
      else if (parameter.in === 'header') location = isArraySchema(parameter) ? 'multivalueheader' : 'header';
      else return; // cookie, body, formData: API Gateway has no method request parameter for them
      // Operation parameters override path-level ones with the same name and location (OpenAPI 3.0 §4.7.9).
      byKey.set(methodParameterKey(location, parameter.name), parameter.required === true);
    });
  }
  return Object.fromEntries(byKey);
}

export function readMethodResponses(
  document: PlainObject,
  operation: PlainObject,
  where: string,
  errors: string[],
): Record<string, PlainObject> {
  const out: Record<string, PlainObject> = {};
  const declared = Array.isArray(operation.produces)
    ? operation.produces
    : Array.isArray(document.produces)
      ? document.produces
      : ['application/json'];
  const produces = declared.filter((t): t is string => typeof t === 'string');
  if (operation.responses === undefined) return out;
  if (!isPlainObject(operation.responses)) {
    errors.push(`${where}.responses: expected a map`);
    return out;
  }
  for (const [code, raw] of Object.entries(operation.responses)) {
    if (!/^[1-5]\d\d$/.test(code) || !isPlainObject(raw)) continue; // "default" is no method response
    const response: PlainObject = { statusCode: code };
    if (isPlainObject(raw.headers)) {
      response.responseParameters = Object.fromEntries(
        Object.entries(raw.headers).map(([name, h]) => [
          `method.response.header.${name}`,
          isPlainObject(h) && h.required === true,
        ]),
      );
    }
    const models: Record<string, string> = {};
    if (isPlainObject(raw.content)) {
      for (const [contentType, media] of Object.entries(raw.content)) {
        const ref = isPlainObject(media) && isPlainObject(media.schema) ? media.schema.$ref : undefined;
        if (typeof ref === 'string') models[contentType] = ref.slice(ref.lastIndexOf('/') + 1);
      }
    } else if (isPlainObject(raw.schema) && typeof raw.schema.$ref === 'string') {
      // Swagger 2 gives one schema per response; its media types are the operation's (or document's) `produces`.
      for (const contentType of produces)
        models[contentType] = raw.schema.$ref.slice(raw.schema.$ref.lastIndexOf('/') + 1);
    }
    if (Object.keys(models).length) response.responseModels = models;
    out[code] = response;
  }
  return out;
}
