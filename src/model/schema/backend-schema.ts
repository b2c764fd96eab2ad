// What the mocked backend answers (docs/design-contracts.md#design-document, `backend`): the forms the mocks read
// (src/mocks/backend-config.ts). `lambda.result` is whatever the function returns (any JSON) and `services` is
// per-service seed data, so both are free-form; everything else is typed.
import { z } from './zod.ts';
import { jsonObjectSchema, multiValueMapSchema } from './sample-schema.ts';

export const httpBackendSchema = z.looseObject({
  statusCode: z.number().optional(),
  headers: multiValueMapSchema.optional(),
  body: z.string().optional(),
  isBase64Encoded: z.boolean().optional(),
  delayMs: z.number().optional(),
  /** Answer with what was received. */
  echo: z.boolean().optional(),
});

/** A Lambda function error as the Invoke API returns it (errorMessage, errorType, stackTrace). */
export const lambdaErrorSchema = z.looseObject({
  errorMessage: z.string(),
  errorType: z.string().optional(),
  stackTrace: z.array(z.string()).optional(),
});

const lambdaAnswerShape = {
  /** What the function returns (any JSON). */
  result: z.unknown().optional(),
  error: lambdaErrorSchema.optional(),
  delayMs: z.number().optional(),
  /** Return the received event as the result. */
  echo: z.boolean().optional(),
  /** X-Amz-Function-Error for `error` (default Unhandled). */
  functionError: z.string().optional(),
};

export const lambdaBackendSchema = z.looseObject({
  ...lambdaAnswerShape,
  /** Per-function answers by function name (`pets` or `pets:live`). */
  functions: z.record(z.string(), z.looseObject(lambdaAnswerShape)).optional(),
});

export const backendSchema = z.looseObject({
  http: httpBackendSchema.optional(),
  lambda: lambdaBackendSchema.optional(),
  /** backend.services.<service>: seed data (s3.objects, dynamodb.tables) or a canned `response`. */
  services: z.record(z.string(), jsonObjectSchema).optional(),
  /** Send requests to the real endpoint instead of the mocks (off by default). */
  live: z.boolean().optional(),
});
