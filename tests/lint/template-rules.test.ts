// Each template rule: a template that must warn, one that must not, and (where the rule has one) the quick fix
// applied removes the finding. Sources of each trap: docs/lint-rules.md.
import { describe, expect, it } from 'vitest';
import { lintTemplate, type TemplateTarget } from '../../src/engine/index.ts';
import { applyEdits, designWith } from './helpers.ts';

const JSON_TARGET: TemplateTarget = { kind: 'request', contentType: 'application/json' };

const design = designWith((d) => {
  d.method.resourcePath = '/pets/{petId}';
  d.method.requestParameters = { 'method.request.querystring.verbose': false };
  d.samples = [
    {
      name: 'happy path',
      path: '/pets/42',
      headers: { 'Content-Type': 'application/json', 'X-Trace': 'abc' },
      body: '{"name": "Rex", "owner": {"id": 7}, "tags": ["a"]}',
    },
  ];
});

const codes = (template: string, target = JSON_TARGET) => lintTemplate(template, target, design).map((d) => d.code);

// [rule, must warn, must not warn]
const CASES: [string, string, string][] = [
  // AWS $util reference: "the escaped single quotes are not valid in JSON"
  [
    'VTL001',
    '{"name": "$util.escapeJavaScript($input.path(\'$.name\'))"}',
    '{"name": "$util.escapeJavaScript($input.path(\'$.name\')).replaceAll("\\\\\'","\'")"}',
  ],
  ['VTL002', '{"all": "$input.params()"}', '{"verbose": "$input.params(\'verbose\')"}'],
  ['VTL002', '#set($b = $input.path(\'$\'))\n{"body": $b}', '#set($b = $input.path(\'$\'))\n{"name": "$b.name"}'],
  ['VTL002', '{"owner": $input.path(\'$.owner\')}', '{"owner": $input.json(\'$.owner\')}'],
  ['VTL003', '{"name": "$input.json(\'$.name\')"}', '{"name": $input.json(\'$.name\')}'],
  [
    'VTL004',
    '[\n#foreach($t in $input.path(\'$.tags\'))\n  "$t",\n#end\n]',
    '[\n#foreach($t in $input.path(\'$.tags\'))\n  "$t"#if($foreach.hasNext),#end\n#end\n]',
  ],
  [
    'VTL005',
    '{"id": "$input.params(\'petid\')"}',
    '{"id": "$input.params(\'petId\')", "t": "$input.params(\'x-trace\')"}',
  ],
  [
    'VTL005',
    '{"q": "$input.params().querystring.get(\'verbos\')"}',
    '{"q": "$input.params().querystring.get(\'verbose\')"}',
  ],
  ['VTL006', '#set($x = null)', '#set($x = "")'],
  [
    'VTL006',
    "#foreach($t in $input.path('$.items'))\n#set($n = $t.name)\n$n\n#end",
    "#foreach($t in $input.path('$.items'))\n$!t.name\n#end",
  ],
  [
    'VTL007',
    '#set($b = $input.json(\'$\'))\n{"name": "$b.name"}',
    '#set($b = $input.path(\'$\'))\n{"name": "$b.name"}',
  ],
];

describe('template lint rules', () => {
  it.each(CASES)('%s warns on a trap and not on its repaired form', (code, bad, good) => {
    expect(codes(bad)).toContain(code);
    expect(codes(good)).not.toContain(code);
  });

  it.each(CASES)('%s: the quick fix, where there is one, removes the finding', (code, bad) => {
    const finding = lintTemplate(bad, JSON_TARGET, design).find((d) => d.code === code)!;
    if (!finding.fix) return;
    const fixed = applyEdits(bad, finding.fix.edits);
    expect(codes(fixed).filter((c) => c === code)).toHaveLength(codes(bad).filter((c) => c === code).length - 1);
  });

  it('VTL001 quick fix inserts exactly the documented replaceAll', () => {
    const t = '{"name": "$util.escapeJavaScript($input.body)"}';
    const [finding] = lintTemplate(t, JSON_TARGET, design);
    expect(applyEdits(t, finding!.fix!.edits)).toBe(
      '{"name": "$util.escapeJavaScript($input.body).replaceAll("\\\\\'","\'")"}',
    );
    expect(finding).toMatchObject({ line: 1, column: 11, endLine: 1, endColumn: 46, severity: 'warning' });
  });

  it('VTL003 quick fix removes both quotes', () => {
    const t = '{"name": "$input.json(\'$.name\')"}';
    const finding = lintTemplate(t, JSON_TARGET, design).find((d) => d.code === 'VTL003')!;
    expect(applyEdits(t, finding.fix!.edits)).toBe('{"name": $input.json(\'$.name\')}');
  });

  it('VTL004 points at the comma and the fix writes it only between items', () => {
    const t = '[\n#foreach($t in $input.path(\'$.tags\'))\n  "$t",\n#end\n]';
    const finding = lintTemplate(t, JSON_TARGET, design).find((d) => d.code === 'VTL004')!;
    expect(finding).toMatchObject({ line: 3, column: 7, endColumn: 8 });
    expect(applyEdits(t, finding.fix!.edits)).toContain('"$t"#if($foreach.hasNext),#end');
  });

  it('VTL005 suggests the declared name that differs only in case (path names are case-sensitive)', () => {
    const finding = lintTemplate("$input.params('petid')", JSON_TARGET, design)[0]!;
    expect(finding.message).toContain('Did you mean "petId"');
    expect(applyEdits("$input.params('petid')", finding.fix!.edits)).toBe("$input.params('petId')");
  });

  it('JSON-only rules stay quiet in templates for other content types', () => {
    const xml = { kind: 'request', contentType: 'application/xml' } as const;
    expect(codes('<n>$util.escapeJavaScript($input.body)</n>', xml)).toEqual([]);
  });

  it('a template that does not compile has no lint findings (its parse error is reported instead)', () => {
    expect(lintTemplate('#if(', JSON_TARGET, design)).toEqual([]);
  });
});
