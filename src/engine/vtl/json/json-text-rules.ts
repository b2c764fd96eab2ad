// The one source of truth for how JSON text becomes template values and how values are written back as JSON text.
// Both the tree path (json-parse.ts then json-serialize.ts) and the streaming path (json-canonical.ts, which re-emits
// a payload without building the tree) go through these functions, so the two cannot drift; the property test
// tests/vtl/json-canonical.test.ts checks that they agree on random documents.
// Rules (json-smart/json-simple as API Gateway's Jayway JsonPath uses them): a number with a fraction or exponent is a
// Double printed by Double.toString (`1.0`, `1.0E7`), other numbers are Integer/Long/BigInteger printed with every
// digit; strings escape `"` `\` control characters and U+007F-U+009F, U+2000-U+20FF (uppercase `\uXXXX`).
import { formatJavaDouble, formatJavaInteger, JavaDouble } from '../java/number.ts';

const SLASH = 47;

/** True when the writer escapes this UTF-16 code unit (the slash aside, which depends on the writer's style). */
export function mustEscape(c: number): boolean {
  return c < 0x20 || c === 34 || c === 92 || (c >= 0x7f && c <= 0x9f) || (c >= 0x2000 && c <= 0x20ff);
}

/** True when `s` can be written between quotes as it is. */
export function isPlainJsonString(s: string, escapeSlash: boolean): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Most characters are printable ASCII other than `"`, `\` and `/`: one comparison chain settles them.
    if (c >= 0x20 && c < 0x7f) {
      if (c === 34 || c === 92 || (c === SLASH && escapeSlash)) return false;
    } else if (mustEscape(c)) return false;
  }
  return true;
}

function hex4(code: number): string {
  return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A string as a JSON string literal, json-simple style; `escapeSlash` is json-smart's default style (`/` as `\/`). */
export function quoteJsonString(s: string, escapeSlash: boolean): string {
  if (isPlainJsonString(s, escapeSlash)) return `"${s}"`;
  let out = '"';
  let run = 0; // start of the characters copied as they are
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let e: string;
    switch (c) {
      case 34:
        e = '\\"';
        break;
      case 92:
        e = '\\\\';
        break;
      case 8:
        e = '\\b';
        break;
      case 12:
        e = '\\f';
        break;
      case 10:
        e = '\\n';
        break;
      case 13:
        e = '\\r';
        break;
      case 9:
        e = '\\t';
        break;
      case SLASH:
        if (!escapeSlash) continue;
        e = '\\/';
        break;
      default:
        if (!mustEscape(c)) continue;
        e = hex4(c);
    }
    out += s.slice(run, i) + e;
    run = i + 1;
  }
  return `${out + s.slice(run)}"`;
}

/** The value json-smart makes of a number literal (`text` is valid JSON number syntax). */
export function javaNumberFromJson(text: string, isDouble: boolean): number | bigint | JavaDouble {
  if (isDouble) return new JavaDouble(+text);
  const n = +text;
  if (!Number.isSafeInteger(n)) return BigInt(text); // Long/BigInteger in Java: keep every digit
  return n === 0 ? 0 : n;
}

/** A number value as JSON text (a Double that is not finite has no JSON form: json-smart writes null). */
export function writeJavaNumber(v: number | bigint | JavaDouble): string {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? `${v}` : formatJavaInteger(v);
  if (typeof v === 'bigint') return v.toString();
  return writeJavaDouble(v.value);
}

function writeJavaDouble(d: number): string {
  return Number.isFinite(d) ? formatJavaDouble(d) : 'null';
}

/**
 * `writeJavaNumber(javaNumberFromJson(s.slice(start, end), isDouble))` for the valid JSON number literal
 * s[start..end) (a Double when it has a fraction or an exponent), or null when that is the literal itself (the common
 * case, mostly answered without slicing or converting). The literal is read from typed-array codes, one pass:
 * codes[at..] hold its characters (`codes` is all of s as codesOf in json-bytes.ts gives it, or just the literal).
 * An integer literal is already in its printed form except `-0`: JSON has no leading zeros or `+`, and a big one keeps
 * every digit. A Double literal is, when it is plain (no exponent), between 1e-3 and 1e7, without a trailing zero in
 * its fraction (except `x.0`) and of at most 15 significant digits: such a decimal is the shortest that identifies its
 * double (DBL_DIG = 15), the digits Double.toString prints in plain notation for that range. With more digits it may
 * or may not be the shortest (see below).
 */
export function canonicalJsonNumber(
  s: string,
  start: number,
  end: number,
  codes: Uint8Array,
  at = start,
): string | null {
  const stop = at + end - start;
  let i = at;
  if (codes[i] === 45) i++;
  const intStart = i;
  while (i < stop && codes[i]! <= 57 && codes[i]! >= 48) i++;
  const intDigits = i - intStart;
  const zero = intDigits === 1 && codes[intStart] === 48;
  if (i === stop) return zero && intStart > at ? '0' : null; // an Integer, Long or BigInteger
  if (codes[i] !== 46) return slowNumber(s, start, end); // an exponent without a fraction
  const dot = i++;
  let sig: number;
  if (zero) {
    while (i < stop && codes[i] === 48) i++;
    if (i === stop) return stop - dot === 2 ? null : slowNumber(s, start, end); // `0.0`, `-0.0`
    if (i - dot - 1 > 2) return slowNumber(s, start, end); // below 1e-3: scientific notation
    sig = 0;
  } else {
    if (intDigits > 7) return slowNumber(s, start, end); // 1e7 and above: scientific notation
    sig = intDigits;
  }
  for (; i < stop; i++) {
    const c = codes[i]!;
    if (c < 48 || c > 57) return slowNumber(s, start, end); // an exponent
    sig++;
  }
  if (codes[stop - 1] === 48 && stop - dot > 2) return slowNumber(s, start, end); // a trailing zero: not the shortest
  if (sig <= 15) return null;
  // 16 or more digits are the shortest form or not (`0.14285714285714285` is, `0.10000000000000001` is not). JavaScript
  // prints the shortest digits, in plain notation in this range, so the literal is canonical exactly when it is what
  // JavaScript prints for its value (a value that rounds out of the range prints otherwise, then slowNumber decides).
  const text = s.slice(start, end);
  return `${+text}` === text ? null : slowNumber(s, start, end);
}

/** The Double literal s[start..end) as Double.toString prints it, or null when that is the literal itself. */
function slowNumber(s: string, start: number, end: number): string | null {
  const text = s.slice(start, end);
  const printed = writeJavaDouble(+text); // javaNumberFromJson + writeJavaNumber without boxing the value
  return printed === text ? null : printed;
}
