// `$input.json('$')` of a payload that is already, character for character, what the writer prints is the payload
// itself, and proving it is one pass over its bytes (json-bytes.ts) with no output to build; a payload written by
// JSON.stringify (compact, shortest numbers) usually is. A pretty-printed one often differs only by its whitespace
// between tokens, which the same pass notes, so the result is its bytes without those runs. The rules are the
// writer's (json-text-rules.ts: json-simple escaping, Double.toString numbers): strings whose every character is
// written as it is or as the very escape the writer uses; numbers canonicalJsonNumber leaves as they are; no repeated
// property name (the tree keeps one entry for it); no nesting past what the streaming writer takes. Anything else
// answers undefined and the caller takes the writer (json-canonical.ts), which rewrites what differs or declines.
import { codesOf, ESCAPED_NON_ASCII } from './json-bytes.ts';
import { skipNumber } from './json-tape.ts';
import { canonicalJsonNumber, mustEscape } from './json-text-rules.ts';
import { TextSplicer } from './text-splicer.ts';

/** Nesting limit, the streaming writer's (json-canonical.ts): deeper payloads are the tree path's. */
export const MAX_CANONICAL_DEPTH = 256;
/** Objects with more properties than this look names up in a Set instead of comparing them pairwise. */
const PAIRWISE_KEYS = 16;

/** The escape letters the writer uses for the character each stands for: `\" \\ \b \f \n \r \t` (and `\/`). */
const SHORT_ESCAPE = new Uint8Array(128);
for (const c of [34, 92, 98, 102, 110, 114, 116]) SHORT_ESCAPE[c] = 1;
/** Characters with a short escape, which the writer never writes as `\uXXXX`. */
const HAS_SHORT_ESCAPE = new Set([34, 92, 8, 12, 10, 13, 9]);

/**
 * What may come next: a value (FIRST_VALUE: or ']' just after '['); a ',' or a closer; a ':'; a property name
 * (FIRST_KEY: or '}' just after '{'). The two name states come last (`expect >= KEY`).
 */
const VALUE = 0;
const FIRST_VALUE = 1;
const AFTER = 2;
const COLON = 3;
const KEY = 4;
const FIRST_KEY = 5;

/** Per open container: 1 for an object, 0 for an array; for objects, where their names start on the name stack. */
const isObject = new Uint8Array(MAX_CANONICAL_DEPTH);
const nameBase = new Int32Array(MAX_CANONICAL_DEPTH);
/** Whitespace runs seen, as [start, end) pairs; grown as needed. */
let wsRuns = new Int32Array(2048);
/** Names of the open objects as [start, end) ranges (without quotes), innermost last; grown as needed. */
let nameStarts = new Int32Array(1024);
let nameEnds = new Int32Array(1024);
/** Per open object with many names: all its names, once pairwise comparison would cost too much. */
const nameSets: Array<Set<string> | null> = new Array(MAX_CANONICAL_DEPTH).fill(null);

/**
 * The offset past the string at b[i] (a '"') when it is valid and every character in it is written as the writer
 * writes it; -1 otherwise.
 */
function canonicalStringEnd(b: Uint8Array, i: number, escapeSlash: boolean): number {
  let j = i + 1;
  for (;;) {
    const c = b[j]!;
    if (c === 34) return j + 1;
    if (c === 92) {
      const e = b[j + 1]!;
      if (e < 128 && SHORT_ESCAPE[e] === 1) j += 2;
      else if (e === 47 && escapeSlash) j += 2;
      else if (e === 117 && canonicalUnicodeEscape(b, j + 2)) j += 6;
      else return -1;
    } else if (c < 32 || c === 0x7f || c === ESCAPED_NON_ASCII || (c === 47 && escapeSlash)) {
      return -1; // a control character (or the 0 past the end), or one the writer escapes
    } else j++;
  }
}

/** Whether b[at..at+4) are the upper-case hex digits of a character the writer writes as `\uXXXX`. */
function canonicalUnicodeEscape(b: Uint8Array, at: number): boolean {
  let code = 0;
  for (let k = at; k < at + 4; k++) {
    const c = b[k]!;
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : -1;
    if (d < 0) return false;
    code = code * 16 + d;
  }
  return mustEscape(code) && !HAS_SHORT_ESCAPE.has(code);
}

/**
 * Whether the property name s[start..end) (raw, between quotes) is new in the object at `depth` (whose names are
 * on the name stack from nameBase[depth] to `top`). In canonical text every character has one spelling, so equal
 * names are equal texts.
 */
function isNewName(s: string, b: Uint8Array, depth: number, top: number, start: number, end: number): boolean {
  const set = nameSets[depth];
  if (set) {
    const name = s.slice(start, end);
    if (set.has(name)) return false;
    set.add(name);
    return true;
  }
  const len = end - start;
  for (let k = nameBase[depth]!; k < top; k++) {
    const a = nameStarts[k]!;
    if (nameEnds[k]! - a !== len) continue;
    let m = 0;
    while (m < len && b[a + m] === b[start + m]) m++;
    // Bytes stand for every character past ASCII alike: equal bytes are then checked on the text.
    if (m === len && s.startsWith(s.slice(a, a + len), start)) return false;
  }
  if (top + 1 - nameBase[depth]! > PAIRWISE_KEYS) {
    const all = new Set<string>();
    for (let k = nameBase[depth]!; k < top; k++) all.add(s.slice(nameStarts[k], nameEnds[k]));
    all.add(s.slice(start, end));
    nameSets[depth] = all;
  }
  return true;
}

/**
 * What the JSON writer (toJsonText, with this slash style) makes of the JSON text `s`, when that is `s` itself or `s`
 * without its whitespace between tokens (a pretty-printed payload); otherwise undefined (the caller takes the writer).
 * `b` is s as codesOf gives it (a caller that has it already passes it on).
 */
export function canonicalJsonText(s: string, escapeSlash = false, b = codesOf(s)): string | undefined {
  const n = s.length;
  let i = 0;
  let depth = 0;
  let top = 0; // names in use on the name stack
  let runs = 0; // whitespace runs recorded in wsRuns
  let expect = VALUE;
  try {
    for (;;) {
      let c = b[i]!;
      if (c <= 32 && c !== 0) {
        // Whitespace between tokens: left out of the result (any other control character is invalid here).
        if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return undefined;
        const from = i;
        do c = b[++i]!;
        while (c === 32 || c === 10 || c === 13 || c === 9);
        if (runs * 2 === wsRuns.length) wsRuns = grown(wsRuns);
        wsRuns[runs * 2] = from;
        wsRuns[runs++ * 2 + 1] = i;
      }
      if (expect === AFTER) {
        if (depth === 0) {
          if (i !== n) return undefined;
          break;
        }
        const object = isObject[depth - 1] === 1;
        if (c === 44) {
          i++;
          expect = object ? KEY : VALUE;
        } else if (c === (object ? 125 : 93)) {
          i++;
          depth--;
          if (object) top = nameBase[depth]!;
        } else return undefined;
      } else if (expect === COLON) {
        if (c !== 58) return undefined;
        i++;
        expect = VALUE;
      } else if (expect >= KEY) {
        if (c === 125 && expect === FIRST_KEY) {
          i++;
          depth--;
          expect = AFTER;
          continue;
        }
        if (c !== 34) return undefined;
        const end = canonicalStringEnd(b, i, escapeSlash);
        if (end < 0 || !isNewName(s, b, depth - 1, top, i + 1, end - 1)) return undefined;
        if (top === nameStarts.length) growNames();
        nameStarts[top] = i + 1;
        nameEnds[top++] = end - 1;
        // The ':' straight after the name is the compact case.
        if (b[end] === 58) {
          i = end + 1;
          expect = VALUE;
        } else {
          i = end;
          expect = COLON;
        }
      } else if (c === 93 && expect === FIRST_VALUE) {
        i++;
        depth--;
        expect = AFTER;
      } else if (c === 34) {
        i = canonicalStringEnd(b, i, escapeSlash);
        if (i < 0) return undefined;
        expect = AFTER;
      } else if (c === 123 || c === 91) {
        if (depth === MAX_CANONICAL_DEPTH) return undefined;
        isObject[depth] = c === 123 ? 1 : 0;
        nameBase[depth] = top;
        nameSets[depth++] = null;
        i++;
        expect = c === 123 ? FIRST_KEY : FIRST_VALUE;
      } else if (c === 45 || (c >= 48 && c <= 57)) {
        const end = skipNumber(b, i);
        if (end < 0 || canonicalJsonNumber(s, i, end, b) !== null) return undefined;
        i = end;
        expect = AFTER;
      } else if (c === 116 && b[i + 1] === 114 && b[i + 2] === 117 && b[i + 3] === 101) {
        i += 4;
        expect = AFTER;
      } else if (c === 102 && b[i + 1] === 97 && b[i + 2] === 108 && b[i + 3] === 115 && b[i + 4] === 101) {
        i += 5;
        expect = AFTER;
      } else if (c === 110 && b[i + 1] === 117 && b[i + 2] === 108 && b[i + 3] === 108) {
        i += 4;
        expect = AFTER;
      } else return undefined;
    }
  } finally {
    nameSets.fill(null); // let go of the names
  }
  return runs === 0 ? s : (asciiWithoutRuns(b, n, runs) ?? withoutRuns(s, runs));
}

const ascii = new TextDecoder();

/**
 * The text of b[0..n) without the whitespace runs, when it is all ASCII (bytes copied, then decoded natively: about
 * twice as fast as the splicer on a pretty-printed 1.9 MB payload, measured); undefined when it is not.
 */
function asciiWithoutRuns(b: Uint8Array, n: number, runs: number): string | undefined {
  let size = n;
  for (let r = 0; r < runs; r++) size -= wsRuns[r * 2 + 1]! - wsRuns[r * 2]!;
  const out = new Uint8Array(size);
  let w = 0;
  let from = 0;
  for (let r = 0; r <= runs; r++) {
    const to = r < runs ? wsRuns[r * 2]! : n;
    for (let k = from; k < to; k++) {
      const c = b[k]!;
      if (c >= 0x80) return undefined; // the byte stands for a character past ASCII
      out[w++] = c;
    }
    from = wsRuns[r * 2 + 1]!;
  }
  return ascii.decode(out);
}

/** The text without the whitespace runs, whatever its characters. */
function withoutRuns(s: string, runs: number): string {
  const out = new TextSplicer(s);
  out.start(0);
  for (let r = 0; r < runs; r++) out.replace(wsRuns[r * 2]!, wsRuns[r * 2 + 1]!, '');
  return out.finish(s.length);
}

function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(a.length * 2);
  bigger.set(a);
  return bigger;
}

function growNames(): void {
  nameStarts = grown(nameStarts);
  nameEnds = grown(nameEnds);
}
