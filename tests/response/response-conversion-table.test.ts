// The response conversion table of
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings-workflow.html
// (docs/apigw-behaviour.md#content-handling), cell by cell: integration response payload | Accept | binaryMediaTypes |
// contentHandling -> method response payload. The engine reuses src/engine/request/content-conversion.ts's
// convertResponsePayload.
import { describe, expect, it } from 'vitest';
import type { ContentHandling } from '../../src/model/types.ts';
import { convertResponsePayload } from '../../src/engine/request/content-conversion.ts';
import { bytesToBase64, utf8Text } from '../../src/engine/request/payload-bytes.ts';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]);
/** A text payload that is valid base64 of "hello", so that text -> binary can decode it. */
const TEXT = { payload: { body: 'aGVsbG8=', isBase64Encoded: false }, contentType: 'application/json' };
const BINARY = { payload: { body: bytesToBase64(PNG), isBase64Encoded: true }, contentType: 'image/png' };

// What each result kind of the table means for our payload representation.
const utf8String = (p: typeof TEXT | typeof BINARY) => ({
  body: p === TEXT ? 'aGVsbG8=' : utf8Text(PNG),
  isBase64Encoded: false,
});
const decodedBlob = { body: 'aGVsbG8=', isBase64Encoded: true }; // the bytes of "hello"
const base64String = { body: bytesToBase64(PNG), isBase64Encoded: false };
const binary = { body: bytesToBase64(PNG), isBase64Encoded: true };

const TEXT_ACCEPT = 'application/json';
const BINARY_ACCEPT = 'image/png';
const SET = ['image/png'];

type Row = [
  string,
  typeof TEXT | typeof BINARY,
  string,
  string[] | undefined,
  ContentHandling | undefined,
  { body: string; isBase64Encoded: boolean },
];

const rows: Row[] = [
  ['Text | text | undefined | undefined -> UTF-8 string', TEXT, TEXT_ACCEPT, undefined, undefined, utf8String(TEXT)],
  [
    'Binary | text | undefined | undefined -> UTF-8 string',
    BINARY,
    TEXT_ACCEPT,
    undefined,
    undefined,
    utf8String(BINARY),
  ],
  [
    'Text | text | undefined | CONVERT_TO_BINARY -> base64-decoded blob',
    TEXT,
    TEXT_ACCEPT,
    undefined,
    'CONVERT_TO_BINARY',
    decodedBlob,
  ],
  [
    'Text | text | undefined | CONVERT_TO_TEXT -> UTF-8 string',
    TEXT,
    TEXT_ACCEPT,
    undefined,
    'CONVERT_TO_TEXT',
    utf8String(TEXT),
  ],
  [
    'Binary | text | undefined | CONVERT_TO_TEXT -> UTF-8 string',
    BINARY,
    TEXT_ACCEPT,
    undefined,
    'CONVERT_TO_TEXT',
    utf8String(BINARY),
  ],
  ['Text | text | set | undefined -> text', TEXT, TEXT_ACCEPT, SET, undefined, utf8String(TEXT)],
  [
    'Text | text | set | CONVERT_TO_BINARY -> base64-decoded blob',
    TEXT,
    TEXT_ACCEPT,
    SET,
    'CONVERT_TO_BINARY',
    decodedBlob,
  ],
  ['Text | text | set | CONVERT_TO_TEXT -> UTF-8 string', TEXT, TEXT_ACCEPT, SET, 'CONVERT_TO_TEXT', utf8String(TEXT)],
  ['Text | binary | set | undefined -> base64-decoded blob', TEXT, BINARY_ACCEPT, SET, undefined, decodedBlob],
  [
    'Text | binary | set | CONVERT_TO_BINARY -> base64-decoded blob',
    TEXT,
    BINARY_ACCEPT,
    SET,
    'CONVERT_TO_BINARY',
    decodedBlob,
  ],
  [
    'Text | binary | set | CONVERT_TO_TEXT -> UTF-8 string',
    TEXT,
    BINARY_ACCEPT,
    SET,
    'CONVERT_TO_TEXT',
    utf8String(TEXT),
  ],
  ['Binary | text | set | undefined -> base64-encoded string', BINARY, TEXT_ACCEPT, SET, undefined, base64String],
  ['Binary | text | set | CONVERT_TO_BINARY -> binary', BINARY, TEXT_ACCEPT, SET, 'CONVERT_TO_BINARY', binary],
  [
    'Binary | text | set | CONVERT_TO_TEXT -> base64-encoded string',
    BINARY,
    TEXT_ACCEPT,
    SET,
    'CONVERT_TO_TEXT',
    base64String,
  ],
  ['Binary | binary | set | undefined -> binary', BINARY, BINARY_ACCEPT, SET, undefined, binary],
  ['Binary | binary | set | CONVERT_TO_BINARY -> binary', BINARY, BINARY_ACCEPT, SET, 'CONVERT_TO_BINARY', binary],
  [
    'Binary | binary | set | CONVERT_TO_TEXT -> base64-encoded string',
    BINARY,
    BINARY_ACCEPT,
    SET,
    'CONVERT_TO_TEXT',
    base64String,
  ],
];

describe('response conversion table (DG api-gateway-payload-encodings-workflow)', () => {
  it.each(rows)('%s', (_name, input, accept, binaryMediaTypes, contentHandling, expected) => {
    const result = convertResponsePayload({
      payload: input.payload,
      contentType: input.contentType,
      accept,
      binaryMediaTypes,
      contentHandling,
    });
    expect(result.ok && result.payload).toEqual(expected);
  });

  it('DG: text -> binary of text that is not base64 fails (API configuration error, 500)', () => {
    const result = convertResponsePayload({
      payload: { body: 'not base64!', isBase64Encoded: false },
      contentType: 'application/json',
      accept: TEXT_ACCEPT,
      binaryMediaTypes: undefined,
      contentHandling: 'CONVERT_TO_BINARY',
    });
    expect(result.ok).toBe(false);
  });
});
