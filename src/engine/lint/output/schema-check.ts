// A sample's JSON Schema (`sample.schema`, the shape the backend expects) checked against the JSON integration
// request. Ajv compiles each schema once (cached by its text); an invalid schema is reported, never thrown. Ajv is
// loaded on first use: only samples with a schema need it, and it is the slowest module to load.
import type { default as AjvClass, ValidateFunction } from 'ajv';
import { LruCache } from '../../vtl/lru-cache.ts';

let ajv: Promise<AjvClass> | null = null;
const compiled = new LruCache<string, ValidateFunction | string>(32);

async function loadAjv(): Promise<AjvClass> {
  const [{ default: Ajv }, { default: addFormats }] = await Promise.all([import('ajv'), import('ajv-formats')]);
  return addFormats(new Ajv({ allErrors: true, strict: false }));
}

async function validatorFor(schema: unknown): Promise<ValidateFunction | string> {
  const key = JSON.stringify(schema);
  let entry = compiled.get(key);
  if (!entry) {
    try {
      ajv ??= loadAjv();
      entry = (await ajv).compile(schema as object | boolean);
    } catch (e) {
      entry = `the sample's schema is not a valid JSON Schema: ${(e as Error).message}`;
    }
    compiled.set(key, entry);
  }
  return entry;
}

/** The ways `value` breaks `schema` (`/owner/id: must be integer`), or a message saying the schema is invalid. */
export async function schemaViolations(schema: unknown, value: unknown): Promise<string[]> {
  if (typeof schema !== 'boolean' && (typeof schema !== 'object' || schema === null || Array.isArray(schema))) {
    return ["the sample's schema is not a valid JSON Schema: expected an object (or true/false)"];
  }
  const validate = await validatorFor(schema);
  if (typeof validate === 'string') return [validate];
  if (validate(value)) return [];
  return (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '(the body)'}: ${e.message ?? 'invalid'}`);
}
