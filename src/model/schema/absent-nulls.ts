// For API Gateway a field given as null means the same as a field left out (GetIntegration leaves unset fields out;
// share links drop them). Where the design document's type has no null (a map of templates, a list of media types),
// the restore step removes such a null before the schema checks the types, so that `"requestTemplates": null` is an
// absent map rather than an error or a null the designer would trip over. Fields that may be null stay null.
import { type AnySchema, childSchema, fieldNamed, kindOfSchema, knownFields, unionOptions } from './schema-walk.ts';

const acceptsNull = new WeakMap<AnySchema, boolean>();

function nullable(schema: AnySchema): boolean {
  let known = acceptsNull.get(schema);
  if (known === undefined) {
    known = schema.safeParse(null).success;
    acceptsNull.set(schema, known);
  }
  return known;
}

/** Deletes, in place, the null fields whose schema does not allow null. Run after the depth check. */
export function removeAbsentNulls(root: AnySchema, value: unknown): void {
  const stack: Array<{ schema: AnySchema; value: unknown }> = [{ schema: root, value }];
  while (stack.length > 0) {
    const { schema, value: current } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    const kind = kindOfSchema(schema);
    if (kind === 'union') {
      const wanted = Array.isArray(current) ? 'array' : 'object';
      const option = unionOptions(schema).find((o) => kindOfSchema(o) === wanted);
      if (option) stack.push({ schema: option, value: current });
    } else if (kind === 'array' && Array.isArray(current)) {
      const element = childSchema(schema, 0).schema;
      if (element) for (const item of current) stack.push({ schema: element, value: item });
    } else if (kind === 'record' && !Array.isArray(current)) {
      const item = childSchema(schema, '').schema;
      if (item) for (const v of Object.values(current)) stack.push({ schema: item, value: v });
    } else if (kind === 'object' && !Array.isArray(current)) {
      // The fields the value has (a design's objects name few of the many fields their schema knows).
      const record = current as Record<string, unknown>;
      const fields = knownFields(schema);
      for (const key of Object.keys(record)) {
        const field = fieldNamed(fields, key);
        const v = record[key];
        if (!field || v === undefined) continue;
        if (v === null) {
          if (!nullable(field)) delete record[key];
        } else if (typeof v === 'object') stack.push({ schema: field, value: v });
      }
    }
  }
}
