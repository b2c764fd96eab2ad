// Builds the OpenAPI 3.0 document that API Gateway imports (`aws apigateway import-rest-api` / `put-rest-api`):
// one path and operation, with the integration in `x-amazon-apigateway-integration`.
import { deployableDesign } from '../shared/deploy-needs.ts';
import { BUILT_IN_MODELS } from '../../model/built-in-models.ts';
import type { ApiModel, Design, MethodResponse } from '../../model/types.ts';
import { parseMethodParameter, parseResponseHeader } from '../shared/method-parameters.ts';
import { isEmptyValue, sortedEntries, withoutNulls } from '../shared/values.ts';
import type { PlainObject } from '../shared/values.ts';
import {
  BINARY_MEDIA_TYPES_EXTENSION,
  DEFAULT_RESPONSE_KEY,
  EXTENSION_FIELDS,
  INTEGRATION_EXTENSION,
  operationKey,
} from './extension-names.ts';

const IN_BY_LOCATION = {
  path: 'path',
  querystring: 'query',
  header: 'header',
  multivaluequerystring: 'query',
  multivalueheader: 'header',
};

function parameters(design: Design, warnings: string[]): PlainObject[] {
  const out: PlainObject[] = [];
  const declared = new Set<string>();
  for (const [key, required] of sortedEntries(design.method.requestParameters)) {
    const parsed = parseMethodParameter(key);
    if (!parsed) {
      warnings.push(`method.requestParameters.${key}: not a method.request.{location}.{name} parameter, left out`);
      continue;
    }
    const multi = parsed.location.startsWith('multivalue');
    const schema = multi ? { type: 'array', items: { type: 'string' } } : { type: 'string' };
    if (parsed.location === 'path') declared.add(parsed.name);
    // OpenAPI requires path parameters to be required (https://spec.openapis.org/oas/v3.0.3#parameter-object).
    out.push({
      name: parsed.name,
      in: IN_BY_LOCATION[parsed.location],
      required: parsed.location === 'path' || required === true,
      schema,
    });
  }
  for (const m of design.method.resourcePath.matchAll(/\{([^}+]+)\+?\}/g)) {
    if (!declared.has(m[1]!)) out.push({ name: m[1]!, in: 'path', required: true, schema: { type: 'string' } });
  }
  return out;
}

function response(code: string, r: MethodResponse, models: Set<string>): PlainObject {
  const out: PlainObject = { description: `${code} response` };
  const headers: PlainObject = {};
  for (const [key, required] of sortedEntries(r.responseParameters)) {
    const name = parseResponseHeader(key);
    if (name)
      headers[name] =
        required === true ? { required: true, schema: { type: 'string' } } : { schema: { type: 'string' } };
  }
  if (!isEmptyValue(headers)) out.headers = headers;
  const content: PlainObject = {};
  for (const [contentType, model] of sortedEntries(r.responseModels)) {
    models.add(model);
    content[contentType] = { schema: { $ref: `#/components/schemas/${model}` } };
  }
  if (!isEmptyValue(content)) out.content = content;
  return out;
}

function integrationExtension(design: Design, warnings: string[]): PlainObject {
  const i = design.integration as PlainObject;
  const out: PlainObject = {};
  for (const field of EXTENSION_FIELDS) {
    const value = i[field];
    if (isEmptyValue(value)) continue;
    out[field] = field === 'type' || field === 'passthroughBehavior' ? String(value).toLowerCase() : value;
  }
  for (const [key, value] of Object.entries(i)) {
    if (
      !(EXTENSION_FIELDS as readonly string[]).includes(key) &&
      key !== 'integrationResponses' &&
      !isEmptyValue(value)
    ) {
      out[key] = value; // e.g. tlsConfig: the extension takes it too
    }
  }
  const responses: PlainObject = {};
  for (const [code, r] of sortedEntries(design.integration.integrationResponses)) {
    const pattern =
      r.selectionPattern === null || r.selectionPattern === undefined || r.selectionPattern === ''
        ? DEFAULT_RESPONSE_KEY
        : r.selectionPattern;
    if (pattern in responses) {
      warnings.push(
        `integration.integrationResponses.${code}: same selection pattern as another response; OpenAPI keys responses by pattern, left out`,
      );
      continue;
    }
    responses[pattern] = withoutNulls({
      statusCode: r.statusCode ?? code,
      responseParameters: isEmptyValue(r.responseParameters) ? undefined : r.responseParameters,
      responseTemplates: isEmptyValue(r.responseTemplates) ? undefined : r.responseTemplates,
      contentHandling: r.contentHandling,
    });
  }
  if (!isEmptyValue(responses)) out.responses = responses;
  return out;
}

/**
 * A model as an OpenAPI 3.0 schema: the design's own, API Gateway's built-in Empty and Error, or a placeholder object
 * for a name the design only references. OpenAPI 3.0 schemas take no `$schema`; references to other models are
 * written as `#/components/schemas/NAME`, which API Gateway's import reads back as models.
 */
function componentSchema(name: string, models: Record<string, ApiModel> | undefined): unknown {
  const own = models && Object.hasOwn(models, name) ? models[name]!.schema : undefined;
  const schema = own ?? (Object.hasOwn(BUILT_IN_MODELS, name) ? BUILT_IN_MODELS[name]!.schema : undefined);
  if (schema === undefined) return { title: name, type: 'object' };
  if (typeof schema !== 'object' || schema === null) return schema;
  const { $schema: _draft, ...rest } = schema;
  return JSON.parse(
    JSON.stringify(rest, (key, value) =>
      key === '$ref' && typeof value === 'string'
        ? value.replace(/^https:\/\/apigateway\.amazonaws\.com\/restapis\/[^/]+\/models\//, '#/components/schemas/')
        : value,
    ),
  );
}

export function buildOpenApiDocument(designed: Design): { document: PlainObject; warnings: string[] } {
  // Declares what the import needs (method request parameters, method response headers): shared/deploy-needs.ts.
  const { design, warnings } = deployableDesign(designed);
  const models = new Set<string>();
  const responses: PlainObject = {};
  for (const [code, r] of sortedEntries(design.methodResponses))
    responses[r.statusCode ?? code] = response(code, r, models);
  // An operation needs at least one response (OpenAPI 3.0); "default" is not a status code and is not imported back.
  if (isEmptyValue(responses)) responses.default = { description: 'Default response' };

  const operation: PlainObject = {};
  const params = parameters(design, warnings);
  if (params.length) operation.parameters = params;
  const requestContent: PlainObject = {};
  for (const [contentType, model] of sortedEntries(design.method.requestModels)) {
    models.add(model);
    requestContent[contentType] = { schema: { $ref: `#/components/schemas/${model}` } };
  }
  if (!isEmptyValue(requestContent)) operation.requestBody = { content: requestContent };
  operation.responses = responses;
  operation[INTEGRATION_EXTENSION] = integrationExtension(design, warnings);

  const document: PlainObject = { openapi: '3.0.1', info: { title: design.name, version: '1.0' } };
  if (design.api.stageName) {
    document.servers = [
      {
        url: 'https://{restApiId}.execute-api.{region}.amazonaws.com/{basePath}',
        variables: {
          restApiId: { default: 'restApiId' },
          region: { default: 'us-east-1' },
          basePath: { default: design.api.stageName },
        },
      },
    ];
  }
  document.paths = { [design.method.resourcePath]: { [operationKey(design.method.httpMethod)]: operation } };
  for (const name of Object.keys(design.api.models ?? {})) models.add(name);
  if (models.size) {
    document.components = {
      schemas: Object.fromEntries([...models].sort().map((m) => [m, componentSchema(m, design.api.models)])),
    };
  }
  if (design.api.binaryMediaTypes?.length) document[BINARY_MEDIA_TYPES_EXTENSION] = design.api.binaryMediaTypes;
  return { document, warnings };
}
