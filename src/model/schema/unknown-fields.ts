// Unknown fields are kept (docs/design-contracts.md#design-document) but each one gets a warning naming the nearest
// known field, so that a typo (`requestTemplate`) never silently does nothing. Free-form parts (a Lambda result,
// $context overrides, service seed data) have no unknown fields, and `x-` fields are extensions by convention. Runs
// after the depth check, on a value the schema accepted.
import type { Problem } from '../types.ts';
import { nearestName } from './nearest-name.ts';
import {
  type AnySchema,
  childSchema,
  fieldNamed,
  formatPath,
  kindOfSchema,
  knownFields,
  unionOptions,
} from './schema-walk.ts';

export function unknownFieldWarnings(root: AnySchema, value: unknown): Problem[] {
  const out: Problem[] = [];
  const stack: Array<{ schema: AnySchema; value: unknown; path: PropertyKey[] }> = [{ schema: root, value, path: [] }];
  while (stack.length > 0) {
    const { schema, value: current, path } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    const kind = kindOfSchema(schema);
    if (kind === 'union') {
      const wanted = Array.isArray(current) ? 'array' : 'object';
      const option = unionOptions(schema).find((o) => {
        const k = kindOfSchema(o);
        return k === wanted || (wanted === 'object' && k === 'record');
      });
      if (option) stack.push({ schema: option, value: current, path });
      continue;
    }
    if (kind === 'array' && Array.isArray(current)) {
      current.forEach((item, i) => {
        const child = childSchema(schema, i).schema;
        if (child) stack.push({ schema: child, value: item, path: [...path, i] });
      });
    } else if (kind === 'record' && !Array.isArray(current)) {
      for (const [key, item] of Object.entries(current)) {
        const child = childSchema(schema, key).schema;
        if (child) stack.push({ schema: child, value: item, path: [...path, key] });
      }
    } else if (kind === 'object' && !Array.isArray(current)) {
      const fields = knownFields(schema);
      for (const [key, item] of Object.entries(current)) {
        const field = fieldNamed(fields, key);
        if (field) {
          if (item !== null && typeof item === 'object')
            stack.push({ schema: field, value: item, path: [...path, key] });
          continue;
        }
        // `x-...` fields are deliberate extensions (the OpenAPI convention): kept without a warning.
        if (key.startsWith('x-')) continue;
        const names = Object.keys(fields);
        const near = nearestName(key, names);
        out.push({
          path: formatPath(root, [...path, key]),
          message: near
            ? `unknown field — did you mean ${near}? (kept as it is)`
            : `unknown field (kept as it is; known fields here: ${names.join(', ')})`,
          severity: 'warning',
        });
      }
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
