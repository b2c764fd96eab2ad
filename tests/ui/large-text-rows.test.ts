// The virtual list of a large text (src/ui/preview/large-text-view.tsx) cuts it into rows at line breaks and every 100
// characters of a long line; every character is in exactly one row, in order.
import { describe, expect, it } from 'vitest';
import { rowStarts } from '../../src/ui/preview/large-text-view.tsx';

const rows = (text: string) => {
  const { starts, ends } = rowStarts(text);
  return Array.from(starts, (s, i) => text.slice(s, ends[i]));
};

describe('large text rows', () => {
  it.each([
    ['empty', '', ['']],
    ['one short line', 'abc', ['abc']],
    ['line breaks', 'a\nbc\n', ['a', 'bc', '']],
    ['an empty line between', 'a\n\nb', ['a', '', 'b']],
    ['a 250-character line', 'x'.repeat(250), ['x'.repeat(100), 'x'.repeat(100), 'x'.repeat(50)]],
    ['exactly 100 characters', 'y'.repeat(100), ['y'.repeat(100)]],
  ])('%s', (_name, text, expected) => expect(rows(text)).toEqual(expected));

  it('a compact 2 MB body: every character once, in order, rows of 100 (the arrays grow past their first guess)', () => {
    const text = `${'{"a":1},'.repeat(250_000)}\n${'\n'.repeat(50_000)}end`;
    const cut = rows(text);
    expect(cut.join('')).toBe(text.replaceAll('\n', ''));
    expect(cut.length).toBe(20_000 + 50_000 + 1); // the long line, 50,000 empty lines, "end"
    expect(rowStarts(text)).toBe(rowStarts(text)); // cut once per text
  });
});
