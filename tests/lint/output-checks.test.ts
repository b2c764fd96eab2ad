// Rendered bodies checked against their content type (and the sample's schema), pointing at the template line that
// wrote the bad part through the runtime's output source map.
import { describe, expect, it } from 'vitest';
import { checkFormat, describeOutputProblem, renderVtl, simulate } from '../../src/engine/index.ts';
import { designWith } from './helpers.ts';

const scope = (body: string) => ({
  body,
  params: { path: {}, querystring: {}, header: {} },
  context: {},
  stageVariables: {},
});

describe('output source map (only when asked for)', () => {
  const template = '#set($b = $input.path(\'$\'))\n## a comment\n{"name": "$b.name",\n "n": $b.n}';

  it('maps literal text to its own characters and a reference to its start', () => {
    const r = renderVtl(template, scope('{"name": "Rex", "n": 3}'), undefined, { sourceMap: true });
    if (!r.ok) throw new Error(r.error.message);
    const map = r.sourceMap!;
    expect(r.output).toBe('{"name": "Rex",\n "n": 3}');
    expect(map.templatePositionOf(0)).toEqual({ line: 3, column: 1 }); // "{"
    expect(map.templatePositionOf(r.output.indexOf('Rex'))).toEqual({ line: 3, column: 11 }); // $b.name
    expect(map.templatePositionOf(r.output.indexOf('3'))).toEqual({ line: 4, column: 7 }); // $b.n
    expect(map.templatePositionOf(r.output.indexOf('}'))).toEqual({ line: 4, column: 11 });
  });

  it('is not built unless requested', () => {
    const r = renderVtl(template, scope('{}'));
    expect(r.ok && r.sourceMap).toBe(undefined);
  });

  it('maps what a macro body writes to the macro, and #evaluate output to the directive', () => {
    const t = '#macro(m)[$x]#end\n#set($x = 1)#m()\n#evaluate("<$x>")';
    const r = renderVtl(t, scope('{}'), undefined, { sourceMap: true });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.sourceMap!.templatePositionOf(r.output.indexOf('['))).toEqual({ line: 1, column: 10 });
    expect(r.sourceMap!.templatePositionOf(r.output.indexOf('<'))).toEqual({ line: 3, column: 1 });
  });
});

describe('format checks', () => {
  it.each([
    ['json', '{"a": "O\\\'Neil"}', 9],
    ['json', '[1,]', 3],
    ['xml', '<a>\n<b></a>', 7],
    ['form', 'name=Rex the dog', 8],
    ['form', 'a=%ZZ', 2],
  ] as const)('%s %j is invalid at offset %i', async (format, text, offset) => {
    expect(await checkFormat(format, text)).toMatchObject({ format, offset });
  });

  it.each([
    ['json', '{"a": 1}'],
    ['json', ''],
    ['xml', '<a><b/></a>'],
    ['form', 'name=Rex+the+dog&age=3&q=%C3%A9'],
  ] as const)('%s %j is valid', async (format, text) => {
    expect(await checkFormat(format, text)).toBeNull();
  });
});

describe('simulate reports invalid output with the template position', () => {
  it('escapeJavaScript of a quote: invalid JSON at the reference that wrote it', async () => {
    const design = designWith((d) => {
      d.integration.requestTemplates = {
        'application/json': '#set($b = $input.path(\'$\'))\n{\n  "name": "$util.escapeJavaScript($b.name)"\n}',
      };
    });
    const sample = { ...design.samples[0]!, name: 'apostrophe', body: '{"name": "O\'Neil"}' };
    const trace = await simulate(design, sample, { deterministic: true });
    expect(trace.outputProblems).toEqual([
      expect.objectContaining({
        stage: 'integrationRequest',
        kind: 'json',
        outputLine: 2,
        template: { location: 'integration.requestTemplates["application/json"]', line: 3, column: 12 },
      }),
    ]);
    expect(describeOutputProblem(trace.outputProblems![0]!, 'apostrophe')).toMatch(
      /^The template produced invalid JSON for sample 'apostrophe' at line 3, column 12 of integration\.requestTemplates\["application\/json"\]/,
    );
  });

  it('a valid body has no outputProblems field at all (the Trace is unchanged)', async () => {
    const design = designWith();
    const trace = await simulate(design, design.samples[0]!, { deterministic: true });
    expect('outputProblems' in trace).toBe(false);
  });

  it("a sample's JSON Schema is checked against the integration request", async () => {
    const design = designWith();
    const sample = {
      ...design.samples[0]!,
      schema: { type: 'object', required: ['id', 'owner'], properties: { id: { type: 'integer' } } },
    };
    const trace = await simulate(design, sample, { deterministic: true });
    const messages = (trace.outputProblems ?? []).map((p) => p.message);
    expect(messages).toEqual([
      "does not match the sample's schema: (the body): must have required property 'owner'",
      "does not match the sample's schema: /id: must be integer",
    ]);
  });

  it.each([[{ type: 'nonsense' }], ['a string'], [[1, 2]]])(
    'an invalid schema %j is reported, not thrown',
    async (schema) => {
      const design = designWith();
      const sample = { ...design.samples[0]!, schema: schema as Record<string, unknown> };
      const trace = await simulate(design, sample, { deterministic: true });
      expect(trace.outputProblems?.[0]?.message).toContain('not a valid JSON Schema');
    },
  );
});
