// Compile-time proof that the hand-written types (../types.ts) and the schema describe the same document: each
// interface has exactly the schema's fields, and every value the type allows, the schema accepts. `npx tsc -p .`
// fails here when one of them gains, loses or retypes a field without the other.
import type { z } from './zod.ts';
import type {
  ApiSettings,
  Backend,
  Design,
  HttpBackend,
  Integration,
  IntegrationResponse,
  LambdaBackend,
  MethodResponse,
  MethodSettings,
  SampleExpect,
  SampleRequest,
} from '../types.ts';
import type { backendSchema, httpBackendSchema, lambdaBackendSchema } from './backend-schema.ts';
import type {
  apiSchema,
  designSchema,
  integrationResponseSchema,
  integrationSchema,
  methodResponseSchema,
  methodSchema,
} from './design-schema.ts';
import type { sampleExpectSchema, sampleRequestSchema } from './sample-schema.ts';

/** The declared keys of a type, without its `[unknown: string]` index signature. */
type KnownKeys<T> = keyof {
  [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K];
};
type Known<T> = Pick<T, KnownKeys<T> & keyof T>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** True when the type and the schema have the same fields and every typed value fits the schema. */
type Agrees<T, S extends z.ZodType> =
  Same<KnownKeys<T>, KnownKeys<z.infer<S>>> extends true ? (Known<T> extends Known<z.infer<S>> ? true : false) : false;

type Assert<T extends true> = T;

export type TypeAgreement = [
  Assert<Agrees<Design, typeof designSchema>>,
  Assert<Agrees<ApiSettings, typeof apiSchema>>,
  Assert<Agrees<MethodSettings, typeof methodSchema>>,
  Assert<Agrees<Integration, typeof integrationSchema>>,
  Assert<Agrees<IntegrationResponse, typeof integrationResponseSchema>>,
  Assert<Agrees<MethodResponse, typeof methodResponseSchema>>,
  Assert<Agrees<SampleRequest, typeof sampleRequestSchema>>,
  Assert<Agrees<SampleExpect, typeof sampleExpectSchema>>,
  Assert<Agrees<Backend, typeof backendSchema>>,
  Assert<Agrees<HttpBackend, typeof httpBackendSchema>>,
  Assert<Agrees<LambdaBackend, typeof lambdaBackendSchema>>,
];
