// The schemas a sample's integration request must satisfy (docs/design-contracts.md#models): its own `schema`, and the
// API model its `model` names in `api.models`. A model may reference other models of the API — as API Gateway writes
// it, `https://apigateway.amazonaws.com/restapis/{restapi_id}/models/NAME`
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/models-mappings-models.html), or as an OpenAPI
// document does, `#/definitions/NAME` (Swagger 2) and `#/components/schemas/NAME` (OpenAPI 3) — so the named model
// is made self-contained (API Gateway's built-in Empty and Error are there without being declared): every model it reaches is copied under its `definitions` and the references point there.
import { BUILT_IN_MODELS } from '../../../model/built-in-models.ts';
import type { ApiModel, SampleRequest } from '../../../model/types.ts';
import { draftOf, type SchemaDraft } from './schema-check.ts';

export interface SchemaToCheck {
  /** How messages name it: "the sample's schema", "model 'NewPet'". */
  what: string;
  schema: unknown;
  draft: SchemaDraft;
}

const MODEL_REF = /(?:^#\/definitions\/|^#\/components\/schemas\/|\/restapis\/[^/]+\/models\/)([^/]+)$/;
/** Where referenced models are put in the self-contained schema (a prefix no hand-written definition uses). */
const PREFIX = 'apigateway-model:';

/** The schemas to check a sample's integration request against, and what is wrong with the sample's `model`. */
export function sampleSchemas(
  sample: SampleRequest,
  models: Record<string, ApiModel> | undefined,
): { checks: SchemaToCheck[]; problems: string[] } {
  const checks: SchemaToCheck[] = [];
  const problems: string[] = [];
  if (sample.schema !== undefined && sample.schema !== null)
    checks.push({ what: "the sample's schema", schema: sample.schema, draft: draftOf(sample.schema, 'draft-07') });
  const name = sample.model;
  if (typeof name === 'string' && name !== '') {
    const model = own(models, name);
    const known = Object.keys(models ?? {});
    if (!model)
      problems.push(
        `names model '${name}', but api.models has no such model (${known.length ? `it has: ${known.join(', ')}` : 'the design has no models'})`,
      );
    else if (model.schema === undefined || model.schema === null)
      problems.push(`names model '${name}', which has no schema`);
    else {
      const schema = selfContained(name, models ?? {});
      checks.push({ what: `model '${name}'`, schema, draft: draftOf(model.schema, 'draft-04') });
    }
  }
  return { checks, problems };
}

/** A model of the design, or API Gateway's built-in Empty and Error that every API has. */
function own(models: Record<string, ApiModel> | undefined, name: string): ApiModel | undefined {
  if (models && Object.hasOwn(models, name)) return models[name];
  return Object.hasOwn(BUILT_IN_MODELS, name) ? BUILT_IN_MODELS[name] : undefined;
}

/** The model's schema with every model it reaches under `definitions["apigateway-model:NAME"]`. */
export function selfContained(name: string, models: Record<string, ApiModel>): unknown {
  const root = own(models, name)!.schema;
  if (typeof root !== 'object' || root === null) return root;
  const reached = new Set<string>();
  const rewrite = (value: unknown, local: unknown): unknown => rewriteRefs(value, local, models, reached);
  const out = rewrite(root, root.definitions) as Record<string, unknown>;
  const definitions: Record<string, unknown> = { ...((out.definitions as Record<string, unknown>) ?? {}) };
  const done = new Set<string>();
  for (let pending = [...reached]; pending.length; pending = [...reached].filter((n) => !done.has(n))) {
    for (const n of pending) {
      done.add(n);
      const schema = own(models, n)?.schema;
      const copy = typeof schema === 'object' && schema !== null ? rewrite(schema, schema.definitions) : (schema ?? {});
      if (typeof copy === 'object' && copy !== null) {
        // A copied model is a subschema now: its own $schema and id would change how the whole is read.
        const { $schema: _schema, id: _id, $id: _dollarId, ...rest } = copy as Record<string, unknown>;
        definitions[PREFIX + n] = rest;
      } else definitions[PREFIX + n] = copy;
    }
  }
  return reached.size ? { ...out, definitions } : out;
}

/** A copy of `value` whose references to models point into the root's definitions (a model's own ones are kept). */
function rewriteRefs(value: unknown, local: unknown, models: Record<string, ApiModel>, reached: Set<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteRefs(v, local, models, reached));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === '$ref' && typeof v === 'string') out[key] = modelRef(v, local, models, reached);
    else out[key] = rewriteRefs(v, local, models, reached);
  }
  return out;
}

function modelRef(ref: string, local: unknown, models: Record<string, ApiModel>, reached: Set<string>): string {
  const m = MODEL_REF.exec(ref);
  if (!m) return ref;
  const name = decodeURIComponent(m[1]!.replace(/~1/g, '/').replace(/~0/g, '~'));
  const isLocal = ref.startsWith('#/definitions/') && typeof local === 'object' && local !== null && name in local;
  if (isLocal || !own(models, name)) return ref;
  reached.add(name);
  const pointer = (PREFIX + name).replace(/~/g, '~0').replace(/\//g, '~1');
  return `#/definitions/${encodeURIComponent(pointer).replace(/%3A/g, ':')}`;
}
