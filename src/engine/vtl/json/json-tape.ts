// One pass over a JSON text that validates it (RFC 8259, strictly) and records where each value starts, without
// building anything: a "tape" (as simdjson calls it) of two numbers per value — its offset in the text and, for an
// object or array, the tape index just past its last descendant, so a reader can step over a whole subtree at once.
// lazy-tree.ts builds template values from it only where a template looks (`$input.path('$.a')` of a 1 MB body
// touches a few values, not all of them). The text is read with charCodeAt in one loop, no recursion (deep nesting
// cannot overflow the stack; MAX_TAPE_DEPTH bounds it).
// Anything it does not accept returns null; the caller then uses the full parser (json-parse.ts), which gives the
// exact error with its line and column, or json-smart's reading of text that is not JSON.

/** Nesting past this is left to the full parser (and its limits). */
export const MAX_TAPE_DEPTH = 512;

export interface JsonTape {
  text: string;
  /** Per value v (at index 2v): [offset of its first character, tape index past its subtree]. Keys are values too. */
  entries: Int32Array;
  /** Number of values on the tape. */
  count: number;
}

/** Bits of each character class, by char code (ASCII). */
const WS = 1;
const DIGIT = 2;
const CLASS = new Uint8Array(128);
for (const c of [32, 9, 10, 13]) CLASS[c] = WS;
for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT;

const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/** Scans `text`; null when it is not one strict JSON value (or nests deeper than MAX_TAPE_DEPTH). */
export function scanJsonTape(text: string): JsonTape | null {
  const s = text;
  const n = s.length;
  let entries: Int32Array<ArrayBuffer> = new Int32Array(Math.max(64, (n >> 3) * 2));
  let count = 0;
  /** Tape indices of the open containers, and whether each is an object (1) or an array (0). */
  const open = new Int32Array(MAX_TAPE_DEPTH);
  const isObject = new Uint8Array(MAX_TAPE_DEPTH);
  let depth = 0;
  let i = 0;
  let c = 0;
  /** What may come next: 0 a value, 1 after a value (',' or a closer), 2 a key or '}' (just after '{'). */
  let expect = 0;

  for (;;) {
    // Whitespace.
    c = s.charCodeAt(i);
    while (c < 128 && CLASS[c] === WS) c = s.charCodeAt(++i);
    if (i >= n) break;
    if (expect === 1) {
      if (c === 44) {
        // ',': in an object a key follows, in an array a value.
        if (depth === 0) return null;
        i++;
        expect = isObject[depth - 1] ? 3 : 0;
        continue;
      }
      if (c === 125 || c === 93) {
        if (depth === 0 || isObject[depth - 1] !== (c === 125 ? 1 : 0)) return null;
        depth--;
        entries[open[depth]! * 2 + 1] = count;
        i++;
        expect = 1;
        continue;
      }
      return null;
    }
    if (expect === 2 && c === 125) {
      // '{}'
      depth--;
      entries[open[depth]! * 2 + 1] = count;
      i++;
      expect = 1;
      continue;
    }
    if (expect === 0 && c === 93 && depth > 0 && !isObject[depth - 1] && entries[open[depth - 1]! * 2 + 1] === -1) {
      // '[]': only right after '['
      if (open[depth - 1]! + 1 !== count) return null;
      depth--;
      entries[open[depth]! * 2 + 1] = count;
      i++;
      expect = 1;
      continue;
    }
    if (expect === 2 || expect === 3) {
      // A key, then ':'.
      if (c !== 34) return null;
      if (count * 2 + 2 > entries.length) entries = grow(entries);
      entries[count * 2] = i;
      entries[count * 2 + 1] = ++count;
      i = skipString(s, i);
      if (i < 0) return null;
      c = s.charCodeAt(i);
      while (c < 128 && CLASS[c] === WS) c = s.charCodeAt(++i);
      if (c !== 58) return null;
      i++;
      expect = 0;
      continue;
    }
    // A value.
    if (depth === 0 && count > 0) return null; // a second top-level value
    if (count * 2 + 2 > entries.length) entries = grow(entries);
    const v = count++;
    entries[v * 2] = i;
    entries[v * 2 + 1] = count;
    if (c === 123 || c === 91) {
      if (depth === MAX_TAPE_DEPTH) return null;
      entries[v * 2 + 1] = -1; // open: set when it closes
      isObject[depth] = c === 123 ? 1 : 0;
      open[depth++] = v;
      i++;
      expect = c === 123 ? 2 : 0;
      continue;
    }
    if (c === 34) {
      i = skipString(s, i);
      if (i < 0) return null;
    } else if (c === 45 || (c < 128 && CLASS[c] === DIGIT)) {
      i = skipNumber(s, i);
      if (i < 0) return null;
    } else if (c === 116 && s.startsWith('true', i)) i += 4;
    else if (c === 102 && s.startsWith('false', i)) i += 5;
    else if (c === 110 && s.startsWith('null', i)) i += 4;
    else return null;
    expect = 1;
  }
  if (depth !== 0 || count === 0 || expect !== 1) return null;
  return { text, entries, count };
}

/** The offset past the string starting at s[i] (a '"'), or -1 when it is not a valid JSON string. */
function skipString(s: string, i: number): number {
  const n = s.length;
  let j = i + 1;
  for (;;) {
    if (j >= n) return -1;
    const c = s.charCodeAt(j);
    if (c === 34) return j + 1;
    if (c < 32) return -1;
    if (c === 92) {
      const e = s.charCodeAt(j + 1);
      if (e === 117) {
        if (!(isHex(s.charCodeAt(j + 2)) && isHex(s.charCodeAt(j + 3)))) return -1;
        if (!(isHex(s.charCodeAt(j + 4)) && isHex(s.charCodeAt(j + 5)))) return -1;
        j += 6;
      } else if (e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) {
        j += 2;
      } else return -1;
      continue;
    }
    j++;
  }
}

function grow(entries: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(entries.length * 2);
  grown.set(entries);
  return grown;
}

/** The offset past the number starting at s[i], or -1 when it is not a valid JSON number. */
function skipNumber(s: string, i: number): number {
  let j = i;
  let c = s.charCodeAt(j);
  if (c === 45) c = s.charCodeAt(++j);
  if (c === 48) c = s.charCodeAt(++j);
  else if (c >= 49 && c <= 57) while (c >= 48 && c <= 57) c = s.charCodeAt(++j);
  else return -1;
  if (c === 46) {
    const d = ++j;
    c = s.charCodeAt(j);
    while (c >= 48 && c <= 57) c = s.charCodeAt(++j);
    if (j === d) return -1;
  }
  if (c === 101 || c === 69) {
    c = s.charCodeAt(++j);
    if (c === 43 || c === 45) c = s.charCodeAt(++j);
    const d = j;
    while (c >= 48 && c <= 57) c = s.charCodeAt(++j);
    if (j === d) return -1;
  }
  return j;
}
