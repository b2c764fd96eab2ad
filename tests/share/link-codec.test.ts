// Share links (#d=<format>.<payload>): the design travels compressed in the URL fragment. A link is untrusted input:
// every way it can be wrong is refused with a message a person understands.
import { readFileSync } from 'node:fs';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  decodeShareFragment,
  encodeShareLink,
  MAX_DESIGN_BYTES,
  SHARE_LINK_FORMAT,
} from '../../src/share/link-codec.ts';
import { encodeBase64Url } from '../../src/share/base64url.ts';
import { LINK_DICTIONARY_V1 } from '../../src/share/link-dictionary.ts';
import { restoreDesign } from '../../src/model/restore.ts';
import type { Design } from '../../src/model/types.ts';
import { DESIGN_NAMES, loadDesign, meaning } from '../formats/helpers/designs.ts';

const BASE = 'https://designer.example.com/app/';
const typical = (): Design =>
  restoreDesign(JSON.parse(readFileSync(new URL('./fixtures/typical-design.json', import.meta.url), 'utf8'))).design;

/** A fragment carrying any bytes as format-1 payload, compressed the way encode does. */
function fragmentOf(json: string, format = 1): string {
  return `#d=${format}.${encodeBase64Url(deflateSync(strToU8(json), { level: 9, dictionary: LINK_DICTIONARY_V1 }))}`;
}
const hashOf = (url: string) => url.slice(url.indexOf('#'));

describe('encodeShareLink', () => {
  it('a typical design (one 40-line template, three samples) fits in a link of at most 2,000 characters', () => {
    const design = typical();
    expect(design.integration.requestTemplates!['application/json']!.split('\n')).toHaveLength(40);
    expect(design.samples).toHaveLength(3);
    const result = encodeShareLink(design, BASE);
    expect(result.ok).toBe(true);
    expect(result.length).toBeLessThanOrEqual(2000);
    if (result.ok) expect(result.url.startsWith(`${BASE}#d=${SHARE_LINK_FORMAT}.`)).toBe(true);
  });

  it('the preset dictionary makes links shorter (why it exists)', () => {
    const json = JSON.stringify(typical());
    const withDictionary = deflateSync(strToU8(json), { level: 9, dictionary: LINK_DICTIONARY_V1 }).length;
    expect(withDictionary).toBeLessThan(deflateSync(strToU8(json), { level: 9 }).length * 0.85);
  });

  it('replaces a fragment already in the base URL', () => {
    const result = encodeShareLink(typical(), `${BASE}#d=1.old`);
    expect(result.ok && result.url.indexOf('#')).toBe(BASE.length);
  });

  it('a design too large for a link says so, with its length (the UI offers a file instead)', () => {
    const design = typical();
    design.integration.requestTemplates = {
      'application/json': Array.from(
        { length: 400 },
        (_, i) => `"f${i}": "${Math.random().toString(36)}${i * 7919}",`,
      ).join('\n'),
    };
    const result = encodeShareLink(design, BASE);
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    expect(result.length).toBeGreaterThan(2000);
  });
});

describe('decodeShareFragment gives back the design that was encoded', () => {
  it('the typical design: the same meaning, and every text (templates, samples) exact', () => {
    const design = typical();
    const encoded = encodeShareLink(design, BASE);
    const decoded = decodeShareFragment(encoded.ok ? hashOf(encoded.url) : '');
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(meaning(decoded.design)).toEqual(meaning(design));
    expect(decoded.design.integration.requestTemplates).toEqual(design.integration.requestTemplates);
    expect(decoded.design.samples.map((s) => [s.name, s.body, s.headers])).toEqual(
      design.samples.map((s) => [s.name, s.body, s.headers]),
    );
  });

  it.each(DESIGN_NAMES)('the %s fixture design', (name) => {
    const design = loadDesign(name);
    const encoded = encodeShareLink(design, BASE, { maxLength: 100_000 });
    const decoded = decodeShareFragment(encoded.ok ? hashOf(encoded.url) : '');
    expect(decoded.ok && meaning(decoded.design)).toEqual(meaning(design));
  });

  it('accepts the fragment with or without "#", and among other parameters', () => {
    const encoded = encodeShareLink(typical(), BASE);
    const hash = encoded.ok ? hashOf(encoded.url) : '';
    expect(decodeShareFragment(hash.slice(1)).ok).toBe(true);
    expect(decodeShareFragment(`#view=preview&${hash.slice(1)}`).ok).toBe(true);
  });

  it('a name with markup arrives as the same plain text (the UI renders names as text, never as HTML)', () => {
    const design = typical();
    design.name = '<img src=x onerror=alert(1)><script>alert("x")</script>';
    const encoded = encodeShareLink(design, BASE);
    const decoded = decodeShareFragment(encoded.ok ? hashOf(encoded.url) : '');
    expect(decoded.ok && decoded.design.name).toBe(design.name);
  });
});

describe('hostile or broken links are refused with a clear message', () => {
  const good = () => {
    const encoded = encodeShareLink(typical(), BASE);
    return encoded.ok ? hashOf(encoded.url) : '';
  };
  const bomb = `#d=1.${encodeBase64Url(deflateSync(new Uint8Array(MAX_DESIGN_BYTES * 20).fill(32), { level: 9 }))}`;

  const CASES: [string, () => string, RegExp][] = [
    ['no design in the link', () => '#view=preview', /does not contain a design/],
    ['no format number', () => '#d=abc', /does not start with a link format number/],
    [
      'a newer link format',
      () => good().replace('#d=1.', '#d=2.'),
      /newer version of Integration Designer \(link format 2/,
    ],
    ['an unknown older format', () => good().replace('#d=1.', '#d=0.'), /unknown link format \(0\)/],
    ['an empty payload', () => '#d=1.', /incomplete: the design part is empty/],
    [
      'characters outside base64url',
      () => `${good().slice(0, 40)}*${good().slice(41)}`,
      /damaged: character 3\d \("\*"\) does not belong/,
    ],
    ['truncated (cut off when copied)', () => good().slice(0, 400), /incomplete: it was probably cut off/],
    [
      'an impossible length (cut off mid-character)',
      () => good().slice(0, Math.floor(good().length / 4) * 4 + 1),
      /cut off|incomplete|damaged/,
    ],
    [
      'bad compressed data',
      () => `#d=1.${encodeBase64Url(new Uint8Array([0xff, 0xfe, 0x12, 0x34, 0x56, 0x78]))}`,
      /damaged: its compressed data cannot be unpacked/,
    ],
    ['a decompression bomb (20 MB of spaces in a few KB)', () => bomb, /too large to open/],
    ['an oversized link', () => `#d=1.${'A'.repeat(200_000)}`, /too long to be a design link/],
    ['not JSON inside', () => fragmentOf('this is not json'), /does not unpack to a design document/],
    [
      'invalid UTF-8 inside',
      () =>
        `#d=1.${encodeBase64Url(deflateSync(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), { level: 9, dictionary: LINK_DICTIONARY_V1 }))}`,
      /damaged/,
    ],
    ['JSON that is not an object', () => fragmentOf('[1, 2, 3]'), /does not hold a design document/],
    [
      'the wrong schema',
      () => fragmentOf('{"format": "integration-designer/1", "integration": "HTTP"}'),
      /not hold a valid design: integration: expected an object/,
    ],
    [
      'a newer design format',
      () => fragmentOf('{"format": "integration-designer/99", "integration": {"type": "MOCK"}}'),
      /not hold a valid design: .*99/,
    ],
    [
      'a __proto__ key',
      () =>
        fragmentOf(
          '{"format": "integration-designer/1", "integration": {"type": "MOCK", "__proto__": {"polluted": true}}}',
        ),
      /refused: it contains the key "integration.__proto__"/,
    ],
    [
      'a constructor key',
      () =>
        fragmentOf(
          '{"format": "integration-designer/1", "api": {"constructor": {"prototype": {}}}, "integration": {"type": "MOCK"}}',
        ),
      /refused: it contains the key "api.constructor"/,
    ],
    [
      'a prototype key deep in a sample',
      () =>
        fragmentOf(
          '{"format": "integration-designer/1", "integration": {"type": "MOCK"}, "samples": [{"headers": {"prototype": "x"}}]}',
        ),
      /samples\[0\]\.headers\.prototype/,
    ],
    [
      'a name with text-direction overrides (spoofing)',
      () =>
        fragmentOf(
          '{"format": "integration-designer/1", "name": "invoice\\u202Efdp.exe", "integration": {"type": "MOCK"}}',
        ),
      /refused: name: contains control or text-direction characters/,
    ],
    [
      'a sample name with a line break',
      () =>
        fragmentOf(
          '{"format": "integration-designer/1", "integration": {"type": "MOCK"}, "samples": [{"name": "a\\nb"}]}',
        ),
      /samples\[0\]\.name/,
    ],
  ];
  it.each(CASES)('%s', (_label, hash, message) => {
    const result = decodeShareFragment(hash());
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('design');
    expect(!result.ok && result.error).toMatch(message);
  });

  it('the prototype of plain objects is untouched after decoding hostile links', () => {
    decodeShareFragment(
      fragmentOf(
        '{"format": "integration-designer/1", "integration": {"type": "MOCK"}, "__proto__": {"polluted": true}}',
      ),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('links made today still open tomorrow (format 1 is frozen)', () => {
  it('a stored format-1 link decodes to the typical design', () => {
    const url = readFileSync(new URL('./fixtures/format-1-link.txt', import.meta.url), 'utf8').trim();
    const decoded = decodeShareFragment(hashOf(url));
    expect(decoded.ok && meaning(decoded.design)).toEqual(meaning(typical()));
  });

  it('the format-1 dictionary is unchanged (a change needs link format 2)', () => {
    let hash = 0x811c9dc5; // FNV-1a
    for (const byte of LINK_DICTIONARY_V1) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
    expect([LINK_DICTIONARY_V1.length, hash.toString(16)]).toMatchInlineSnapshot(`
      [
        2510,
        "ce2cb38a",
      ]
    `);
  });
});
