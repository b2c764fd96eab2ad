// docs/design-document.md documents every field of the design document's schema with its type: generated from the
// schema once, and checked here so that the page and the schema cannot drift apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { designSchema } from '../../src/model/schema/design-schema.ts';
import { documentedFields } from '../../src/model/schema/field-list.ts';

const doc = readFileSync(new URL('../../docs/design-document.md', import.meta.url), 'utf8');
const rows = new Map(
  [...doc.matchAll(/^\|\s*`([^`]+)`\s*\|\s*([^|]+?)\s*\|/gm)].map((m) => [m[1]!, m[2]!.trim()] as const),
);

describe('docs/design-document.md', () => {
  const fields = documentedFields(designSchema);
  it.each(fields.map((f) => [f.path, `${f.type}${f.nullable ? ' or null' : ''}`]))(
    'documents %s as %s',
    (path, type) => {
      expect(rows.get(path)).toBe(type);
    },
  );
  it('documents no field the schema does not have', () => {
    const known = new Set(fields.map((f) => f.path));
    expect([...rows.keys()].filter((path) => !known.has(path))).toEqual([]);
  });
});
