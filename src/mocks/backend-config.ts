// Typed, checked views of a design's `backend` section (docs/design-contracts.md#design-document). Each reader returns
// the config or a MockConfigError naming the field, so a mistake shows up in the trace as a readable 500 from the mock,
// not a crash.
import type { Design, HttpBackend, LambdaBackend } from '../model/types.ts';

export class MockConfigError extends Error {}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function objectAt(value: unknown, path: string): Obj | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObj(value)) throw new MockConfigError(`${path} must be an object`);
  return value;
}

/** `backend.live: true` sends requests to the real endpoint instead of the mocks (off by default). */
export function isLive(design: Design): boolean {
  return design.backend?.live === true;
}

/** What the HTTP backend answers; by default 200 `{}` (application/json). */
export function httpBackendOf(design: Design): HttpBackend {
  const http = objectAt(design.backend?.http, 'backend.http') as HttpBackend | undefined;
  if (!http) return { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: '{}' };
  if (
    http.statusCode !== undefined &&
    (!Number.isInteger(http.statusCode) || http.statusCode < 100 || http.statusCode > 599)
  ) {
    throw new MockConfigError('backend.http.statusCode must be an integer from 100 to 599');
  }
  if (http.body !== undefined && typeof http.body !== 'string')
    throw new MockConfigError('backend.http.body must be a string');
  objectAt(http.headers, 'backend.http.headers');
  return http;
}

export interface LambdaConfig extends LambdaBackend {
  /** Per-function answers by function name (e.g. `pets` or `pets:live`), overriding the top-level answer. */
  functions?: Record<string, LambdaBackend>;
  /** Return the received event as the result. */
  echo?: boolean;
  /** X-Amz-Function-Error value for `error` (default Unhandled). */
  functionError?: 'Handled' | 'Unhandled';
}

export function lambdaBackendOf(design: Design, functionName: string): LambdaConfig | undefined {
  const lambda = objectAt(design.backend?.lambda, 'backend.lambda') as LambdaConfig | undefined;
  if (!lambda) return undefined;
  const functions = objectAt(lambda.functions, 'backend.lambda.functions');
  const specific = functions?.[functionName] ?? functions?.[functionName.split(':')[0]!];
  const chosen = (specific ? objectAt(specific, `backend.lambda.functions.${functionName}`) : lambda) as LambdaConfig;
  if (chosen.error !== undefined) {
    const error = objectAt(chosen.error, 'backend.lambda.error');
    if (!error || typeof error.errorMessage !== 'string')
      throw new MockConfigError('backend.lambda.error.errorMessage must be a string');
  }
  return chosen;
}

export interface S3SeedObject {
  body: string;
  isBase64Encoded?: boolean;
  contentType?: string;
}

export function s3SeedOf(design: Design): Record<string, S3SeedObject> {
  const s3 = objectAt(serviceConfig(design, 's3'), 'backend.services.s3');
  const objects = objectAt(s3?.objects, 'backend.services.s3.objects') ?? {};
  for (const [key, o] of Object.entries(objects)) {
    const path = `backend.services.s3.objects[${JSON.stringify(key)}]`;
    if (!isObj(o) || typeof o.body !== 'string') throw new MockConfigError(`${path}.body must be a string`);
  }
  return objects as Record<string, S3SeedObject>;
}

export interface DynamoTableSeed {
  /** Key attribute names, partition key first; null: inferred (first attribute of the first item). */
  keySchema: string[] | null;
  items: Record<string, unknown>[];
}

/** Tables as `{ Pets: [items] }` or `{ Pets: { keySchema: ["pk", "sk"], items: [...] } }`. */
export function dynamoTablesOf(design: Design): Record<string, DynamoTableSeed> {
  const ddb = objectAt(serviceConfig(design, 'dynamodb'), 'backend.services.dynamodb');
  const tables = objectAt(ddb?.tables, 'backend.services.dynamodb.tables') ?? {};
  const out: Record<string, DynamoTableSeed> = {};
  for (const [name, t] of Object.entries(tables)) {
    const path = `backend.services.dynamodb.tables.${name}`;
    const items = Array.isArray(t) ? t : isObj(t) ? (t.items ?? []) : undefined;
    if (!Array.isArray(items) || !items.every(isObj))
      throw new MockConfigError(`${path} must be a list of items (or { keySchema, items })`);
    const keySchema = isObj(t) && Array.isArray(t.keySchema) ? t.keySchema.map(String) : null;
    out[name] = { keySchema, items: items as Record<string, unknown>[] };
  }
  return out;
}

/** `backend.services.<service>` (any service), or undefined. */
export function serviceConfig(design: Design, service: string): unknown {
  const services = objectAt(design.backend?.services, 'backend.services');
  return services?.[service];
}

/** A canned answer for any AWS service: `backend.services.<service>.response` (an HTTP backend answer). */
export function cannedServiceResponse(design: Design, service: string): HttpBackend | undefined {
  const cfg = objectAt(serviceConfig(design, service), `backend.services.${service}`);
  return objectAt(cfg?.response, `backend.services.${service}.response`) as HttpBackend | undefined;
}
