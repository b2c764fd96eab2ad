// JSON text -> template values, the way Jayway JsonPath (json-smart, ordered mode) hands a payload to Velocity:
// objects are insertion-ordered maps (LinkedHashMap; `{k=v}` printing keeps document order), arrays are JSONArrays
// (printed as JSON), `1.5`/`1e3` are Doubles and `232` an Integer (printed `1.0`, `1000.0`, `232`).
// JSON.parse cannot be used: it loses `1.0` vs `1`, and reorders integer-like object keys.
import type { JList, JMap, JValue } from '../java/values.ts';
import { markJsonArray, OwnedMap } from '../java/values.ts';
import { javaNumberFromJson } from './json-text-rules.ts';

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${message} at line ${line}, column ${column}`);
    this.name = 'JsonSyntaxError';
  }
}

/** What `\x` stands for, by the code of x. */
const ESCAPES: Record<number, string> = {
  34: '"',
  92: '\\',
  47: '/',
  98: '\b',
  102: '\f',
  110: '\n',
  114: '\r',
  116: '\t',
};

/** The value of the four hex digits at s[at..at+4), or -1. */
function hex4At(s: string, at: number): number {
  let code = 0;
  for (let k = at; k < at + 4; k++) {
    const c = s.charCodeAt(k);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1;
    if (d < 0) return -1;
    code = code * 16 + d;
  }
  return code;
}

/** Nesting limit of json-smart's parser (https://github.com/netplex/json-smart-v2/issues/131). */
export const MAX_JSON_DEPTH = 400;

const recentKeys: Array<string | undefined> = new Array(256).fill(undefined);

/** A strict JSON reader over a string; the streaming re-serialiser (json-canonical.ts) extends it. */
export class Parser {
  i = 0;
  /** Elements of the arrays being read (see array()). */
  private readonly stack: JValue[] = [];
  private top = 0;
  private nesting = 0;
  constructor(
    readonly s: string,
    /** Tags every list and map with this cache entry (see setOwner). */
    readonly owner?: object,
  ) {}

  fail(message: string, at = this.i): never {
    const before = this.s.slice(0, at);
    const line = before.split('\n').length;
    throw new JsonSyntaxError(message, at, line, at - before.lastIndexOf('\n'));
  }

  ws(): void {
    const s = this.s;
    let j = this.i;
    let c = s.charCodeAt(j);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = s.charCodeAt(++j);
    this.i = j;
  }

  value(): JValue {
    this.ws();
    const c = this.s.charCodeAt(this.i);
    if (c === 123 || c === 91) {
      // json-smart (>= 2.4.9, CVE-2023-1370) stops at 400 levels; so does this recursive reader (docs/limits.md).
      if (++this.nesting > MAX_JSON_DEPTH)
        this.fail(`the JSON is nested more than ${MAX_JSON_DEPTH} levels deep (json-smart's limit)`);
      const v = c === 123 ? this.object() : this.array();
      this.nesting--;
      return v;
    }
    if (c === 34) return this.string();
    if (c === 45 || (c >= 48 && c <= 57)) return this.number();
    if (this.s.startsWith('true', this.i)) {
      this.i += 4;
      return true;
    }
    if (this.s.startsWith('false', this.i)) {
      this.i += 5;
      return false;
    }
    if (this.s.startsWith('null', this.i)) {
      this.i += 4;
      return null;
    }
    return this.fail(Number.isNaN(c) ? 'unexpected end of JSON' : `unexpected character '${this.s[this.i]}'`);
  }

  object(): JMap {
    const map: JMap = this.owner ? new OwnedMap(this.owner) : new Map();
    this.i++;
    this.ws();
    if (this.s.charCodeAt(this.i) === 125) {
      this.i++;
      return map;
    }
    for (;;) {
      this.ws();
      if (this.s.charCodeAt(this.i) !== 34) this.fail('expected a quoted property name');
      const key = this.key();
      this.ws();
      if (this.s.charCodeAt(this.i) !== 58) this.fail("expected ':' after a property name");
      this.i++;
      map.set(key, this.value());
      this.ws();
      const c = this.s.charCodeAt(this.i++);
      if (c === 44) continue;
      if (c === 125) return map;
      this.fail("expected ',' or '}' in an object", this.i - 1);
    }
  }

  array(): JList {
    this.i++;
    this.ws();
    if (this.s.charCodeAt(this.i) === 93) {
      this.i++;
      return markJsonArray([], this.owner);
    }
    // Elements gather on a stack shared by all arrays and are then copied into an array of the exact size:
    // growing each array by push() over-allocates, and a large payload has tens of thousands of small arrays.
    const stack = this.stack;
    const base = this.top;
    for (;;) {
      const value = this.value(); // nested arrays use the stack above this.top and leave it as they found it
      stack[this.top++] = value;
      this.ws();
      const c = this.s.charCodeAt(this.i++);
      if (c === 44) continue;
      if (c !== 93) this.fail("expected ',' or ']' in an array", this.i - 1);
      const top = this.top;
      const list = stack.slice(base, top);
      for (let k = base; k < top; k++) stack[k] = undefined; // let go of the values
      this.top = base;
      return markJsonArray(list, this.owner);
    }
  }

  /**
   * A property name. Payloads repeat the same few names thousands of times: a plain name equal to a recent one
   * reuses that string (as JSON.parse interns names), sparing an allocation and the Map's hashing of a new string.
   */
  key(): string {
    const s = this.s;
    const start = this.i + 1;
    let j = start;
    let c = s.charCodeAt(j);
    while (c !== 34 && c !== 92 && c >= 32 && j < s.length) c = s.charCodeAt(++j);
    if (c !== 34 || j - start > 32) return this.string();
    const slot = ((j - start) * 31 + s.charCodeAt(start) * 7 + s.charCodeAt(j - 1)) & 255;
    const known = recentKeys[slot];
    this.i = j + 1;
    if (known !== undefined && known.length === j - start) {
      let k = 0;
      while (k < known.length && known.charCodeAt(k) === s.charCodeAt(start + k)) k++;
      if (k === known.length) return known;
    }
    const key = s.slice(start, j);
    recentKeys[slot] = key;
    return key;
  }

  string(): string {
    const s = this.s;
    const start = ++this.i;
    // Fast path: no escapes.
    for (let j = start; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (c === 34) {
        this.i = j + 1;
        return s.slice(start, j);
      }
      if (c === 92 || c < 32) break;
    }
    // Escapes: copy the runs between them whole.
    let out = '';
    let j = start;
    let run = start;
    for (;;) {
      if (j >= s.length) this.fail('unterminated string', start - 1);
      const c = s.charCodeAt(j);
      if (c === 34) break;
      if (c < 32) this.fail('control character in a string', j);
      if (c !== 92) {
        j++;
        continue;
      }
      out += s.slice(run, j);
      const e = s.charCodeAt(j + 1);
      if (e === 117) {
        const code = hex4At(s, j + 2);
        if (code < 0) this.fail('bad \\u escape', j);
        out += String.fromCharCode(code);
        j += 6;
      } else {
        const decoded = ESCAPES[e];
        if (decoded === undefined) this.fail(`bad escape '\\${s[j + 1] ?? ''}'`, j);
        out += decoded;
        j += 2;
      }
      run = j;
    }
    this.i = j + 1;
    return out + s.slice(run, j);
  }

  /** Scans a number literal at this.i (moving past it); true when it is a Double (a fraction or an exponent). */
  scanNumber(): boolean {
    const s = this.s;
    let j = this.i;
    let c = s.charCodeAt(j);
    if (c === 45) c = s.charCodeAt(++j);
    if (c === 48) c = s.charCodeAt(++j);
    else if (c >= 49 && c <= 57) while (c >= 48 && c <= 57) c = s.charCodeAt(++j);
    else this.fail('bad number', j);
    let double = false;
    if (c === 46) {
      double = true;
      const d = ++j;
      c = s.charCodeAt(j);
      while (c >= 48 && c <= 57) c = s.charCodeAt(++j);
      if (j === d) this.fail('bad number: digits expected after the decimal point', j);
    }
    if (c === 101 || c === 69) {
      double = true;
      c = s.charCodeAt(++j);
      if (c === 43 || c === 45) c = s.charCodeAt(++j);
      const d = j;
      while (c >= 48 && c <= 57) c = s.charCodeAt(++j);
      if (j === d) this.fail('bad number: digits expected in the exponent', j);
    }
    this.i = j;
    return double;
  }

  number(): JValue {
    const s = this.s;
    const start = this.i;
    const double = this.scanNumber();
    const end = this.i;
    if (!double) {
      // Fast path for the common short integer (at most 15 digits: always a safe integer); same value as
      // javaNumberFromJson, without the slice and the string-to-number conversion.
      let j = start;
      const negative = s.charCodeAt(j) === 45;
      if (negative) j++;
      if (end - j <= 15) {
        let n = 0;
        for (; j < end; j++) n = n * 10 + (s.charCodeAt(j) - 48);
        return negative && n !== 0 ? -n : n;
      }
    }
    return javaNumberFromJson(s.slice(start, end), double);
  }
}

/** Parses strict JSON (RFC 8259) into template values; throws JsonSyntaxError with line and column. */
export function parseJsonStrict(text: string, owner?: object): JValue {
  const p = new Parser(text, owner);
  const value = p.value();
  p.ws();
  if (p.i < text.length) p.fail(`unexpected character '${text[p.i]}' after the JSON value`);
  return value;
}

/**
 * What API Gateway's JsonPath sees for a payload. json-smart's permissive mode reads text that is not JSON as a plain
 * string (recorded on AWS in 2015: `$input.path('$')` of `a=b` is `a=b`, of `null{` is `null{`); text that starts like
 * an object or array but is malformed is an error. An empty payload is `{}` (docs/apigw-behaviour.md#input).
 */
export function parsePayload(text: string, owner?: object): JValue {
  if (text === '') return new Map();
  try {
    return parseJsonStrict(text, owner);
  } catch (e) {
    const first = text.trimStart()[0];
    if (first === '{' || first === '[') throw e;
    return text.trim();
  }
}
