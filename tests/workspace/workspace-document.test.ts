// The workspace document at every way in (browser storage, a workspace file, a hand-written one): what can be read
// comes back as it was; what cannot is refused with what and where, never half-restored.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DesignFormatError } from '../../src/model/index.ts';
import { openApiWorkspace } from '../../src/workspace/open-api-workspace.ts';
import { parseWorkspaceJson, restoreWorkspace, serializeWorkspace } from '../../src/workspace/restore-workspace.ts';
import type { Workspace } from '../../src/workspace/types.ts';

const PETS = readFileSync('e2e/fixtures/pets-api.yaml', 'utf8');

function pets(): Workspace {
  const opened = openApiWorkspace('pets-api.yaml', PETS);
  if (!opened.ok) throw new Error(opened.error);
  return opened.workspace;
}

function refusal(value: unknown): string {
  try {
    restoreWorkspace(value);
  } catch (e) {
    expect(e).toBeInstanceOf(DesignFormatError);
    return (e as Error).message;
  }
  throw new Error('restoreWorkspace accepted it');
}

describe('a workspace written and read back', () => {
  it('is the same workspace (methods, sources, shared API settings, original text)', () => {
    const workspace = pets();
    const back = parseWorkspaceJson(serializeWorkspace(workspace));
    expect(back.warnings).toEqual([]);
    expect(back.workspace).toEqual(workspace);
  });

  it('a hand-written workspace needs only its methods: the rest is filled in', () => {
    const { workspace } = restoreWorkspace({
      format: 'integration-designer-workspace/1',
      methods: [{ key: 'GET /a', design: { integration: { type: 'MOCK' } } }],
    });
    expect(workspace.selected).toBe('GET /a');
    expect(workspace.methods[0]!.status).toEqual({ state: 'untested' });
    expect(workspace.methods[0]!.design.integration.timeoutInMillis).toBe(29000);
    expect(workspace.source.kind).toBe('design');
  });

  it('keeps unknown fields and warns about them with the nearest known name', () => {
    const doc = JSON.parse(serializeWorkspace(pets()));
    doc.selectd = 'GET /pets';
    const { workspace, warnings } = restoreWorkspace(doc);
    expect((workspace as unknown as Record<string, unknown>).selectd).toBe('GET /pets');
    expect(warnings.map((w) => w.path)).toEqual(['selectd']);
  });
});

describe('a workspace that cannot be read is refused with what and where', () => {
  const valid = () => JSON.parse(serializeWorkspace(pets()));
  it.each([
    ['not an object', () => 42, 'expected a workspace document (a JSON object)'],
    ['methods missing', () => ({ format: 'integration-designer-workspace/1' }), 'methods: missing'],
    [
      'a method design of the wrong type',
      () => {
        const doc = valid();
        doc.methods[1].design.integration.uri = 5;
        return doc;
      },
      'methods[1].design.integration.uri: expected a string, got a number (5)',
    ],
    [
      'a method without an integration type',
      () => {
        const doc = valid();
        delete doc.methods[2].design.integration.type;
        return doc;
      },
      'methods[2].design.integration.type: missing',
    ],
    [
      'two methods with one key',
      () => {
        const doc = valid();
        doc.methods[1].key = doc.methods[0].key;
        return doc;
      },
      'methods[1].key: "GET /pets" is already the key of another method',
    ],
    ['no methods', () => ({ ...valid(), methods: [] }), 'methods: a workspace needs at least one method'],
    [
      'a newer workspace format',
      () => ({ ...valid(), format: 'integration-designer-workspace/9' }),
      'format: "integration-designer-workspace/9" is not a workspace format this version reads',
    ],
    [
      'an unknown source kind',
      () => ({ ...valid(), source: { fileName: 'x', kind: 'terraform', text: '' } }),
      'source.kind: expected one of openapi, cloudformation, aws-resources, design, got "terraform"',
    ],
    [
      'a status that is not one',
      () => {
        const doc = valid();
        doc.methods[0].status = { state: 'green' };
        return doc;
      },
      'methods[0].status.state',
    ],
  ])('%s', (_name, make, message) => {
    expect(refusal(make())).toContain(message);
  });

  it('a JSON syntax error says its line and column', () => {
    expect(() => parseWorkspaceJson('{\n  "methods": [,]\n}')).toThrow(/^line 2, column 15: not valid JSON/);
  });

  it('a document nested too deeply is refused before anything recurses into it', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const doc = valid();
    doc.methods[0].design.backend = { lambda: { result: deep } };
    expect(refusal(doc)).toMatch(/nested more than/);
  });
});
