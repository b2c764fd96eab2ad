// java.lang.String methods a template may call (templates rely on them: DG mapping-template-reference uses
// `.replaceAll("\\'","'")`, the override docs `.toString().contains("error")`). Anything not listed here does not
// exist for templates. Java's exceptions (index out of range, null argument) fail the render as they would on AWS.
import { javaException } from '../errors.ts';
import type { Budget } from '../runtime/limits.ts';
import { javaEquals } from './equality.ts';
import { javaMatches, javaReplace, javaSplit } from './regex-ops.ts';
import type { JValue, MethodResult } from './values.ts';
import { isNull, NO_SUCH_METHOD } from './values.ts';

export type JavaMethod<T> = (self: T, args: JValue[], budget: Budget) => MethodResult;

const npe = () => javaException('java.lang.NullPointerException', 'a null argument was passed to a String method');

function outOfBounds(detail: string) {
  return javaException('java.lang.StringIndexOutOfBoundsException', detail);
}

/** The argument as a Java String (CharSequence) parameter: NO_SUCH_METHOD for other types, NPE for null. */
function strArg(v: JValue): string {
  if (typeof v === 'string') return v;
  if (isNull(v)) throw npe();
  throw NO_SUCH_METHOD;
}

/** The argument as a Java int parameter (Velocity 1.7 does not narrow a Double to an int). */
function intArg(v: JValue): number {
  if (typeof v === 'number') return v;
  throw NO_SUCH_METHOD;
}

function javaHashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

function compare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return a.charCodeAt(i) - b.charCodeAt(i);
  return a.length - b.length;
}

/** Java's trim(): strips every char <= U+0020 at both ends. */
function javaTrim(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return s.slice(a, b);
}

function checked(s: string, budget: Budget): string {
  budget.checkLength(s.length);
  return s;
}

/**
 * String.replace(CharSequence, CharSequence): every occurrence, literally. The result's length is known before it is
 * built (occurrences x length change), so an explosive replace (`"".replace("", $big)` on a long string) is refused
 * before any work (docs/limits.md).
 */
function literalReplace(s: string, target: string, replacement: string, budget: Budget): string {
  let count = 0;
  if (target === '') count = s.length + 1;
  else for (let at = s.indexOf(target); at >= 0; at = s.indexOf(target, at + target.length)) count++;
  budget.charge(count);
  budget.checkLength(s.length + count * (replacement.length - target.length));
  if (count === 0) return s;
  // Java inserts the replacement before every char and at the end for an empty target ("ab" -> "-a-b-").
  return target === ''
    ? replacement + s.split('').join(replacement) + (s ? replacement : '')
    : s.split(target).join(replacement);
}

function substring(s: string, begin: number, end = s.length): string {
  if (begin < 0 || end > s.length || begin > end) throw outOfBounds(`begin ${begin}, end ${end}, length ${s.length}`);
  return s.slice(begin, end);
}

function indexArg(v: JValue): string {
  return typeof v === 'number' ? String.fromCodePoint(v) : strArg(v); // indexOf(int ch) takes a char code
}

export const STRING_METHODS = new Map<string, JavaMethod<string>>([
  ['length', (s, a) => (a.length === 0 ? s.length : NO_SUCH_METHOD)],
  ['isEmpty', (s, a) => (a.length === 0 ? s.length === 0 : NO_SUCH_METHOD)],
  ['isBlank', (s, a) => (a.length === 0 ? s.trim().length === 0 : NO_SUCH_METHOD)],
  [
    'charAt',
    (s, [i]) => {
      const n = intArg(i);
      if (n < 0 || n >= s.length) throw outOfBounds(`index ${n}, length ${s.length}`);
      return s[n]!;
    },
  ],
  [
    'codePointAt',
    (s, [i]) => {
      const n = intArg(i);
      if (n < 0 || n >= s.length) throw outOfBounds(`index ${n}, length ${s.length}`);
      return s.codePointAt(n)!;
    },
  ],
  [
    'substring',
    (s, a) =>
      a.length === 1
        ? substring(s, intArg(a[0]))
        : a.length === 2
          ? substring(s, intArg(a[0]), intArg(a[1]))
          : NO_SUCH_METHOD,
  ],
  ['subSequence', (s, [b, e]) => substring(s, intArg(b), intArg(e))],
  ['indexOf', (s, [x, from]) => s.indexOf(indexArg(x), from === undefined ? 0 : Math.max(0, intArg(from)))],
  [
    'lastIndexOf',
    (s, [x, from]) =>
      from === undefined
        ? s.lastIndexOf(indexArg(x))
        : intArg(from) < 0
          ? -1
          : s.lastIndexOf(indexArg(x), intArg(from)),
  ],
  ['contains', (s, [x]) => s.includes(strArg(x))],
  [
    'startsWith',
    (s, [p, off]) =>
      off === undefined ? s.startsWith(strArg(p)) : intArg(off) >= 0 && s.startsWith(strArg(p), intArg(off)),
  ],
  ['endsWith', (s, [p]) => s.endsWith(strArg(p))],
  ['equals', (s, [o]) => javaEquals(s, o)],
  [
    'equalsIgnoreCase',
    (s, [o]) =>
      typeof o === 'string' && s.length === o.length && s.toUpperCase().toLowerCase() === o.toUpperCase().toLowerCase(),
  ],
  ['contentEquals', (s, [o]) => s === strArg(o)],
  ['compareTo', (s, [o]) => compare(s, strArg(o))],
  ['compareToIgnoreCase', (s, [o]) => compare(s.toUpperCase().toLowerCase(), strArg(o).toUpperCase().toLowerCase())],
  ['toLowerCase', (s, a, b) => (a.length === 0 ? checked(s.toLowerCase(), b) : NO_SUCH_METHOD)],
  ['toUpperCase', (s, a, b) => (a.length === 0 ? checked(s.toUpperCase(), b) : NO_SUCH_METHOD)],
  ['trim', (s) => javaTrim(s)],
  ['strip', (s) => s.trim()],
  ['stripLeading', (s) => s.trimStart()],
  ['stripTrailing', (s) => s.trimEnd()],
  ['replace', (s, [t, r], b) => literalReplace(s, strArg(t), strArg(r), b)],
  ['replaceAll', (s, [re, r], b) => checked(javaReplace(s, strArg(re), strArg(r), true), b)],
  ['replaceFirst', (s, [re, r], b) => checked(javaReplace(s, strArg(re), strArg(r), false), b)],
  ['matches', (s, [re]) => javaMatches(s, strArg(re))],
  [
    'split',
    (s, [re, limit], b) => {
      const parts = javaSplit(s, strArg(re), limit === undefined ? 0 : intArg(limit));
      b.charge(parts.length);
      return parts;
    },
  ],
  [
    'concat',
    (s, [o], b) => {
      b.checkLength(s.length + strArg(o).length); // before concatenating
      return s + strArg(o);
    },
  ],
  [
    'repeat',
    (s, [n], b) => {
      const count = intArg(n);
      if (count < 0) throw javaException('java.lang.IllegalArgumentException', `count is negative: ${count}`);
      b.checkLength(s.length * count);
      return s.repeat(count);
    },
  ],
  ['toString', (s) => s],
  ['intern', (s) => s],
  ['hashCode', (s) => javaHashCode(s)],
  [
    'toCharArray',
    (s, _a, b) => {
      b.charge(s.length);
      return s.split('');
    },
  ],
  [
    'getBytes',
    (s, _a, b) => {
      b.charge(s.length); // before the work: a UTF-8 byte per character at least
      const bytes = [...new TextEncoder().encode(s)].map((x) => (x > 127 ? x - 256 : x));
      b.charge(bytes.length - s.length);
      return bytes;
    },
  ],
]);
