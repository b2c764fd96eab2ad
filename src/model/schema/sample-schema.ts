// The sample method request (docs/design-contracts.md#sample-request: `--request` files and `samples[]`) as a zod
// schema: the one description of its fields and their types. Every field may be missing (normalizeSample fills
// defaults); a field of the wrong type is an error; fields it does not know are kept and warned about
// (unknown-fields.ts). `context` is free-form: it is deep-merged into $context, whose variables are listed at
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html#context-variable-reference
import { z } from './zod.ts';

/** A header or query value: one string, or several (multi-value headers and query strings). */
export const multiValueSchema = z.union([z.string(), z.array(z.string())], {
  error: 'a string or an array of strings',
});

/** Header or query name -> value(s). */
export const multiValueMapSchema = z.record(z.string(), multiValueSchema, { error: 'an object of name -> value' });

/** Any JSON object (free-form: no field is unknown in it). */
export const jsonObjectSchema = z.record(z.string(), z.unknown(), { error: 'an object' });

/** Header name -> expected value, or null for "must be absent". */
const expectedHeadersSchema = z.record(z.string(), z.string().nullable());

/** The `expect` block of a sample (README "Testing your templates in CI"; checked by cli/test-expectations.ts). */
export const sampleExpectSchema = z.looseObject({
  status: z.number().optional(),
  integrationRequestBody: z.string().optional(),
  integrationRequestJson: jsonObjectSchema.optional(),
  integrationRequestUrl: z.string().optional(),
  integrationRequestHeaders: expectedHeadersSchema.optional(),
  methodResponseBody: z.string().optional(),
  methodResponseJson: jsonObjectSchema.optional(),
  headers: expectedHeadersSchema.optional(),
});

export const sampleRequestSchema = z.looseObject(
  {
    name: z.string().optional(),
    method: z.string().optional(),
    path: z.string().optional(),
    headers: multiValueMapSchema.optional(),
    query: multiValueMapSchema.optional(),
    body: z.string().nullish(),
    isBase64Encoded: z.boolean().optional(),
    /** Overrides api.stageVariables for this sample. */
    stageVariables: z.record(z.string(), z.string(), { error: 'an object of stage variable name -> value' }).optional(),
    /** Deep-merged into the generated $context. */
    context: jsonObjectSchema.optional(),
    expect: sampleExpectSchema.optional(),
    /** A JSON Schema (https://json-schema.org) the JSON integration request must satisfy; free-form. */
    schema: jsonObjectSchema.optional(),
    /** The name of a model in api.models the JSON integration request must satisfy. */
    model: z.string().optional(),
  },
  { error: 'a sample request object' },
);
