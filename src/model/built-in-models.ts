// The two models every REST API has without declaring them: `Empty` and `Error` ("available as part of the model
// collection by default", https://docs.aws.amazon.com/cdk/api/v1/docs/@aws-cdk_aws-apigateway.ErrorModel.html and
// EmptyModel.html, with these definitions). A sample may name them; exports write them; imports leave them implied.
import { deepEqual } from './deep-equal.ts';
import type { ApiModel } from './types.ts';

const DRAFT4 = 'http://json-schema.org/draft-04/schema#';

export const BUILT_IN_MODELS: Readonly<Record<string, ApiModel>> = {
  Empty: { contentType: 'application/json', schema: { $schema: DRAFT4, title: 'Empty Schema', type: 'object' } },
  Error: {
    contentType: 'application/json',
    schema: { $schema: DRAFT4, title: 'Error Schema', type: 'object', properties: { message: { type: 'string' } } },
  },
};

/** Whether a model read from a file is just the built-in one of that name (so an import need not carry it). */
export function isBuiltInModel(name: string, schema: unknown): boolean {
  const builtIn = Object.hasOwn(BUILT_IN_MODELS, name) ? BUILT_IN_MODELS[name]!.schema : undefined;
  return builtIn !== undefined && deepEqual(withoutSchemaKeyword(schema), withoutSchemaKeyword(builtIn));
}

function withoutSchemaKeyword(schema: unknown): unknown {
  if (typeof schema !== 'object' || schema === null) return schema;
  const { $schema: _ignored, ...rest } = schema as Record<string, unknown>;
  return rest;
}
