// The design document (`integration-designer/1`, docs/design-contracts.md#design-document) as one zod schema: what
// every field is, typed as API Gateway defines it
// (https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html, API_IntegrationResponse.html,
// API_Method.html, API_MethodResponse.html). It is enforced at every way in (share links, imports, saved designs, the
// design restored at start-up, CLI files, worker messages) through checkDesign.
//
// What it decides, and what it leaves to others:
// - Types only. Every field may be missing: the restore step fills the defaults (hand-written designs such as a CI
//   fixture leave most fields out). Enumerations (type, passthroughBehavior, ...) are strings here; which values API
//   Gateway accepts is validateDesign's job, with API Gateway's own messages.
// - Unknown fields are kept (the contract: "Unknown fields are kept on load and written back on save"); the schema's
//   objects are loose, and unknown-fields.ts warns about each with the nearest known name.
import { z } from './zod.ts';
import { backendSchema } from './backend-schema.ts';
import { sampleRequestSchema } from './sample-schema.ts';

const stringMap = (what: string) => z.record(z.string(), z.string(), { error: what });
const requiredMap = (what: string) => z.record(z.string(), z.boolean(), { error: what });
const obj = <T extends z.core.$ZodLooseShape>(shape: T, what: string) => z.looseObject(shape, { error: what });

/** API_IntegrationResponse. */
export const integrationResponseSchema = obj(
  {
    statusCode: z.string().optional(),
    selectionPattern: z.string().nullish(),
    /** method.response.header.NAME -> mapping expression. */
    responseParameters: stringMap('an object of method.response.header.NAME -> mapping expression').optional(),
    /** media type -> Velocity template. */
    responseTemplates: stringMap('an object of media type -> template').optional(),
    contentHandling: z.string().nullish(),
  },
  'an integration response object',
);

/** API_Integration, as GetIntegration returns it. */
export const integrationSchema = obj(
  {
    type: z.string().optional(),
    /** The backend's verb (PutIntegration's integrationHttpMethod). */
    httpMethod: z.string().nullish(),
    uri: z.string().nullish(),
    connectionType: z.string().nullish(),
    connectionId: z.string().nullish(),
    credentials: z.string().nullish(),
    /** integration.request.{location}.NAME -> mapping expression. */
    requestParameters: stringMap('an object of integration.request.{location}.NAME -> mapping expression').optional(),
    /** media type -> Velocity template. */
    requestTemplates: stringMap('an object of media type -> template').optional(),
    passthroughBehavior: z.string().nullish(),
    contentHandling: z.string().nullish(),
    timeoutInMillis: z.number().nullish(),
    cacheNamespace: z.string().nullish(),
    cacheKeyParameters: z.array(z.string(), { error: 'an array of method request parameters' }).optional(),
    /** status code -> integration response. */
    integrationResponses: z
      .record(z.string(), integrationResponseSchema, { error: 'an object of status code -> integration response' })
      .optional(),
    tlsConfig: z.looseObject({ insecureSkipVerification: z.boolean().nullish() }).nullish(),
  },
  'an object with the integration type, uri, templates, ...',
);

/** The method (API_Method's httpMethod and requestParameters, and the resource's path). */
export const methodSchema = obj(
  {
    httpMethod: z.string().optional(),
    resourcePath: z.string().optional(),
    /** method.request.{location}.NAME -> required. */
    requestParameters: requiredMap('an object of method.request.{location}.NAME -> required (true/false)').optional(),
    /** media type -> model name (API_Method.requestModels). */
    requestModels: stringMap('an object of media type -> model name').optional(),
  },
  'an object with httpMethod and resourcePath',
);

/** API_MethodResponse. */
export const methodResponseSchema = obj(
  {
    statusCode: z.string().optional(),
    /** method.response.header.NAME -> required. */
    responseParameters: requiredMap('an object of method.response.header.NAME -> required (true/false)').optional(),
    /** media type -> model name. */
    responseModels: stringMap('an object of media type -> model name').optional(),
  },
  'a method response object',
);

/** API_Model / AWS::ApiGateway::Model: a JSON Schema (draft 4) of a payload, by name in api.models. */
export const modelSchema = obj(
  {
    contentType: z.string().optional(),
    schema: z
      .union([z.record(z.string(), z.unknown()), z.boolean()], { error: 'a JSON Schema (an object)' })
      .optional(),
    description: z.string().optional(),
  },
  'a model: an object with contentType and schema',
);

/** The REST API and stage settings a method's integration depends on. */
export const apiSchema = obj(
  {
    binaryMediaTypes: z.array(z.string(), { error: 'an array of media types' }).optional(),
    /** model name -> model. */
    models: z.record(z.string(), modelSchema, { error: 'an object of model name -> model' }).optional(),
    stageName: z.string().optional(),
    stageVariables: stringMap('an object of stage variable name -> value').optional(),
  },
  'an object with binaryMediaTypes, stageName, stageVariables',
);

export const designSchema = obj(
  {
    format: z.string().optional(),
    name: z.string().optional(),
    api: apiSchema.optional(),
    method: methodSchema.optional(),
    integration: integrationSchema.optional(),
    /** status code -> method response. */
    methodResponses: z
      .record(z.string(), methodResponseSchema, { error: 'an object of status code -> method response' })
      .optional(),
    samples: z.array(sampleRequestSchema, { error: 'an array of sample requests' }).optional(),
    backend: backendSchema.optional(),
  },
  'a design document (a JSON object)',
);
