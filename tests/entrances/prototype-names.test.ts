// Object.prototype's names in a design document. `toString`, `hasOwnProperty`, `valueOf`, `isPrototypeOf` are names
// like any other: unknown fields are warnings that name them, map keys (headers, stage variables, templates) are
// keys, and every way in and out (restore, validation, lint, the round trip, the exports, a share link) answers without
// a stack trace — `validate` crashed on `integration.toString` until the schema walk looked at own fields only
// (src/model/schema/schema-walk.ts). `__proto__`, `constructor` and `prototype` are refused wherever a design comes
// in, with the path (src/model/unsafe-keys.ts): the restore step now applies the rule imports and links applied.
import { describe, expect, it } from 'vitest';
import { designProblems, lintDesign, simulate } from '../../src/engine/index.ts';
import { EXPORT_FORMATS } from '../../src/formats/registry.ts';
import { DesignFormatError, restoreDesign } from '../../src/model/restore.ts';
import { decodeShareFragment, encodeShareLink } from '../../src/share/link-codec.ts';

const NAMES = ['toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

/** The document as JSON text, so that every name is an own key, as JSON.parse makes it. */
function documentWith(names: string[]): unknown {
  const fields = (value: unknown) => names.map((n) => `${JSON.stringify(n)}: ${JSON.stringify(value)}`).join(', ');
  return JSON.parse(`{
    "format": "integration-designer/1", "name": "prototype names", ${fields('x')},
    "api": { ${fields({ a: 1 })}, "stageVariables": { ${fields('v')} } },
    "method": { "httpMethod": "POST", "resourcePath": "/pets", ${fields(null)} },
    "integration": {
      "type": "MOCK", ${fields('y')},
      "requestTemplates": { "application/json": "{\\"statusCode\\": 200}", ${fields('$input.body')} },
      "requestParameters": { ${fields('method.request.header.x')} },
      "integrationResponses": { "200": { "statusCode": "200", ${fields([1])},
        "responseTemplates": { "application/json": "$input.params().header.toString|$stageVariables.valueOf" } } }
    },
    "methodResponses": { "200": { "statusCode": "200", ${fields({})} } },
    "samples": [{ "name": "s", "method": "POST", "path": "/pets", ${fields(1)},
      "headers": { "Content-Type": "application/json", ${fields('h')} }, "query": { ${fields('q')} },
      "body": "{}" }]
  }`);
}

describe("Object.prototype's names in a design", () => {
  it('are read as unknown fields (warnings naming each) and as ordinary map keys', () => {
    const { design, warnings } = restoreDesign(documentWith(NAMES));
    const paths = warnings.map((w) => w.path);
    for (const name of NAMES) {
      expect(paths).toContain(`integration.${name}`);
      expect(paths).toContain(`samples[0].${name}`);
    }
    expect(Object.keys(design.integration.requestTemplates ?? {})).toEqual(['application/json', ...NAMES]);
    expect(Object.hasOwn(design.api.stageVariables ?? {}, 'toString')).toBe(true);
  });

  it('validation, lint, the round trip and every export answer without throwing', async () => {
    const { design } = restoreDesign(documentWith(NAMES));
    expect(() => designProblems(design)).not.toThrow();
    expect(() => lintDesign(design)).not.toThrow();
    const trace = await simulate(design, design.samples[0]!, { deterministic: true });
    // The header map's own `toString` key, and the stage variable named valueOf.
    expect(trace.methodResponse?.body).toBe('h|v');
    for (const format of EXPORT_FORMATS) {
      const result = format.export(design);
      expect(typeof result.text, format.id).toBe('string');
      expect(result.text, format.id).not.toContain('[object Object]');
    }
  });

  it('a share link carries them there and back', () => {
    const { design } = restoreDesign(documentWith(NAMES));
    const link = encodeShareLink(design, 'https://designer.example/', { maxLength: 100_000 });
    if (!link.ok) throw new Error(`too large: ${link.length}`);
    const back = decodeShareFragment(new URL(link.url).hash);
    if (!back.ok) throw new Error(back.error);
    expect(back.design.api.stageVariables).toEqual(design.api.stageVariables);
    expect(back.design.samples[0]?.headers).toEqual(design.samples[0]?.headers);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('%s is refused by the restore step, with its path', (name) => {
    const document = JSON.parse(
      `{"name": "n", ${JSON.stringify(name)}: 1, "integration": {"type": "MOCK", ${JSON.stringify(name)}: 2}}`,
    );
    expect(() => restoreDesign(document)).toThrow(DesignFormatError);
    expect(() => restoreDesign(document)).toThrow(new RegExp(`^${name}: a key no design has`));
  });
});
