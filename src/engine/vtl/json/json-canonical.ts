// `$input.json(path)` for a definite path, straight from the payload text: one pass that validates the JSON and
// re-emits the value at the path in the form toJsonText(parse(...)) would write (compact, json-simple escaping,
// Double.toString numbers), without building the tree. Text that is already in that form is copied in slices (a
// compact payload from JSON.stringify comes back as the same string), and only what differs (whitespace, escapes,
// non-canonical numbers) is rewritten, through the same rules as the tree path (json-text-rules.ts).
// Anything unusual gives up (returns undefined) and the caller takes the tree path, which then decides everything,
// errors included: invalid JSON (also text json-smart reads as a plain string), a duplicated key (the later value
// wins, in the place of the first), a negative index, very deep nesting.
import { codesOf } from './json-bytes.ts';
import { canonicalJsonText, MAX_CANONICAL_DEPTH } from './json-canonical-check.ts';
import { JsonSyntaxError, Parser } from './json-parse.ts';
import { canonicalJsonNumber, mustEscape, quoteJsonString } from './json-text-rules.ts';
import { TextSplicer } from './text-splicer.ts';

/** A path segment: a property name or an array index (as compileJsonPath makes them). */
export type PathSegment = string | number;

/** Nesting past this gives up: the tree path owns the serializer's depth limit and its error. */
const MAX_STREAM_DEPTH = MAX_CANONICAL_DEPTH;
/** Objects with more properties than this check duplicates with a Set instead of comparing names pairwise. */
const PAIRWISE_KEYS = 16;

class GiveUp {}
const GIVE_UP = new GiveUp();

/** The length of the literal `true`, `false` or `null` at s[i] (whose code is c); gives up on anything else. */
function literalLength(s: string, i: number, c: number): number {
  if (c === 116 && s.charCodeAt(i + 1) === 114 && s.charCodeAt(i + 2) === 117 && s.charCodeAt(i + 3) === 101) return 4;
  if (c === 110 && s.charCodeAt(i + 1) === 117 && s.charCodeAt(i + 2) === 108 && s.charCodeAt(i + 3) === 108) return 4;
  if (c === 102 && s.startsWith('alse', i + 1)) return 5;
  throw GIVE_UP;
}

class CanonicalWriter extends Parser {
  /** The output: the text of the value asked for, with what is not canonical in it rewritten. */
  readonly out: TextSplicer;
  result = '';
  /** Whether the value being read is (inside) the one asked for. */
  emitting = false;
  found = false;
  depth = 0;
  /** Start and end (exclusive, without quotes) of the property names of the objects being read, innermost last. */
  private readonly keyStarts: number[] = [];
  private readonly keyEnds: number[] = [];
  /** How many entries of keyStarts/keyEnds are in use (the arrays are reused, never shrunk). */
  private keyTop = 0;
  /** The text of the last string read that had escape sequences. */
  decoded = '';
  /** Codes of the number literal being checked, when the caller has none of the whole text (see literalCodes). */
  private literal = new Uint8Array(32);

  constructor(
    s: string,
    /** s as codesOf gives it, when the caller has it (numbers are read from codes). */
    readonly codes: Uint8Array | null,
    readonly path: readonly PathSegment[],
    readonly escapeSlash: boolean,
  ) {
    super(s);
    this.out = new TextSplicer(s);
  }

  /** The codes of s[from..to) from index 0 of a buffer kept for the next literal. */
  literalCodes(from: number, to: number): Uint8Array {
    if (this.literal.length < to - from) this.literal = new Uint8Array(2 * (to - from));
    const codes = this.literal;
    for (let k = from; k < to; k++) codes[k - from] = this.s.charCodeAt(k);
    return codes;
  }

  /** Replaces s[from..to) in the output with `text`. */
  replace(from: number, to: number, text: string): void {
    if (this.emitting) this.out.replace(from, to, text);
  }

  skipWs(): void {
    const c = this.s.charCodeAt(this.i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return; // compact text: nothing to drop
    const from = this.i;
    this.ws();
    if (this.i !== from) this.replace(from, this.i, '');
  }

  /** Reads one value; `at` is how many path segments lead to it, or -1 when it is off the path. */
  emitValue(at: number): void {
    this.skipWs();
    const target = at === this.path.length;
    if (target) {
      this.emitting = true;
      this.out.start(this.i);
    }
    const s = this.s;
    const c = s.charCodeAt(this.i);
    if (c === 123) this.emitObject(at);
    else if (c === 91) this.emitArray(at);
    else if (c === 34) this.emitString();
    else if (c === 45 || (c >= 48 && c <= 57)) this.emitNumber();
    else this.i += literalLength(s, this.i, c);
    if (target) {
      this.result = this.out.finish(this.i);
      this.emitting = false;
      this.found = true;
    }
  }

  emitNumber(): void {
    const start = this.i;
    this.scanNumber();
    if (!this.emitting) return;
    const printed = this.codes
      ? canonicalJsonNumber(this.s, start, this.i, this.codes)
      : canonicalJsonNumber(this.s, start, this.i, this.literalCodes(start, this.i), 0);
    if (printed !== null) this.replace(start, this.i, printed);
  }

  /**
   * Reads a string; returns true when it has no escape sequence (its text is then s[start+1..i-1) as it is),
   * otherwise leaves its decoded text in `decoded`.
   */
  emitString(): boolean {
    const s = this.s;
    const start = this.i;
    const esc = this.escapeSlash;
    let j = start + 1;
    for (; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (c === 34) {
        this.i = j + 1;
        return true;
      }
      if (c < 0x7f ? c < 0x20 || c === 92 || (c === 47 && esc) : mustEscape(c)) break;
    }
    // Escapes to decode, or characters the writer escapes (or an error, which the parser reports).
    const decoded = this.string();
    if (this.emitting) this.out.replace(start, this.i, quoteJsonString(decoded, esc));
    this.decoded = decoded;
    while (j < this.i && s.charCodeAt(j) !== 92) j++;
    return j === this.i;
  }

  emitObject(at: number): void {
    if (++this.depth > MAX_STREAM_DEPTH) throw GIVE_UP;
    const s = this.s;
    const onPath = at >= 0 && at < this.path.length;
    const want = onPath ? this.path[at] : undefined;
    const base = this.keyTop;
    let names: Set<string> | null = null;
    this.i++;
    this.skipWs();
    if (s.charCodeAt(this.i) === 125) {
      this.i++;
      this.depth--;
      return;
    }
    for (;;) {
      this.skipWs();
      if (s.charCodeAt(this.i) !== 34) throw GIVE_UP;
      const keyStart = this.i + 1;
      const plain = this.emitString();
      const keyEnd = this.i - 1;
      let match: boolean;
      if (plain && names === null) {
        // Few plain names so far: compared in place, without making strings of them.
        names = this.checkUnique(base, keyStart, keyEnd);
        match = typeof want === 'string' && keyEnd - keyStart === want.length && s.startsWith(want, keyStart);
      } else {
        const name = plain ? s.slice(keyStart, keyEnd) : this.decoded;
        names ??= this.namesSoFar(base);
        if (names.has(name)) throw GIVE_UP;
        names.add(name);
        match = name === want;
      }
      this.skipWs();
      if (s.charCodeAt(this.i) !== 58) throw GIVE_UP;
      this.i++;
      this.emitValue(match ? at + 1 : -1);
      this.skipWs();
      const c = s.charCodeAt(this.i++);
      if (c === 44) continue;
      if (c !== 125) throw GIVE_UP;
      this.keyTop = base;
      this.depth--;
      return;
    }
  }

  /**
   * Gives up on a duplicated property name (Map semantics are the tree path's) among the names of this object kept
   * as ranges from `base`; adds the name, and returns a Set of all of them once there are too many to compare pairwise.
   */
  private checkUnique(base: number, start: number, end: number): Set<string> | null {
    const s = this.s;
    const starts = this.keyStarts;
    const ends = this.keyEnds;
    const len = end - start;
    const top = this.keyTop;
    for (let k = base; k < top; k++) {
      const a = starts[k]!;
      if (ends[k]! - a !== len) continue;
      let same = true;
      for (let m = 0; m < len; m++) {
        if (s.charCodeAt(a + m) !== s.charCodeAt(start + m)) {
          same = false;
          break;
        }
      }
      if (same) throw GIVE_UP;
    }
    starts[top] = start;
    ends[top] = end;
    this.keyTop = top + 1;
    return top + 1 - base <= PAIRWISE_KEYS ? null : this.namesSoFar(base);
  }

  /** The names of this object kept as ranges from `base`, as a Set. */
  private namesSoFar(base: number): Set<string> {
    const set = new Set<string>();
    for (let k = base; k < this.keyTop; k++) set.add(this.s.slice(this.keyStarts[k], this.keyEnds[k]));
    return set;
  }

  emitArray(at: number): void {
    if (++this.depth > MAX_STREAM_DEPTH) throw GIVE_UP;
    const s = this.s;
    const onPath = at >= 0 && at < this.path.length;
    const want = onPath ? this.path[at] : undefined;
    this.i++;
    this.skipWs();
    if (s.charCodeAt(this.i) === 93) {
      this.i++;
      this.depth--;
      return;
    }
    for (let index = 0; ; index++) {
      this.emitValue(want === index ? at + 1 : -1);
      this.skipWs();
      const c = s.charCodeAt(this.i++);
      if (c === 44) continue;
      if (c !== 93) throw GIVE_UP;
      this.depth--;
      return;
    }
  }
}

/**
 * The JSON text of the value at a definite path of a JSON document ('' when the path finds nothing), exactly as
 * toJsonText(evaluateJsonPath(parsePayload(text), path)) writes it; undefined when the caller must take that path.
 */
export function canonicalJsonAt(text: string, path: readonly PathSegment[], escapeSlash = false): string | undefined {
  for (const seg of path) if (typeof seg === 'number' && seg < 0) return undefined;
  let codes: Uint8Array | null = null;
  if (path.length === 0) {
    // The whole payload, already in the printed form but perhaps for whitespace: proven without the writer.
    codes = codesOf(text);
    const whole = canonicalJsonText(text, escapeSlash, codes);
    if (whole !== undefined) return whole;
  }
  // A definite path emits a part of the payload: its numbers are read one by one, not the whole text as codes.
  const w = new CanonicalWriter(text, codes, path, escapeSlash);
  try {
    w.emitValue(0);
    w.ws();
  } catch (e) {
    if (e === GIVE_UP || e instanceof JsonSyntaxError) return undefined;
    throw e;
  }
  if (w.i < text.length) return undefined;
  return w.found ? w.result : '';
}
