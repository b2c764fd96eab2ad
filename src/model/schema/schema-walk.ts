// Reading the zod schema as data: which field names an object knows, and the schema of a child (a field, a map
// entry, an array element). Used to write paths the way problems write them (`.field`, `["key"]`, `[3]`), to find
// unknown fields, and to generate the documentation's field list, so the schema stays the one description.
import type { z } from './zod.ts';

type Def = { type: string; [k: string]: unknown };
export type AnySchema = z.ZodType;

function def(schema: AnySchema): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The schema without optional / nullable / default wrappers. */
export function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const d = def(current);
    if (d.type === 'optional' || d.type === 'nullable' || d.type === 'default' || d.type === 'readonly')
      current = d.innerType as AnySchema;
    else return current;
  }
}

export type SchemaKind = 'object' | 'record' | 'array' | 'union' | 'scalar' | 'any';

export function kindOfSchema(schema: AnySchema): SchemaKind {
  const type = def(unwrap(schema)).type;
  if (type === 'object' || type === 'record' || type === 'array' || type === 'union') return type;
  if (type === 'unknown' || type === 'any') return 'any';
  return 'scalar';
}

/** The known fields of an object schema (empty for anything else). */
export function knownFields(schema: AnySchema): Record<string, AnySchema> {
  const d = def(unwrap(schema));
  return d.type === 'object' ? (d.shape as Record<string, AnySchema>) : {};
}

/**
 * The schema of the field `name` among `fields` (knownFields), or undefined. Own fields only: a document's `toString`
 * or `hasOwnProperty` is an unknown field, not Object.prototype's member.
 */
export function fieldNamed(fields: Record<string, AnySchema>, name: string): AnySchema | undefined {
  return Object.hasOwn(fields, name) ? fields[name] : undefined;
}

/** The options of a union schema. */
export function unionOptions(schema: AnySchema): AnySchema[] {
  const d = def(unwrap(schema));
  return d.type === 'union' ? (d.options as AnySchema[]) : [];
}

/** The schema one step down (`segment` is a field, a map key or an index), and whether that step is a map key. */
export function childSchema(
  schema: AnySchema,
  segment: PropertyKey,
): { schema: AnySchema | null; step: 'field' | 'key' | 'index' } {
  const d = def(unwrap(schema));
  if (d.type === 'object') {
    const shape = d.shape as Record<string, AnySchema>;
    return { schema: fieldNamed(shape, String(segment)) ?? null, step: 'field' };
  }
  if (d.type === 'record') return { schema: d.valueType as AnySchema, step: 'key' };
  if (d.type === 'array') return { schema: d.element as AnySchema, step: 'index' };
  if (d.type === 'union') {
    const wanted = typeof segment === 'number' ? 'array' : 'object';
    for (const option of unionOptions(schema)) {
      const kind = kindOfSchema(option);
      if (kind === wanted || (wanted === 'object' && kind === 'record')) return childSchema(option, segment);
    }
  }
  return { schema: null, step: typeof segment === 'number' ? 'index' : 'key' };
}

/** `integration.requestTemplates["application/json"]`, `samples[0].headers`: a zod path written as problems are. */
export function formatPath(root: AnySchema, segments: readonly PropertyKey[]): string {
  let out = '';
  let schema: AnySchema | null = root;
  for (const segment of segments) {
    const child: { schema: AnySchema | null; step: 'field' | 'key' | 'index' } = schema
      ? childSchema(schema, segment)
      : { schema: null, step: typeof segment === 'number' ? 'index' : 'key' };
    if (child.step === 'index') out += `[${String(segment)}]`;
    else if (child.step === 'field') out += out === '' ? String(segment) : `.${String(segment)}`;
    else out += `[${JSON.stringify(String(segment))}]`;
    schema = child.schema;
  }
  return out;
}
