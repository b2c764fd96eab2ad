// Every method of a CloudFormation or SAM template, with intrinsic functions resolved (resolve-intrinsics.ts):
// - AWS::ApiGateway::Method resources, their path worked out through AWS::ApiGateway::Resource parents
//   (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-method.html);
// - AWS::ApiGateway::RestApi `Body` and AWS::Serverless::Api `DefinitionBody` / `DefinitionUri` (a local file) /
//   `Fn::Transform: AWS::Include` (a local Location): OpenAPI documents (openapi-methods.ts);
// - AWS::Serverless::Function `Api` events: the Lambda proxy integration SAM generates for each
//   (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-api.html).
import { importCloudFormation } from '../cloudformation/import.ts';
import { intrinsicContext, resolveIntrinsics, type IntrinsicContext } from '../cloudformation/resolve-intrinsics.ts';
import { modelResources, samApiModels } from '../cloudformation/models-import.ts';
import { asIntrinsic } from '../shared/cfn-intrinsics.ts';
import { parseStructuredText } from '../shared/structured-text.ts';
import { isPlainObject } from '../shared/values.ts';
import type { PlainObject } from '../shared/values.ts';
import { designFromParts, methodKey } from './method-design.ts';
import { readOpenApiMethods } from './openapi-methods.ts';
import type { ApiDesigns, ApiMethodSource, ApiReadOptions, KeyPath } from './types.ts';

const METHOD = 'AWS::ApiGateway::Method';
const RESOURCE = 'AWS::ApiGateway::Resource';
const MODEL = 'AWS::ApiGateway::Model';
const REST_API = 'AWS::ApiGateway::RestApi';
const SAM_API = 'AWS::Serverless::Api';
const SAM_FUNCTION = 'AWS::Serverless::Function';

export function readCloudFormationMethods(template: PlainObject, options: ApiReadOptions, into: ApiDesigns): void {
  const ctx = intrinsicContext(template, options.parameters);
  const resources = ctx.resources;
  for (const [id, resource] of Object.entries(resources)) {
    if (!isPlainObject(resource)) continue;
    const props = isPlainObject(resource.Properties) ? resource.Properties : {};
    if (resource.Type === METHOD) readMethodResource(id, resource, ctx, into);
    else if (resource.Type === REST_API && props.Body !== undefined)
      readDefinition(
        id,
        props.Body,
        ['Resources', id, 'Properties', 'Body'],
        apiSettings(props, ctx, id),
        ctx,
        options,
        into,
      );
    else if (resource.Type === REST_API && props.BodyS3Location !== undefined)
      into.problems.set(
        `Resources.${id}`,
        'BodyS3Location: a definition in S3 cannot be read; use Body or a local file',
      );
    else if (resource.Type === SAM_API) readSamApi(id, props, ctx, options, into);
  }
  for (const [id, resource] of Object.entries(resources)) {
    if (isPlainObject(resource) && resource.Type === SAM_FUNCTION) readSamFunctionEvents(id, resource, ctx, into);
  }
}

/**
 * Stage name and variables of a SAM Api, binary media types of either (CloudFormation escapes `/` as `~1`), and the
 * API's models: its AWS::ApiGateway::Model resources and a SAM Api's `Models` (docs/design-contracts.md#models).
 */
function apiSettings(props: PlainObject, ctx: IntrinsicContext, apiId: string): Record<string, unknown> {
  const api: Record<string, unknown> = {};
  const models = {
    ...modelResources(ctx.resources, { Ref: apiId }, (v) => resolveIntrinsics(v, ctx)),
    ...samApiModels(resolveIntrinsics(props.Models, ctx)),
  };
  if (Object.keys(models).length) api.models = models;
  const binary = resolveIntrinsics(props.BinaryMediaTypes, ctx);
  if (Array.isArray(binary))
    api.binaryMediaTypes = binary.filter((t) => typeof t === 'string').map((t) => t.replace(/~1/g, '/'));
  const stage = resolveIntrinsics(props.StageName, ctx);
  if (typeof stage === 'string' && stage) api.stageName = stage;
  const variables = resolveIntrinsics(props.Variables, ctx);
  if (isPlainObject(variables))
    api.stageVariables = Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, String(v)]));
  return api;
}

function readMethodResource(id: string, resource: PlainObject, ctx: IntrinsicContext, into: ApiDesigns): void {
  const props = isPlainObject(resource.Properties) ? resource.Properties : {};
  const { ResourceId, RestApiId, ...rest } = props;
  // ResourceId and RestApiId stay as written: the importer follows their Ref/GetAtt to work out the path.
  const resolved: PlainObject = { ...(resolveIntrinsics(rest, ctx) as PlainObject), ResourceId, RestApiId };
  const resourcesWithPaths: PlainObject = {};
  for (const [rid, r] of Object.entries(ctx.resources)) {
    if (isPlainObject(r) && r.Type === RESOURCE && isPlainObject(r.Properties)) {
      const pathPart = resolveIntrinsics(r.Properties.PathPart, ctx);
      resourcesWithPaths[rid] = { ...r, Properties: { ...r.Properties, PathPart: pathPart } };
    } else if (isPlainObject(r) && r.Type === MODEL && isPlainObject(r.Properties)) {
      // The API's models, resolved (a `!Sub ${Stage}Pet` name), RestApiId kept to tell whose they are.
      const { RestApiId: owner, ...modelProps } = r.Properties;
      resourcesWithPaths[rid] = {
        ...r,
        Properties: { ...(resolveIntrinsics(modelProps, ctx) as PlainObject), RestApiId: owner },
      };
    } else resourcesWithPaths[rid] = r;
  }
  resourcesWithPaths[id] = { ...resource, Properties: resolved };
  const read = importCloudFormation({ Resources: resourcesWithPaths }, id);
  const verb = typeof resolved.HttpMethod === 'string' ? resolved.HttpMethod : '?';
  const where = `Resources.${id}`;
  if (!read.ok) {
    into.problems.set(where, read.error);
    return;
  }
  const path = read.parts.method?.resourcePath;
  if (!path) {
    into.problems.set(where, `${where}.Properties.ResourceId: the resource path could not be worked out`);
    return;
  }
  const key = methodKey(verb, path);
  const notes = read.notes.filter((n) => !n.startsWith('Intrinsic functions'));
  const restApi = asIntrinsic(RestApiId);
  const apiResource = restApi?.name === 'Ref' ? ctx.resources[String(restApi.argument)] : undefined;
  const api =
    isPlainObject(apiResource) && isPlainObject(apiResource.Properties)
      ? apiSettings(apiResource.Properties, ctx, String(restApi?.argument))
      : {};
  const design = designFromParts(read.parts, api, notes);
  if (!design.ok) {
    into.problems.set(key, `${where}: ${design.error}`);
    return;
  }
  into.methods.set(key, { key, design: design.design, source: methodSource(id, props), notes });
}

function methodSource(id: string, props: PlainObject): ApiMethodSource {
  const at: KeyPath = ['Resources', id, 'Properties'];
  const integration = isPlainObject(props.Integration) ? props.Integration : {};
  const requestTemplates: Record<string, KeyPath> = {};
  if (isPlainObject(integration.RequestTemplates)) {
    for (const type of Object.keys(integration.RequestTemplates))
      requestTemplates[type] = [...at, 'Integration', 'RequestTemplates', type];
  }
  const responseTemplates: Record<string, Record<string, KeyPath>> = {};
  if (Array.isArray(integration.IntegrationResponses)) {
    integration.IntegrationResponses.forEach((response, index) => {
      if (!isPlainObject(response) || !isPlainObject(response.ResponseTemplates)) return;
      const status = String(response.StatusCode);
      responseTemplates[status] ??= {};
      for (const type of Object.keys(response.ResponseTemplates))
        responseTemplates[status][type] = [
          ...at,
          'Integration',
          'IntegrationResponses',
          index,
          'ResponseTemplates',
          type,
        ];
    });
  }
  return { path: at, requestTemplates, responseTemplates };
}

function readSamApi(
  id: string,
  props: PlainObject,
  ctx: IntrinsicContext,
  options: ApiReadOptions,
  into: ApiDesigns,
): void {
  const api = apiSettings(props, ctx, id);
  if (props.DefinitionBody !== undefined) {
    readDefinition(
      id,
      props.DefinitionBody,
      ['Resources', id, 'Properties', 'DefinitionBody'],
      api,
      ctx,
      options,
      into,
    );
  } else if (typeof props.DefinitionUri === 'string') {
    readDefinitionFile(id, props.DefinitionUri, api, ctx, options, into);
  } else if (props.DefinitionUri !== undefined) {
    into.problems.set(`Resources.${id}`, 'DefinitionUri: a definition in S3 cannot be read; use a local file path');
  }
}

function readDefinition(
  id: string,
  body: unknown,
  prefix: KeyPath,
  api: Record<string, unknown>,
  ctx: IntrinsicContext,
  options: ApiReadOptions,
  into: ApiDesigns,
): void {
  // `Fn::Transform: { Name: AWS::Include, Parameters: { Location } }` inlines another file.
  const transform = asIntrinsic(body);
  if (transform?.name === 'Transform' && isPlainObject(transform.argument)) {
    const parameters = transform.argument.Parameters;
    const location = isPlainObject(parameters) ? resolveIntrinsics(parameters.Location, ctx) : undefined;
    if (typeof location === 'string') {
      readDefinitionFile(id, location, api, ctx, options, into);
      return;
    }
  }
  const document = resolveIntrinsics(body, ctx);
  if (!isPlainObject(document)) {
    into.problems.set(`Resources.${id}`, `${prefix.join('.')}: expected an OpenAPI document`);
    return;
  }
  readOpenApiMethods(document, { prefix, api }, into);
}

function readDefinitionFile(
  id: string,
  location: string,
  api: Record<string, unknown>,
  ctx: IntrinsicContext,
  options: ApiReadOptions,
  into: ApiDesigns,
): void {
  const where = `Resources.${id}`;
  if (/^s3:\/\//i.test(location) || !options.readFile) {
    into.problems.set(where, `${location}: a definition in S3 cannot be read; use a local file path`);
    return;
  }
  let text: string;
  try {
    text = options.readFile(location);
  } catch (e) {
    into.problems.set(where, `${location}: ${(e as Error).message}`);
    return;
  }
  const parsed = parseStructuredText(text);
  if (!parsed.ok) {
    into.problems.set(where, `${location}: ${parsed.error}`);
    return;
  }
  const document = resolveIntrinsics(parsed.value, ctx);
  if (!isPlainObject(document)) {
    into.problems.set(where, `${location}: expected an OpenAPI document`);
    return;
  }
  readOpenApiMethods(document, { prefix: [], file: location, api }, into);
}

/** The integration SAM creates for a function's Api event: Lambda proxy (AWS_PROXY, POST to Invoke). */
function readSamFunctionEvents(id: string, resource: PlainObject, ctx: IntrinsicContext, into: ApiDesigns): void {
  const props = isPlainObject(resource.Properties) ? resource.Properties : {};
  if (!isPlainObject(props.Events)) return;
  const functionArn = resolveIntrinsics({ 'Fn::GetAtt': [id, 'Arn'] }, ctx);
  const region = String(ctx.parameters['AWS::Region']);
  for (const [eventId, event] of Object.entries(props.Events)) {
    if (!isPlainObject(event) || event.Type !== 'Api' || !isPlainObject(event.Properties)) continue;
    const eventProps = resolveIntrinsics(event.Properties, ctx) as PlainObject;
    if (typeof eventProps.Path !== 'string' || typeof eventProps.Method !== 'string') continue;
    const verb = eventProps.Method.toLowerCase() === 'any' ? 'ANY' : eventProps.Method.toUpperCase();
    const key = methodKey(verb, eventProps.Path);
    if (into.methods.has(key)) continue; // the Api's own definition says more
    const restApi = asIntrinsic(event.Properties.RestApiId);
    const apiResource = restApi?.name === 'Ref' ? ctx.resources[String(restApi.argument)] : undefined;
    const api =
      isPlainObject(apiResource) && isPlainObject(apiResource.Properties)
        ? apiSettings(apiResource.Properties, ctx, String(restApi?.argument))
        : { stageName: 'Prod' };
    const notes = [
      `${key}: the Lambda proxy integration SAM generates for Resources.${id}.Properties.Events.${eventId}`,
    ];
    const design = designFromParts(
      {
        method: { httpMethod: verb, resourcePath: eventProps.Path },
        integration: {
          type: 'AWS_PROXY',
          httpMethod: 'POST',
          uri: `arn:aws:apigateway:${region}:lambda:path/2015-03-31/functions/${functionArn}/invocations`,
        },
      },
      api,
      notes,
    );
    if (!design.ok) {
      into.problems.set(key, design.error);
      continue;
    }
    const at: KeyPath = ['Resources', id, 'Properties', 'Events', eventId];
    into.methods.set(key, {
      key,
      design: design.design,
      source: { path: at, requestTemplates: {}, responseTemplates: {} },
      notes,
    });
  }
}
