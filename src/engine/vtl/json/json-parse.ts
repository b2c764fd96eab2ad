// JSON text -> template values, the way Jayway JsonPath (json-smart, ordered mode) hands a payload to Velocity:
// objects are insertion-ordered maps (LinkedHashMap; `{k=v}` printing keeps document order), arrays are JSONArrays
// (printed as JSON), `1.5`/`1e3` are Doubles and `232` an Integer (printed `1.0`, `1000.0`, `232`).
// JSON.parse cannot be used: it loses `1.0` vs `1`, and reorders integer-like object keys.
import { JavaDouble } from '../java/number.ts';
import type { JList, JMap, JValue } from '../java/values.ts';
import { markJsonArray, setOwner } from '../java/values.ts';

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

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class Parser {
  i = 0;
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
    let c = s.charCodeAt(this.i);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = s.charCodeAt(++this.i);
  }

  value(): JValue {
    this.ws();
    const c = this.s.charCodeAt(this.i);
    if (c === 123) return this.object();
    if (c === 91) return this.array();
    if (c === 34) return this.string();
    if (c === 45 || (c >= 48 && c <= 57)) return this.number();
    if (this.s.startsWith('true', this.i)) return (this.i += 4), true;
    if (this.s.startsWith('false', this.i)) return (this.i += 5), false;
    if (this.s.startsWith('null', this.i)) return (this.i += 4), null;
    return this.fail(Number.isNaN(c) ? 'unexpected end of JSON' : `unexpected character '${this.s[this.i]}'`);
  }

  object(): JMap {
    const map: JMap = new Map();
    if (this.owner) setOwner(map, this.owner);
    this.i++;
    this.ws();
    if (this.s.charCodeAt(this.i) === 125) return this.i++, map;
    for (;;) {
      this.ws();
      if (this.s.charCodeAt(this.i) !== 34) this.fail('expected a quoted property name');
      const key = this.string();
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
    const list: JList = [];
    if (this.owner) setOwner(list, this.owner);
    this.i++;
    this.ws();
    if (this.s.charCodeAt(this.i) === 93) return this.i++, markJsonArray(list);
    for (;;) {
      list.push(this.value());
      this.ws();
      const c = this.s.charCodeAt(this.i++);
      if (c === 44) continue;
      if (c === 93) return markJsonArray(list);
      this.fail("expected ',' or ']' in an array", this.i - 1);
    }
  }

  string(): string {
    const s = this.s;
    const start = ++this.i;
    // Fast path: no escapes.
    for (let j = start; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (c === 34) return (this.i = j + 1), s.slice(start, j);
      if (c === 92 || c < 32) break;
    }
    let out = '';
    let j = start;
    for (;;) {
      if (j >= s.length) this.fail('unterminated string', start - 1);
      const c = s.charCodeAt(j);
      if (c === 34) break;
      if (c < 32) this.fail('control character in a string', j);
      if (c !== 92) {
        out += s[j++];
        continue;
      }
      const e = s[j + 1] ?? '';
      if (e === 'u') {
        const hex = s.slice(j + 2, j + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('bad \\u escape', j);
        out += String.fromCharCode(parseInt(hex, 16));
        j += 6;
      } else if (e in ESCAPES) {
        out += ESCAPES[e];
        j += 2;
      } else this.fail(`bad escape '\\${e}'`, j);
    }
    this.i = j + 1;
    return out;
  }

  number(): JValue {
    const s = this.s;
    const start = this.i;
    let j = start;
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
    const text = s.slice(start, j);
    if (double) return new JavaDouble(+text);
    const n = +text;
    if (!Number.isSafeInteger(n)) return BigInt(text); // Long/BigInteger in Java: keep every digit
    return n === 0 ? 0 : n;
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
 * What API Gateway's JsonPath sees for a payload. json-smart's permissive mode reads text that is not JSON as a
 * plain string (recorded on AWS in 2015: `$input.path('$')` of `a=b` is `a=b`, of `null{` is `null{`); text that
 * starts like an object or array but is malformed is an error. An empty payload is `{}` (apigw-semantics §1.1).
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
