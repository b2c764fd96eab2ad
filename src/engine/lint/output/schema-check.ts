// A JSON Schema checked against the JSON integration request: a sample's own `schema`, or the API model a sample
// names (model-schema.ts). Ajv compiles each schema once (cached by its text and draft); an invalid schema is
// reported, never thrown. API Gateway reads models as JSON Schema draft 4
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/models-mappings-models.html), whose `$schema`
// Ajv's default (draft 7) refuses and whose boolean `exclusiveMinimum` it reads differently, so draft-4 schemas go
// to ajv-draft-04. Ajv is loaded on first use: only samples with a schema need it, and it is the slowest module to load.
import type { default as AjvClass, ValidateFunction } from 'ajv';
import { LruCache } from '../../vtl/lru-cache.ts';

export type SchemaDraft = 'draft-04' | 'draft-07';

const validators: Partial<Record<SchemaDraft, Promise<AjvClass>>> = {};
const compiled = new LruCache<string, ValidateFunction | string>(32);

async function loadAjv(draft: SchemaDraft): Promise<AjvClass> {
  const [{ default: Ajv }, { default: addFormats }] = await Promise.all([
    draft === 'draft-04' ? import('ajv-draft-04') : import('ajv'),
    import('ajv-formats'),
  ]);
  return addFormats(new Ajv({ allErrors: true, strict: false }) as AjvClass);
}

/** The draft a schema declares by `$schema`, else `fallback` (draft 7 for a sample's schema, 4 for a model). */
export function draftOf(schema: unknown, fallback: SchemaDraft): SchemaDraft {
  const declared = typeof schema === 'object' && schema !== null ? (schema as { $schema?: unknown }).$schema : null;
  if (typeof declared !== 'string') return fallback;
  return /draft-0[34]\b/.test(declared) ? 'draft-04' : 'draft-07';
}

async function validatorFor(schema: unknown, draft: SchemaDraft, what: string): Promise<ValidateFunction | string> {
  const key = `${draft} ${JSON.stringify(schema)}`;
  let entry = compiled.get(key);
  if (!entry) {
    try {
      validators[draft] ??= loadAjv(draft);
      entry = (await validators[draft]).compile(schema as object | boolean);
    } catch (e) {
      entry = `${what} is not a valid JSON Schema: ${(e as Error).message}`;
    }
    compiled.set(key, entry);
  }
  return entry;
}

/**
 * The ways `value` breaks `schema` (`/owner/id: must be integer`), or `invalid`: why the schema cannot be used. `what`
 * names the schema in that message ("the sample's schema is not a valid JSON Schema: ...", "model 'NewPet' ...").
 */
export async function schemaViolations(
  schema: unknown,
  value: unknown,
  options: { draft?: SchemaDraft; what?: string } = {},
): Promise<{ violations: string[]; invalid?: string }> {
  const what = options.what ?? "the sample's schema";
  if (typeof schema !== 'boolean' && (typeof schema !== 'object' || schema === null || Array.isArray(schema))) {
    return { violations: [], invalid: `${what} is not a valid JSON Schema: expected an object (or true/false)` };
  }
  const validate = await validatorFor(schema, options.draft ?? draftOf(schema, 'draft-07'), what);
  if (typeof validate === 'string') return { violations: [], invalid: validate };
  if (validate(value)) return { violations: [] };
  const violations = (validate.errors ?? []).slice(0, 5);
  return { violations: violations.map((e) => `${e.instancePath || '(the body)'}: ${e.message ?? 'invalid'}`) };
}
