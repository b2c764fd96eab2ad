// The models of a REST API in a CloudFormation or SAM template (docs/design-contracts.md#models):
// AWS::ApiGateway::Model resources (Name, else the logical id; ContentType; Schema, an object or its JSON text;
// Description — https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-model.html)
// and a SAM Api's `Models` map of name -> schema
// (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-api.html#sam-api-models).
import { isBuiltInModel } from '../../model/built-in-models.ts';
import type { ApiModel } from '../../model/types.ts';
import { asIntrinsic } from '../shared/cfn-intrinsics.ts';
import { isPlainObject } from '../shared/values.ts';
import type { PlainObject } from '../shared/values.ts';

const MODEL_TYPE = 'AWS::ApiGateway::Model';

/**
 * The models of the REST API `restApiId` (a `Ref` as the method writes it; undefined: every model in the template).
 * `resolve` turns a property's intrinsic functions into a value (readApiDesigns resolves them; `import` shows them as
 * text).
 */
export function modelResources(
  resources: PlainObject,
  restApiId: unknown,
  resolve: (value: unknown) => unknown,
): Record<string, ApiModel> {
  const models: Record<string, ApiModel> = {};
  const api = refName(restApiId);
  for (const [id, resource] of Object.entries(resources)) {
    if (!isPlainObject(resource) || resource.Type !== MODEL_TYPE || !isPlainObject(resource.Properties)) continue;
    const props = resource.Properties;
    const owner = refName(props.RestApiId);
    if (api !== null && owner !== null && owner !== api) continue;
    const name = resolve(props.Name);
    const model = modelFrom(resolve(props.Schema), resolve(props.ContentType), resolve(props.Description));
    const modelName = typeof name === 'string' && name ? name : id;
    if (model && !isBuiltInModel(modelName, model.schema)) models[modelName] = model;
  }
  return models;
}

/** A SAM Api's `Models`: name -> JSON Schema, each a model of content type application/json. */
export function samApiModels(value: unknown): Record<string, ApiModel> {
  const models: Record<string, ApiModel> = {};
  if (!isPlainObject(value)) return models;
  for (const [name, schema] of Object.entries(value)) {
    const model = modelFrom(schema, 'application/json', undefined);
    if (model) models[name] = model;
  }
  return models;
}

function modelFrom(schema: unknown, contentType: unknown, description: unknown): ApiModel | null {
  let value = schema;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return null; // not JSON text: no schema a sample could be checked against
    }
  }
  if (!isPlainObject(value) && typeof value !== 'boolean') return null;
  return {
    ...(typeof contentType === 'string' && contentType ? { contentType } : {}),
    schema: value as ApiModel['schema'],
    ...(typeof description === 'string' && description ? { description } : {}),
  };
}

function refName(value: unknown): string | null {
  const fn = asIntrinsic(value);
  return fn?.name === 'Ref' && typeof fn.argument === 'string' ? fn.argument : null;
}
