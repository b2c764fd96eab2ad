// One pass over a JSON text that validates it (RFC 8259, strictly) and records where each value starts, without
// building anything: a "tape" (as simdjson calls it) of two numbers per value — its offset in the text and, for an
// object or array, the tape index just past its last descendant, so a reader can step over a whole subtree at once.
// lazy-tree.ts builds template values from it only where a template looks (`$input.path('$.a')` of a 1 MB body
// touches a few values, not all of them). The text is read as bytes (json-bytes.ts) in one loop, no recursion (deep nesting
// cannot overflow the stack; MAX_TAPE_DEPTH bounds it).
// Anything it does not accept returns null; the caller then uses the full parser (json-parse.ts), which gives the
// exact error with its line and column, or json-smart's reading of text that is not JSON.

import { codesOf } from './json-bytes.ts';
import { MAX_JSON_DEPTH } from './json-parse.ts';

/** Nesting past json-smart's limit is left to the full parser, which reports it. */
export const MAX_TAPE_DEPTH = MAX_JSON_DEPTH;

export interface JsonTape {
  text: string;
  /** Per value v (at index 2v): [offset of its first character, tape index past its subtree]. Keys are values too. */
  entries: Int32Array;
  /** Number of values on the tape. */
  count: number;
}

/** Bits of each character class, by code (the scan reads bytes: see codesOf). */
const WS = 1;
const DIGIT = 2;
const HEX = 4;
const CLASS = new Uint8Array(256);
for (const c of [32, 9, 10, 13]) CLASS[c] = WS;
for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT | HEX;
for (let c = 65; c <= 70; c++) CLASS[c] = HEX;
for (let c = 97; c <= 102; c++) CLASS[c] = HEX;

/** What may come next: a value, a ',' or closer after a value, a key or '}' just after '{', a key after ','. */
const VALUE = 0;
const AFTER = 1;
const FIRST_KEY = 2;
const KEY = 3;

/** Open containers' tape indices and kinds (1 object, 0 array); the scan is synchronous, so one set serves all. */
const open = new Int32Array(MAX_TAPE_DEPTH);
const isObject = new Uint8Array(MAX_TAPE_DEPTH);

/** Scans `text`; null when it is not one strict JSON value (or nests deeper than MAX_TAPE_DEPTH). */
export function scanJsonTape(text: string): JsonTape | null {
  const n = text.length;
  const b = codesOf(text);
  // Room for one value per 4 characters in one allocation: compact payloads of small records have one per 6-7 (the
  // bench's 1 MB body: 156,000 values), past what one per 8 allowed, and growing copies megabytes the collector
  // then pays for (the $input.path row: 10.4 vs 11.2 and 8.0 vs 8.8 ms CPU in the same runs).
  let entries: Int32Array<ArrayBuffer> = new Int32Array(Math.max(64, (n >> 1) + 16));
  let count = 0;
  let depth = 0;
  let i = 0;
  let c = 0;
  let expect = VALUE;

  for (;;) {
    c = b[i]!;
    while (CLASS[c] === WS) c = b[++i]!;
    if (i >= n) break;
    if (expect === AFTER) {
      if (c === 44) {
        // ',': in an object a key follows, in an array a value.
        if (depth === 0) return null;
        i++;
        expect = isObject[depth - 1] ? KEY : VALUE;
        continue;
      }
      if (c === 125 || c === 93) {
        if (depth === 0 || isObject[depth - 1] !== (c === 125 ? 1 : 0)) return null;
        depth--;
        entries[open[depth]! * 2 + 1] = count;
        i++;
        continue;
      }
      return null;
    }
    if (expect === FIRST_KEY && c === 125) {
      // '{}'
      depth--;
      entries[open[depth]! * 2 + 1] = count;
      i++;
      expect = AFTER;
      continue;
    }
    if (expect === VALUE && c === 93 && depth > 0 && !isObject[depth - 1] && open[depth - 1]! + 1 === count) {
      // '[]': only right after '['
      depth--;
      entries[open[depth]! * 2 + 1] = count;
      i++;
      expect = AFTER;
      continue;
    }
    if (count * 2 + 2 > entries.length) entries = grow(entries);
    if (expect !== VALUE) {
      // A key, then ':'.
      if (c !== 34) return null;
      entries[count * 2] = i;
      entries[count * 2 + 1] = ++count;
      i = skipString(b, i);
      if (i < 0) return null;
      c = b[i]!;
      while (CLASS[c] === WS) c = b[++i]!;
      if (c !== 58) return null;
      i++;
      expect = VALUE;
      continue;
    }
    // A value.
    if (depth === 0 && count > 0) return null; // a second top-level value
    const v = count++;
    entries[v * 2] = i;
    entries[v * 2 + 1] = count;
    expect = AFTER;
    if (c === 34) i = skipString(b, i);
    else if (c === 45 || (CLASS[c]! & DIGIT) !== 0) i = skipNumber(b, i);
    else if (c === 123 || c === 91) {
      if (depth === MAX_TAPE_DEPTH) return null;
      entries[v * 2 + 1] = -1; // open: set when it closes
      isObject[depth] = c === 123 ? 1 : 0;
      open[depth++] = v;
      i++;
      expect = c === 123 ? FIRST_KEY : VALUE;
    } else if (c === 116 && b[i + 1] === 114 && b[i + 2] === 117 && b[i + 3] === 101) i += 4;
    else if (c === 102 && b[i + 1] === 97 && b[i + 2] === 108 && b[i + 3] === 115 && b[i + 4] === 101) i += 5;
    else if (c === 110 && b[i + 1] === 117 && b[i + 2] === 108 && b[i + 3] === 108) i += 4;
    else return null;
    if (i < 0) return null;
  }
  if (depth !== 0 || count === 0 || expect !== AFTER) return null;
  return { text, entries, count };
}

/** The offset past the string starting at b[i] (a '"'), or -1 when it is not a valid JSON string. */
function skipString(b: Uint8Array, i: number): number {
  let j = i + 1;
  for (;;) {
    const c = b[j]!;
    if (c === 34) return j + 1;
    if (c === 92) {
      const e = b[j + 1]!;
      if (e === 117) {
        if (!(CLASS[b[j + 2]!]! & CLASS[b[j + 3]!]! & CLASS[b[j + 4]!]! & CLASS[b[j + 5]!]! & HEX)) return -1;
        j += 6;
      } else if (e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) {
        j += 2;
      } else return -1;
      continue;
    }
    if (c < 32) return -1; // a control character, or the 0 after the text: unterminated
    j++;
  }
}

function grow(entries: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(entries.length * 2);
  grown.set(entries);
  return grown;
}

/** The offset past the number starting at b[i], or -1 when it is not a valid JSON number. */
export function skipNumber(b: Uint8Array, i: number): number {
  let j = i;
  let c = b[j]!;
  if (c === 45) c = b[++j]!;
  if (c === 48) c = b[++j]!;
  else if (c >= 49 && c <= 57) while (c >= 48 && c <= 57) c = b[++j]!;
  else return -1;
  if (c === 46) {
    const d = ++j;
    c = b[j]!;
    while (c >= 48 && c <= 57) c = b[++j]!;
    if (j === d) return -1;
  }
  if (c === 101 || c === 69) {
    c = b[++j]!;
    if (c === 43 || c === 45) c = b[++j]!;
    const d = j;
    while (c >= 48 && c <= 57) c = b[++j]!;
    if (j === d) return -1;
  }
  return j;
}
