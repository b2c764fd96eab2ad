// Builds a copy of a range of a source text with some ranges replaced, as cheaply as the edits allow: while they are
// few, the output is slices of the source joined by V8's string ropes (a range with no edit comes back as the very
// same string, no copy at all); once they are dense (pretty-printed JSON has whitespace between every two tokens),
// it switches to copying character codes into a buffer, as hundreds of thousands of tiny slices cost more.

/** Edits after which the density is checked, and the density (source characters per edit) that switches. */
const MIN_EDITS_FOR_BUFFER = 2048;
const CHARS_PER_EDIT_FOR_BUFFER = 64;
/** Character codes per String.fromCharCode call (well below any engine's argument limit). */
const DECODE_CHUNK = 8192;

/** Buffers up to this many codes are kept for the next call (4 MB): allocating and zeroing one per call costs. */
const KEEP_BUFFER = 2 * 1024 * 1024;
let spare: Uint16Array | null = null;

const utf16 = makeUtf16Decoder();

function makeUtf16Decoder(): TextDecoder | null {
  try {
    return new TextDecoder('utf-16le', { fatal: true });
  } catch {
    return null; // an engine without UTF-16 decoding
  }
}

export class TextSplicer {
  private out = '';
  /** Start of the pending run of source text copied as it is. */
  private run = 0;
  private edits = 0;
  private buf: Uint16Array | null = null;
  private n = 0;

  constructor(private readonly s: string) {}

  /** Starts the output at s[at] (dropping anything written before). */
  start(at: number): void {
    this.out = '';
    this.buf = null;
    this.n = 0;
    this.edits = 0;
    this.run = at;
  }

  /** Replaces s[from..to) with `text`; `from` is at or after the end of the previous edit. */
  replace(from: number, to: number, text: string): void {
    if (this.buf) {
      this.copy(this.run, from);
      this.ensure(text.length);
      const buf = this.buf;
      for (let k = 0; k < text.length; k++) buf[this.n++] = text.charCodeAt(k);
    } else {
      this.out += text === '' ? this.s.slice(this.run, from) : this.s.slice(this.run, from) + text;
      if (++this.edits >= MIN_EDITS_FOR_BUFFER && this.edits * CHARS_PER_EDIT_FOR_BUFFER > to) this.toBuffer();
    }
    this.run = to;
  }

  /** The output, ending at s[end]. */
  finish(end: number): string {
    if (!this.buf) return this.out + this.s.slice(this.run, end);
    this.copy(this.run, end);
    const buf = this.buf;
    const text = decode(buf, this.n);
    if (buf.length <= KEEP_BUFFER && (!spare || spare.length < buf.length)) spare = buf;
    this.buf = null;
    return text;
  }

  private copy(from: number, to: number): void {
    this.ensure(to - from);
    const s = this.s;
    const buf = this.buf!;
    let n = this.n;
    for (let k = from; k < to; k++) buf[n++] = s.charCodeAt(k);
    this.n = n;
  }

  /**
   * Makes room for `extra` more codes (an edit may lengthen the text: `\u2028` for one character, `1000.0` for `1e3`).
   */
  private ensure(extra: number): void {
    const buf = this.buf!;
    if (this.n + extra <= buf.length) return;
    const bigger = new Uint16Array(Math.max(buf.length * 2, this.n + extra));
    bigger.set(buf.subarray(0, this.n));
    this.buf = bigger;
  }

  private toBuffer(): void {
    const out = this.out;
    const size = out.length + (this.s.length - this.run) + 1024;
    if (spare && spare.length >= size) {
      this.buf = spare;
      spare = null; // taken: a call that fails half-way never gives it back, and the next one allocates
    } else this.buf = new Uint16Array(size);
    for (let k = 0; k < out.length; k++) this.buf[k] = out.charCodeAt(k);
    this.n = out.length;
    this.out = '';
  }
}

function decode(buf: Uint16Array, n: number): string {
  if (utf16) {
    // Native decoding; `fatal` makes it refuse lone surrogates (it would write U+FFFD for them), kept below.
    try {
      return utf16.decode(buf.subarray(0, n));
    } catch {
      /* a lone surrogate */
    }
  }
  let text = '';
  for (let k = 0; k < n; k += DECODE_CHUNK) {
    // fromCharCode keeps lone surrogates as they are.
    text += String.fromCharCode.apply(null, buf.subarray(k, Math.min(n, k + DECODE_CHUNK)) as unknown as number[]);
  }
  return text;
}
