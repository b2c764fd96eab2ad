import { describe, expect, it } from 'vitest';
import { READY_MADE_TEMPLATES, toSnippetText } from '../../src/ui/templates/velocity-language/ready-made-templates.ts';
import { jsonPathSegments } from '../../src/ui/templates/velocity-language/sample-fields.ts';

describe('ready-made templates and snippet escaping', () => {
  it.each([
    ['$input.body', '\\$input.body'],
    ['{"a": "${x}"}', '{"a": "\\${x\\}"\\}'],
    ['a\\b', 'a\\\\b'],
  ])('toSnippetText(%s) = %s', (text, expected) => {
    expect(toSnippetText(text)).toBe(expected);
  });

  it('offers the templates the issue asks for', () => {
    expect(READY_MADE_TEMPLATES.map((t) => t.label)).toEqual(
      expect.arrayContaining(['map all parameters', 'JSON field mapping', 'passthrough with escapeJavaScript']),
    );
  });

  it("the escapeJavaScript passthrough undoes \\' as the AWS docs recommend (mapping-template-reference, $util)", () => {
    const t = READY_MADE_TEMPLATES.find((x) => x.label === 'passthrough with escapeJavaScript')!;
    expect(t.body).toContain(`$util.escapeJavaScript($input.body).replaceAll("\\\\'","'")`);
  });

  it.each([
    ['$', []],
    ['$.a.b', ['a', 'b']],
    ["$.pets[0]['my key']", ['pets', 0, 'my key']],
    ['$.a..b', null],
  ])('jsonPathSegments(%s)', (path, expected) => {
    expect(jsonPathSegments(path)).toEqual(expected);
  });
});
