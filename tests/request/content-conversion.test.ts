import { describe, expect, it } from 'vitest';
import type { ContentHandling } from '../../src/model/types.ts';
import { convertRequestPayload, convertResponsePayload } from '../../src/engine/request/content-conversion.ts';
import { isBinaryMediaType } from '../../src/engine/request/media-type.ts';
import type { Payload } from '../../src/engine/request/payload-bytes.ts';

// Every cell of the two tables of
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings-workflow.html
const PNG_BYTES_B64 = 'iVBORw0KGgo='; // the 8-byte PNG signature
const HELLO_B64 = 'aGVsbG8='; // "hello" — a text payload that is also valid base64
const text = (body: string): Payload => ({ body, isBase64Encoded: false });
const binary = (b64: string): Payload => ({ body: b64, isBase64Encoded: true });
type Expect = 'utf8' | 'decoded' | 'binary' | 'base64';
const CH = [undefined, 'CONVERT_TO_BINARY', 'CONVERT_TO_TEXT'] as const;

/** What each documented result means for our payload representation. */
function expected(kind: Expect, input: Payload): Payload {
  switch (kind) {
    case 'utf8': // "UTF8-encoded string" / "Text data"
      return text(input.isBase64Encoded ? atob(input.body) : input.body);
    case 'decoded': // "Base64-decoded binary blob": the text, read as base64
      return binary(input.isBase64Encoded ? atob(input.body) : input.body);
    case 'binary': // "Binary data" passed as is
      return binary(input.body);
    case 'base64': // "Base64-encoded string"
      return text(input.body);
  }
}

describe('request payload conversions (first table of the page)', () => {
  // [payload, Content-Type, binaryMediaTypes, results for contentHandling undefined / CONVERT_TO_BINARY /
  // CONVERT_TO_TEXT]
  const rows: Array<[string, Payload, string, string[], [Expect, Expect, Expect]]> = [
    [
      'Text data, any type, binaryMediaTypes undefined',
      text(HELLO_B64),
      'application/json',
      [],
      ['utf8', 'decoded', 'utf8'],
    ],
    [
      'Text data, any type (image/png), binaryMediaTypes undefined',
      text(HELLO_B64),
      'image/png',
      [],
      ['utf8', 'decoded', 'utf8'],
    ],
    [
      'Text data, a text type, set with matching types',
      text(HELLO_B64),
      'application/json',
      ['image/png'],
      ['utf8', 'decoded', 'utf8'],
    ],
    [
      'Binary data, a binary type, set with matching types',
      binary(PNG_BYTES_B64),
      'image/png',
      ['image/png'],
      ['binary', 'binary', 'base64'],
    ],
    [
      'Binary data, wildcard */* in binaryMediaTypes',
      binary(PNG_BYTES_B64),
      'image/png',
      ['*/*'],
      ['binary', 'binary', 'base64'],
    ],
    [
      'Binary data, wildcard image/* in binaryMediaTypes',
      binary(PNG_BYTES_B64),
      'image/png',
      ['image/*'],
      ['binary', 'binary', 'base64'],
    ],
  ];
  for (const [name, payload, contentType, binaryMediaTypes, results] of rows) {
    CH.forEach((contentHandling, i) => {
      it(`${name}, contentHandling ${contentHandling ?? 'undefined'} -> ${results[i]}`, () => {
        const r = convertRequestPayload({ payload, contentType, binaryMediaTypes, contentHandling });
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.payload).toEqual(expected(results[i]!, payload));
        const conversion = results[i] === 'decoded' ? 'TO_BINARY' : results[i] === 'base64' ? 'TO_TEXT' : 'NONE';
        expect(r.conversion).toBe(conversion);
      });
    });
  }

  it('a text payload read from raw bytes is decoded as UTF-8', () => {
    const r = convertRequestPayload({
      payload: binary(btoa('{"a":1}')),
      contentType: 'application/json',
      binaryMediaTypes: [],
    });
    expect(r).toMatchObject({ ok: true, payload: text('{"a":1}'), binary: false });
  });

  it('text -> binary of text that is not base64 fails: 500, API configuration error (same page)', () => {
    const r = convertRequestPayload({
      payload: text('{"not":"base64"}'),
      contentType: 'application/json',
      contentHandling: 'CONVERT_TO_BINARY',
    });
    expect(r).toMatchObject({ ok: false, conversion: 'TO_BINARY' });
    expect(r.reason).toContain('500');
  });
});

describe('response payload conversions (second table of the page)', () => {
  const TEXT = text(HELLO_B64);
  const TEXT_AS_BYTES = binary(btoa(HELLO_B64)); // a "binary" payload when binaryMediaTypes is undefined
  const BIN = binary(PNG_BYTES_B64);
  // [payload, payload Content-Type, Accept, binaryMediaTypes, results for undefined / CONVERT_TO_BINARY /
  // CONVERT_TO_TEXT]
  const rows: Array<[string, Payload, string, string, string[], [Expect, Expect, Expect]]> = [
    [
      'Text, text Accept, binaryMediaTypes undefined',
      TEXT,
      'application/json',
      'application/json',
      [],
      ['utf8', 'decoded', 'utf8'],
    ],
    [
      'Binary, text Accept, binaryMediaTypes undefined',
      TEXT_AS_BYTES,
      'image/png',
      'application/json',
      [],
      ['utf8', 'decoded', 'utf8'],
    ],
    [
      'Text, text Accept, set',
      TEXT,
      'application/json',
      'application/json',
      ['image/png'],
      ['utf8', 'decoded', 'utf8'],
    ],
    ['Text, binary Accept, set', TEXT, 'application/json', 'image/png', ['image/png'], ['decoded', 'decoded', 'utf8']],
    ['Binary, text Accept, set', BIN, 'image/png', 'application/json', ['image/png'], ['base64', 'binary', 'base64']],
    ['Binary, binary Accept, set', BIN, 'image/png', 'image/png', ['image/png'], ['binary', 'binary', 'base64']],
  ];
  for (const [name, payload, contentType, accept, binaryMediaTypes, results] of rows) {
    CH.forEach((contentHandling, i) => {
      it(`${name}, contentHandling ${contentHandling ?? 'undefined'} -> ${results[i]}`, () => {
        const r = convertResponsePayload({
          payload,
          contentType,
          accept,
          binaryMediaTypes,
          contentHandling: contentHandling as ContentHandling | undefined,
        });
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.payload).toEqual(expected(results[i]!, payload));
      });
    });
  }
});

describe('binaryMediaTypes matching (DG api-gateway-payload-encodings: wildcards allowed)', () => {
  it.each([
    ['image/png', ['image/png'], true],
    ['image/png', ['image/*'], true],
    ['image/png', ['*/*'], true],
    ['application/json', ['image/*'], false],
    ['application/json', [], false],
    [null, ['*/*'], false],
  ] as const)('%s in %j -> %s', (mime, types, result) => {
    expect(isBinaryMediaType(mime, types)).toBe(result);
  });
});
