// serializeDesign (stable 2-space JSON, format written, map order kept) and the JSON syntax locator.
import { describe, expect, it } from 'vitest';
import {
  DESIGN_FORMAT,
  defaultDesign,
  lineAndColumn,
  locateJsonSyntaxError,
  parseJson,
  restoreDesign,
  serializeDesign,
} from '../../src/model/index.ts';
import type { Design } from '../../src/model/index.ts';

describe('serializeDesign', () => {
  it('writes format first, 2-space indentation and a final newline', () => {
    const text = serializeDesign(defaultDesign());
    expect(text.startsWith(`{\n  "format": "${DESIGN_FORMAT}",\n  "name": "Untitled integration",`)).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
  it('writes format even when the object lacks it', () => {
    const { format: _dropped, ...rest } = defaultDesign();
    expect(JSON.parse(serializeDesign(rest as Design)).format).toBe(DESIGN_FORMAT);
  });
  it('gives the same text whatever order the fields were set in', () => {
    const d = defaultDesign();
    const shuffled = Object.fromEntries(Object.entries(d).reverse()) as Design;
    shuffled.integration = Object.fromEntries(Object.entries(d.integration).reverse()) as Design['integration'];
    expect(serializeDesign(shuffled)).toBe(serializeDesign(d));
  });
  it('keeps the order of template keys (the first response template is the default one)', () => {
    const d = defaultDesign();
    d.integration.integrationResponses!['200']!.responseTemplates = {
      'application/xml': '<a/>',
      'application/json': '{}',
    };
    const back = JSON.parse(serializeDesign(d));
    expect(Object.keys(back.integration.integrationResponses['200'].responseTemplates)).toEqual([
      'application/xml',
      'application/json',
    ]);
  });
  it('round-trips through restoreDesign', () => {
    const d = defaultDesign();
    expect(restoreDesign(JSON.parse(serializeDesign(d))).design).toEqual(d);
  });
});

describe('JSON syntax errors with line and column', () => {
  it.each([
    ['{"a":}', 1, 6, 'expected a value'],
    ['{\n  "a": 1,\n}', 3, 1, 'expected a property name in double quotes'],
    ['[1, 2', 1, 6, 'expected "," or "]"'],
    ['', 1, 1, 'expected a value'],
    ['{"a": "x\ny"}', 1, 9, 'control character in string'],
    ['{"a": 1} x', 1, 10, 'after the JSON value'],
    ["{'a': 1}", 1, 2, 'property name in double quotes'],
  ])('%j -> line %i, column %i', (text, line, column, message) => {
    const result = parseJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ line, column, message: expect.stringContaining(message) });
  });
  it('finds nothing wrong in valid JSON', () => {
    expect(locateJsonSyntaxError(serializeDesign(defaultDesign()))).toBeNull();
    expect(locateJsonSyntaxError('{"s": "\\u00e9\\n", "n": -1.5e3, "l": [true, false, null]}')).toBeNull();
  });
  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
