// editYamlText: one value changed in YAML text, everything else byte for byte (comments, quoting, flow maps,
// short-form tags); multi-line strings as literal blocks (https://yaml.org/spec/1.2.2/#812-literal-style).
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { TextPath } from '../../src/formats/shared/json-text-edit.ts';
import { editYamlText } from '../../src/formats/shared/yaml-text-edit.ts';

const SOURCE = `# top comment
a:
  b: !Sub 'x\${y}'   # why b
  c: "quoted"
  t: |
    line1
    line2

  flow: { k: v, n: 1 }
  list:
    - StatusCode: 200
      X: 1
    - StatusCode: 400
z: 1 # last
`;

const CASES: Array<[string, TextPath, unknown, string]> = [
  ['a plain scalar keeps its comment', ['z'], 2, SOURCE.replace('z: 1 # last', 'z: 2 # last')],
  ['a quoted scalar keeps its quotes', ['a', 'c'], 'new', SOURCE.replace('c: "quoted"', 'c: "new"')],
  [
    'a tagged one-line value becomes a literal block, its comment on the header line',
    ['a', 'b'],
    'one\ntwo\n',
    SOURCE.replace("  b: !Sub 'x${y}'   # why b\n", '  b: | # why b\n    one\n    two\n'),
  ],
  ['a block scalar replaced', ['a', 't'], 'only\n', SOURCE.replace('    line1\n    line2\n', '    only\n')],
  [
    'a key added to a block map',
    ['a', 'new'],
    'v',
    SOURCE.replace('    - StatusCode: 400\nz: 1', '    - StatusCode: 400\n  new: v\nz: 1'),
  ],
  ['a key removed with its lines', ['a', 'c'], undefined, SOURCE.replace('  c: "quoted"\n', '')],
  ['a flow map stays a flow map', ['a', 'flow', 'k'], 'w', SOURCE.replace('{ k: v, n: 1 }', '{ k: w, n: 1 }')],
  [
    'an item appended to a block sequence',
    ['a', 'list', -1],
    { StatusCode: 500 },
    SOURCE.replace('    - StatusCode: 400\n', '    - StatusCode: 400\n    - StatusCode: 500\n'),
  ],
  ['an item removed', ['a', 'list', 0], undefined, SOURCE.replace('    - StatusCode: 200\n      X: 1\n', '')],
  ['a field inside an item', ['a', 'list', 0, 'X'], 2, SOURCE.replace('X: 1', 'X: 2')],
  ['a nested key created', ['q', 'r', 's'], 't', `${SOURCE}q:\n  r:\n    s: t\n`],
];

describe('editYamlText', () => {
  it.each(CASES)('%s', (_name, path, value, expected) => {
    const result = editYamlText(SOURCE, path, value);
    expect(result).toBe(expected);
    expect(() => parse(result, { logLevel: 'error' })).not.toThrow();
  });

  it('keeps CRLF line ends', () => {
    const crlf = 'a:\r\n  b: 1\r\n';
    expect(editYamlText(crlf, ['a', 'c'], 'x\ny')).toBe('a:\r\n  b: 1\r\n  c: |-\r\n    x\r\n    y\r\n');
  });

  it('removing the only key of a map leaves an empty map, not a null', () => {
    expect(parse(editYamlText('a:\n  b: 1\nc: 2\n', ['a', 'b'], undefined))).toEqual({ a: {}, c: 2 });
  });
});
