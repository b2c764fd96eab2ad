// codesOf (json-bytes.ts): the one-byte-per-UTF-16-unit view of a text that the tape scan and the canonical check
// read. It must keep every offset and tell apart exactly the characters the JSON writer escapes (mustEscape).
import { describe, expect, it } from 'vitest';
import { codesOf, ESCAPED_NON_ASCII, NON_ASCII } from '../../src/engine/vtl/json/json-bytes.ts';
import { mustEscape } from '../../src/engine/vtl/json/json-text-rules.ts';
import { Gen, rng } from './random-json.ts';

/** The reference: the code of one UTF-16 unit, read with charCodeAt. */
function expected(c: number): number {
  return c < 0x80 ? c : mustEscape(c) ? ESCAPED_NON_ASCII : NON_ASCII;
}

/** The first unit where codesOf differs from the reference (null when none does), with what each gives. */
function firstDifference(text: string): { at: number; unit: number; got: number; want: number } | null {
  const b = codesOf(text);
  if (b[text.length] !== 0) return { at: text.length, unit: -1, got: b[text.length]!, want: 0 }; // the stop
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (b[i] !== expected(unit)) return { at: i, unit, got: b[i]!, want: expected(unit) };
  }
  return null;
}

describe('codesOf', () => {
  it('maps every UTF-16 unit, alone and between ASCII (lone surrogates included)', () => {
    const units = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));
    expect(firstDifference(units.join(''))).toBeNull();
    expect(firstDifference(units.join('a'))).toBeNull();
  });

  it.each([
    ['ASCII only', '{"a":[1,"x y"]}'],
    ['the edges of the escaped ranges', '\u007f\u0080\u009f\u00a0\u1fff\u2000\u20ff\u2100'],
    ['a surrogate pair (two units)', 'a😀b'],
    ['a lone high and a lone low surrogate', 'a\ud83d b\ude00 c'],
    ['a pair then a lone surrogate', '😀\ud83d'],
    ['the empty text', ''],
  ])('%s', (_what, text) => {
    expect(firstDifference(text)).toBeNull();
  });

  it('on 500 random documents (fixed seed 5)', () => {
    const g = new Gen(rng(5));
    for (let n = 0; n < 500; n++) {
      const text = g.document();
      const diff = firstDifference(text);
      if (diff) expect({ text, diff }).toEqual({ text, diff: null });
    }
  });
});
