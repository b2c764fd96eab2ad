// writeBackApi (issue #16, "export the whole API back in its own format"): every API-definition fixture of the
// repository, read and written back unchanged, is the same text; each kind of edit, written back, reads back as the
// edited design (what API Gateway stores for the method: https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { readApiDesigns } from '../../src/formats/api-definition/read-api-designs.ts';
import { writeBackApi } from '../../src/formats/api-definition/write-back.ts';
import { deployableDesign } from '../../src/formats/shared/deploy-needs.ts';
import type { Design } from '../../src/model/types.ts';
import { EDITS } from './helpers/write-back-edits.ts';

const FIXTURES = globSync(
  ['examples/**/*.{yaml,yml,json}', 'tests/fixtures/formats/{import,golden}/*.{yaml,yml,json}'],
  { ignore: ['**/*.design.json', '**/*.tests.*', '**/*.request.json'] },
)
  .sort()
  .filter((file) => {
    const read = readApiDesigns(readFileSync(file, 'utf8'), options(file));
    return read.ok && (read.api.kind === 'cloudformation' || read.api.kind === 'openapi') && read.api.methods.size > 0;
  });

function options(file: string) {
  return { readFile: (p: string) => readFileSync(join(dirname(file), p), 'utf8') };
}

function methodsOf(text: string, file: string) {
  const read = readApiDesigns(text, options(file));
  if (!read.ok) throw new Error(read.error);
  return read.api.methods;
}

/** What a deploy of the method stores: the integration as it is, the method with what the integration needs. */
function stored(design: Design) {
  const deployable = deployableDesign(design).design;
  return {
    integration: withoutEmpty(design.integration),
    requestParameters: deployable.method.requestParameters,
    methodResponses: deployable.methodResponses,
    binaryMediaTypes: [...(design.api.binaryMediaTypes ?? [])].sort(),
  };
}

/** API Gateway stores an empty map or list, null and an absent field alike (GetIntegration leaves them all out). */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const kept = withoutEmpty(v);
    const empty = kept === null || (typeof kept === 'object' && Object.keys(kept as object).length === 0);
    if (!empty) out[key] = kept;
  }
  return out;
}

it('finds the API definitions of the repository (examples and fixtures)', () => {
  expect(FIXTURES).toContain('examples/sam-pets/template.yaml');
  expect(FIXTURES).toContain('examples/openapi-orders/openapi.yaml');
  expect(FIXTURES.length).toBeGreaterThan(15);
});

describe.each(FIXTURES)('%s', (file) => {
  const text = readFileSync(file, 'utf8');
  const methods = methodsOf(text, file);

  it('written back with every method unedited is the same text, byte for byte', () => {
    const edits = new Map([...methods].map(([key, m]) => [key, structuredClone(m.design)]));
    const result = writeBackApi(text, edits, options(file));
    expect(result).toEqual({ ok: true, text, notes: [] });
  });

  const writable = [...methods.values()].filter((m) => !m.source.file && !m.source.path.includes('Events'));
  describe.each(writable.map((m) => [m.key, m] as const))('%s', (key, method) => {
    it.each(EDITS)('%s: reads back as the edited design; other methods unchanged', (_name, edit) => {
      const design = structuredClone(method.design);
      edit(design);
      const result = writeBackApi(text, new Map([[key, design]]), options(file));
      if (!result.ok) throw new Error(result.error);
      const after = methodsOf(result.text, file);
      // A method whose REST API is outside the file (a template of the method alone) cannot take binary media types.
      const notWritten = result.notes.some((n) => n.includes('api.binaryMediaTypes not written'));
      if (notWritten) design.api.binaryMediaTypes = method.design.api.binaryMediaTypes;
      expect(stored(after.get(key)!.design)).toEqual(stored(design));
      for (const [other, m] of methods) {
        if (other !== key) expect(after.get(other)!.design.integration, other).toEqual(m.design.integration);
      }
    });
  });
});
