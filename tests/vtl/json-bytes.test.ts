// codesOf (json-bytes.ts): the one-byte-per-UTF-16-unit view of a text that the tape scan and the canonical check
// read. It must keep every offset and tell apart exactly the characters the JSON writer escapes (mustEscape).
import { describe, expect, it } from 'vitest';
import { codesOf, ESCAPED_NON_ASCII, NON_ASCII } from '../../src/engine/vtl/json/json-bytes.ts';
import { mustEscape } from '../../src/engine/vtl/json/json-text-rules.ts';
import { Gen, rng } from './random-json.ts';

/** The reference: one code per UTF-16 unit, read with charCodeAt. */
function expected(text: string): number[] {
  return Array.from({ length: text.length }, (_, i) => {
    const c = text.charCodeAt(i);
    return c < 0x80 ? c : mustEscape(c) ? ESCAPED_NON_ASCII : NON_ASCII;
  });
}

function actual(text: string): number[] {
  const b = codesOf(text);
  expect(b[text.length]).toBe(0); // the stop after the text
  return Array.from(b.subarray(0, text.length));
}

describe('codesOf', () => {
  it('maps every UTF-16 unit, alone and between ASCII (lone surrogates included)', () => {
    const units = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));
    expect(actual(units.join(''))).toEqual(expected(units.join('')));
    const spaced = units.join('a');
    expect(actual(spaced)).toEqual(expected(spaced));
  });

  it.each([
    ['ASCII only', '{"a":[1,"x y"]}'],
    ['the edges of the escaped ranges', '\u007f\u0080\u009f\u00a0\u1fff\u2000\u20ff\u2100'],
    ['a surrogate pair (two units)', 'a😀b'],
    ['a lone high and a lone low surrogate', 'a\ud83d b\ude00 c'],
    ['a pair then a lone surrogate', '😀\ud83d'],
    ['the empty text', ''],
  ])('%s', (_what, text) => {
    expect(actual(text)).toEqual(expected(text));
  });

  it('on 500 random documents (fixed seed 5)', () => {
    const g = new Gen(rng(5));
    for (let n = 0; n < 500; n++) {
      const text = g.document();
      expect(actual(text)).toEqual(expected(text));
    }
  });
});
