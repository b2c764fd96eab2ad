// MD5 test suite of RFC 1321 §A.5 (https://www.ietf.org/rfc/rfc1321.txt), plus a cross-check with node:crypto.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { md5Hex } from '../../src/mocks/md5.ts';

describe('md5Hex', () => {
  it.each([
    ['', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['a', '0cc175b9c0f1b6a831c399e269772661'],
    ['abc', '900150983cd24fb0d6963f7d28e17f72'],
    ['message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
    ['abcdefghijklmnopqrstuvwxyz', 'c3fcd3d76192e4007dfb496cca67e13b'],
    ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 'd174ab98d277d9f5a5611c2c9f419d9f'],
    [
      '12345678901234567890123456789012345678901234567890123456789012345678901234567890',
      '57edf4a22be3c955ac49da2e2107b67a',
    ],
  ])('RFC 1321: MD5(%j)', (input, expected) => {
    expect(md5Hex(input)).toBe(expected);
  });

  it.each([55, 56, 63, 64, 65, 1000])('matches node:crypto for %i bytes (padding edge cases)', (n) => {
    const bytes = new Uint8Array(n).map((_, i) => (i * 31 + 7) & 0xff);
    expect(md5Hex(bytes)).toBe(createHash('md5').update(bytes).digest('hex'));
  });
});
