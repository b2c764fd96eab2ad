// groupDigits (src/ui/shared/group-digits.ts) writes counts as en-US toLocaleString does, without Intl.
import { describe, expect, it } from 'vitest';
import { groupDigits } from '../../src/ui/shared/group-digits.ts';

describe('groupDigits', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [133_340, '133,340'],
    [1_991_166, '1,991,166'],
    [5_000_000, '5,000,000'],
    [Number.MAX_SAFE_INTEGER, '9,007,199,254,740,991'],
  ])('%d -> %s', (n, expected) => expect(groupDigits(n)).toBe(expected));

  it('agrees with toLocaleString("en-US") on integers of every length', () => {
    for (let n = 1, i = 0; i < 16; n = n * 10 + ((i * 7) % 10), i++)
      expect(groupDigits(n)).toBe(n.toLocaleString('en-US'));
  });

  it('leaves what is not a count as String writes it', () => {
    expect(groupDigits(-1200)).toBe('-1200');
    expect(groupDigits(12.5)).toBe('12.5');
  });
});
