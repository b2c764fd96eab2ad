// The unified line diff "Save to file" shows (as `diff -u` would: changed runs with 3 lines of context).
import { describe, expect, it } from 'vitest';
import { lineDiff } from '../../src/ui/open-file/line-diff.ts';

const lines = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `line ${i + from}`);

describe('lineDiff', () => {
  it('no change: no hunks', () => {
    expect(lineDiff('a\nb\n', 'a\nb\n')).toEqual([]);
  });

  it('one line changed in a long file: one hunk, 3 lines of context each side, both line numbers', () => {
    const before = lines(40).join('\n');
    const after = before.replace('line 20', 'LINE 20');
    const [hunk, ...rest] = lineDiff(before, after);
    expect(rest).toEqual([]);
    expect(hunk!.map((l) => [l.kind, l.text, l.oldLine, l.newLine])).toEqual([
      ['same', 'line 17', 17, 17],
      ['same', 'line 18', 18, 18],
      ['same', 'line 19', 19, 19],
      ['removed', 'line 20', 20, undefined],
      ['added', 'LINE 20', undefined, 20],
      ['same', 'line 21', 21, 21],
      ['same', 'line 22', 22, 22],
      ['same', 'line 23', 23, 23],
    ]);
  });

  it('lines added shift the new numbers after them; distant changes make separate hunks', () => {
    const before = lines(30).join('\n');
    const after = [...lines(5), 'new a', 'new b', ...lines(20, 6), 'LINE 26', ...lines(4, 27)].join('\n');
    const hunks = lineDiff(before, after);
    expect(hunks).toHaveLength(2);
    expect(hunks[0]!.filter((l) => l.kind === 'added').map((l) => [l.text, l.newLine])).toEqual([
      ['new a', 6],
      ['new b', 7],
    ]);
    expect(hunks[1]!.filter((l) => l.kind !== 'same').map((l) => [l.kind, l.text, l.oldLine ?? l.newLine])).toEqual([
      ['removed', 'line 26', 26],
      ['added', 'LINE 26', 28],
    ]);
  });
});
