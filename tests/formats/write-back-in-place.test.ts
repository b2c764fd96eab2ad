// writeBackApi changes the file in place (issue #16: "editing one template in a 40-method template changes only
// that template's lines"), and what it writes passes the real tools: cfn-lint for CloudFormation/SAM templates
// (https://github.com/aws-cloudformation/cfn-lint) and an OpenAPI 3 schema validator for OpenAPI documents.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { readApiDesigns } from '../../src/formats/api-definition/read-api-designs.ts';
import type { KeyPath } from '../../src/formats/api-definition/types.ts';
import { writeBackApi } from '../../src/formats/api-definition/write-back.ts';
import { parseStructuredText } from '../../src/formats/shared/structured-text.ts';
import type { Design } from '../../src/model/types.ts';
import { cfnLint, hasCommand } from './helpers/export-checks.ts';
import { manyMethodsOpenApi, manyMethodsTemplate } from './helpers/many-methods.ts';
import { EDITED_TEMPLATE, EDITS } from './helpers/write-back-edits.ts';

// Reading a 40-method template takes about a second on a shared 2-core machine: generous limits, no timing asserted.
const SLOW = 60_000;
const work = mkdtempSync(join(tmpdir(), 'write-back-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function methods(text: string) {
  const read = readApiDesigns(text);
  if (!read.ok) throw new Error(read.error);
  return read.api.methods;
}

function writeBack(text: string, key: string, edit: (d: Design) => void) {
  const design = structuredClone(methods(text).get(key)!.design);
  edit(design);
  const result = writeBackApi(text, new Map([[key, design]]));
  if (!result.ok) throw new Error(result.error);
  return result;
}

/** The lines [first, last] (0-based) the value at `path` takes in the text. */
function linesOf(text: string, path: KeyPath): [number, number] {
  let start: number;
  let end: number;
  if (/^\s*\{/.test(text)) {
    const node = findNodeAtLocation(parseTree(text)!, path)!;
    [start, end] = [node.offset, node.offset + node.length];
  } else {
    const range = (parseDocument(text).getIn(path, true) as { range: [number, number, number] }).range;
    [start, end] = [range[0], range[1] - 1];
  }
  const line = (offset: number) => text.slice(0, offset).split('\n').length - 1;
  return [line(start), line(end)];
}

/** The lines that differ, after the lines both texts start and end with: [first, last in a, last in b]. */
function changedLines(a: string, b: string): { first: number; lastA: number; lastB: number } {
  const x = a.split('\n');
  const y = b.split('\n');
  let first = 0;
  while (first < x.length && first < y.length && x[first] === y[first]) first++;
  let tail = 0;
  while (tail < x.length - first && tail < y.length - first && x[x.length - 1 - tail] === y[y.length - 1 - tail])
    tail++;
  return { first, lastA: x.length - 1 - tail, lastB: y.length - 1 - tail };
}

describe.each([
  ['a CloudFormation YAML template of 40 methods', manyMethodsTemplate(40), 'POST /items17'],
  ['an OpenAPI JSON document of 40 methods', manyMethodsOpenApi(40), 'GET /items17/{id}'],
])('%s', (_name, text, key) => {
  it(
    "editing one template changes only that template's lines",
    () => {
      const templatePath = methods(text).get(key)!.source.requestTemplates['application/json']!;
      const result = writeBack(text, key, (d) => {
        d.integration.requestTemplates!['application/json'] = EDITED_TEMPLATE;
      });
      const changed = changedLines(text, result.text);
      const [before0, before1] = linesOf(text, templatePath);
      const [after0, after1] = linesOf(result.text, templatePath);
      expect(changed.first).toBeGreaterThanOrEqual(Math.max(before0, after0) - 0);
      expect(changed.lastA).toBeLessThanOrEqual(before1);
      expect(changed.lastB).toBeLessThanOrEqual(after1);
      expect(methods(result.text).get(key)!.design.integration.requestTemplates!['application/json']).toBe(
        EDITED_TEMPLATE,
      );
      expect(result.notes).toEqual([]);
    },
    SLOW,
  );

  it(
    'changing one field of one integration response changes one line',
    () => {
      const result = writeBack(text, key, (d) => {
        const response = Object.values(d.integration.integrationResponses!)[0]!;
        response.responseTemplates = { ...response.responseTemplates, 'application/json': '$input.json("$")' };
      });
      const changed = changedLines(text, result.text);
      expect(changed.lastA - changed.first).toBeLessThanOrEqual(0);
      expect(result.text.split('\n').length - text.split('\n').length).toBeLessThanOrEqual(1);
    },
    SLOW,
  );
});

it(
  'a field an intrinsic function computes, once edited, is written as its literal value and a note says so',
  () => {
    const text = manyMethodsTemplate(2);
    const result = writeBack(text, 'POST /items2', (d) => {
      d.integration.uri = 'https://other.example.com/items/2';
    });
    expect(result.text).toContain("Uri: 'https://other.example.com/items/2'   # per stage");
    expect(result.text).toContain("Uri: !Sub 'https://${Stage}.backend.example.com/items/1'   # per stage");
    expect(result.notes).toEqual([
      'POST /items2: Resources.PostItems2.Properties.Integration.Uri was computed by Fn::Sub; written as the literal value',
    ]);
  },
  SLOW,
);

it(
  'a method the file does not have, or whose verb or path changed, is refused with the reason',
  () => {
    const text = manyMethodsTemplate(1);
    const design = methods(text).get('POST /items1')!.design;
    expect(writeBackApi(text, new Map([['GET /nope', design]]))).toEqual({
      ok: false,
      error: 'GET /nope: no such method in the file (new methods are not written back; export them instead)',
    });
    const moved = { ...design, method: { ...design.method, httpMethod: 'PUT' } };
    expect(writeBackApi(text, new Map([['POST /items1', moved]]))).toEqual({
      ok: false,
      error: 'POST /items1: the method is now PUT /items1; a changed verb or path is not written back',
    });
  },
  SLOW,
);

it(
  "a SAM function's Api event (an integration SAM generates) is refused once changed, unchanged it is fine",
  () => {
    const text = readFileSync('examples/sam-pets/template.yaml', 'utf8');
    const design = structuredClone(methods(text).get('GET /pets/{petId}')!.design);
    expect(writeBackApi(text, new Map([['GET /pets/{petId}', design]]))).toEqual({ ok: true, text, notes: [] });
    design.integration.timeoutInMillis = 5000;
    const result = writeBackApi(text, new Map([['GET /pets/{petId}', design]]));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/SAM generates this method from Resources\.GetPetFunction/);
  },
  SLOW,
);

/** cfn-lint's findings without where they are (the written file has more lines): rule and message, sorted. */
function findings(output: string): string[] {
  return output
    .split('\n')
    .filter(Boolean)
    .map((line) => line.replace(/^.*?:\d+:\d+:\d+:\d+:/, ''))
    .sort();
}

const everyEdit = (d: Design) => {
  for (const [name, edit] of EDITS) if (!name.includes('removed')) edit(d);
};

it.skipIf(!hasCommand('cfn-lint'))(
  'cfn-lint accepts the templates written back with every kind of edit (CloudFormation and SAM)',
  () => {
    const sources = new Map<string, string>();
    const files = [
      ['many.yaml', manyMethodsTemplate(3), 'POST /items2'],
      ['sam-pets.yaml', readFileSync('examples/sam-pets/template.yaml', 'utf8'), 'POST /pets'],
      ['pets-stack.yaml', readFileSync('tests/fixtures/formats/import/pets-stack.cfn.yaml', 'utf8'), 'GET /pets'],
      ['aws.cfn.json', readFileSync('tests/fixtures/formats/golden/aws.cfn.json', 'utf8'), 'POST /messages'],
    ].map(([name, text, key]) => {
      const file = join(work, name!);
      sources.set(file, text!);
      writeFileSync(file, writeBack(text!, key!, everyEdit).text);
      return file;
    });
    // Only what the edits bring counts: the originals' own findings (a deprecated runtime...) are there before too.
    const originals = files.map((file) => {
      const copy = file.replace(/(\.\w+)$/, '.original$1');
      writeFileSync(copy, sources.get(file)!);
      return copy;
    });
    expect(findings(cfnLint(files).output)).toEqual(findings(cfnLint(originals).output));
  },
  300_000,
);

it(
  'the OpenAPI schema validator accepts the documents written back with every kind of edit',
  async () => {
    const cases: Array<[string, string]> = [
      [readFileSync('examples/openapi-orders/openapi.yaml', 'utf8'), 'GET /orders/{orderId}'],
      [manyMethodsOpenApi(3), 'GET /items2/{id}'],
      [readFileSync('tests/fixtures/formats/golden/http.openapi.yaml', 'utf8'), 'POST /pets/{petId}'],
    ];
    for (const [text, key] of cases) {
      const written = parseStructuredText(writeBack(text, key, everyEdit).text);
      if (!written.ok) throw new Error(written.error);
      const result = await new Validator().validate(written.value as Record<string, unknown>);
      expect(result.errors ?? [], key).toEqual([]);
    }
  },
  SLOW,
);
