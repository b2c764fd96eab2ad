// The one Java regular-expression compiler of the codebase: java.util.regex.Pattern syntax -> RE2 syntax, run on
// re2js (a JavaScript port of RE2/J), whose matching time is linear in the input: no pattern can backtrack
// catastrophically (docs/limits.md). Used by the engine (String.matches/replaceAll/replaceFirst/split in templates,
// src/engine/vtl/java/regex-ops.ts; the integration-response selectionPattern match) and by the design validator.
// It lives in the model, the lowest layer, because the validator may not import the engine (docs/architecture.md).
// Pure TypeScript over re2js: no engine, UI or platform dependency.
// Pattern syntax: https://docs.oracle.com/javase/8/docs/api/java/util/regex/Pattern.html
// RE2 syntax: https://github.com/google/re2/wiki/Syntax
//
// Translated: `\Q...\E`, inline flags `(?i)` `(?s)` `(?m)` (also mid-pattern and `(?i:...)`; `(?x)` at the start),
// Java's POSIX classes `\p{Alpha}` (ASCII, as in Java), Unicode categories and scripts `\p{L}` `\p{IsLatin}`, `\h`
// `\v` `\R` `\e` `\cX` `\uXXXX` `\0nn`, Java's `.` and `\s` (which also stop at / include \r, \x0B...), literal
// `]` `}` outside a class, nested class unions `[a[bc]]`, capture-free lookbehind (re2js's linear-time lookbehind).
// Approximated (still linear): possessive quantifiers `a*+` and atomic groups `(?>...)` run as their greedy forms,
// which differ from Java only when the pattern relies on giving nothing back; `\Z` runs as `\z`.
// Refused with a message naming the construct (RE2 cannot express them in linear time): backreferences `\1`
// `\k<name>`, lookahead `(?=` `(?!`, lookbehind with captures, `\G`, `\X`, class intersection `&&`, negated nested
// classes, repetition counts above 1,000. Invalid Java patterns get Java's own wording ("Illegal repetition", ...).
import { RE2JS } from 're2js';

export class JavaRegexError extends Error {
  constructor(
    message: string,
    /** Valid Java perhaps, but beyond the linear-time engine (or this translator): not checkable here. */
    readonly unsupported: boolean,
  ) {
    super(message);
    this.name = 'JavaRegexError';
  }
}

export type JavaRegexTranslation =
  | { ok: true; source: string; flags: number; literal: string | null }
  | { ok: false; unsupported: boolean; message: string };

/** Java's POSIX classes (US-ASCII only, as Java has them without UNICODE_CHARACTER_CLASS) -> RE2 ASCII classes. */
const POSIX = new Map<string, string>([
  ['Lower', 'lower'],
  ['Upper', 'upper'],
  ['ASCII', 'ascii'],
  ['Alpha', 'alpha'],
  ['Digit', 'digit'],
  ['Alnum', 'alnum'],
  ['Punct', 'punct'],
  ['Graph', 'graph'],
  ['Print', 'print'],
  ['Blank', 'blank'],
  ['Cntrl', 'cntrl'],
  ['XDigit', 'xdigit'],
  ['Space', 'space'],
]);
/** java.lang.Character classes and binary properties -> Unicode categories RE2 knows. */
const JAVA_PROPERTIES = new Map<string, string>([
  ['javaLowerCase', 'Ll'],
  ['javaUpperCase', 'Lu'],
  ['javaTitleCase', 'Lt'],
  ['javaDigit', 'Nd'],
  ['javaLetter', 'L'],
  ['Alphabetic', 'L'],
  ['Letter', 'L'],
  ['Lowercase', 'Ll'],
  ['Uppercase', 'Lu'],
  ['Punctuation', 'P'],
  ['Digit', 'Nd'],
]);
const CATEGORY = /^(?:[LMNPSZC][a-z]?)$/;

const VERTICAL = '\\n\\x0B\\f\\r\\x{85}\\x{2028}\\x{2029}';
const HORIZONTAL = ' \\t\\xA0\\x{1680}\\x{180e}\\x{2000}-\\x{200a}\\x{202f}\\x{205f}\\x{3000}';
/** Java's \s without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r] (RE2's \s lacks \x0B). */
const SPACE = '\\t\\n\\x0B\\f\\r ';
/** Java's `.` without DOTALL stops at every line terminator, not only \n (RE2). */
const DOT = '[^\\n\\r\\x{85}\\x{2028}\\x{2029}]';
/** Letters Java accepts after a backslash; any other letter is "Illegal/unsupported escape sequence". */
const JAVA_LETTER_ESCAPES = new Set('tnrfaecdDsSwWbBAGZzQEpPhHvVRXNuxk'.split(''));
/** Characters RE2 reads as syntax: escaped when they stand for themselves. */
const SYNTAX = new Set('\\^$.|?*+()[]{}'.split(''));

function escapeLiteral(ch: string, inClass: boolean): string {
  if (SYNTAX.has(ch) || (inClass && ch === '-')) return `\\${ch}`;
  const code = ch.codePointAt(0)!;
  return code < 0x20 || code === 0x7f ? `\\x{${code.toString(16)}}` : ch;
}

function invalid(message: string): JavaRegexTranslation {
  return { ok: false, unsupported: false, message };
}

function unsupported(construct: string): JavaRegexTranslation {
  return {
    ok: false,
    unsupported: true,
    message: `${construct} is not supported: regular expressions run on a linear-time engine (RE2) here, which cannot express it`,
  };
}

/** A `\p{...}`/`\P{...}` name -> RE2 class text (inside or outside a class), or null when unknown. */
function property(name: string, negated: boolean, inClass: boolean): string | null {
  const bare = name.replace(/^(?:Is|gc=|general_category=|sc=|script=)/, '');
  const posix = POSIX.get(bare) ?? POSIX.get(name);
  if (posix) {
    const body = `[:${negated ? '^' : ''}${posix}:]`;
    return inClass ? body : `[${body}]`;
  }
  const category = JAVA_PROPERTIES.get(bare) ?? (CATEGORY.test(bare) ? bare : null);
  // Scripts: Java spells them IsLatin / script=Latin; RE2 knows them by name (Latin, Greek, Han, ...).
  const script = category ?? (/^(?:Is|sc=|script=)[A-Z][A-Za-z_]+$/.test(name) ? bare : null);
  if (!script) return null;
  return `\\${negated ? 'P' : 'p'}{${script}}`;
}

/** Translates a Java pattern to RE2 syntax (see the header for what is translated, approximated and refused). */
export function translateJavaRegex(pattern: string): JavaRegexTranslation {
  let flags = 0;
  let i = 0;
  const lead = /^\(\?([a-zA-Z]+)\)/.exec(pattern);
  let extended = false;
  if (lead) {
    for (const f of lead[1]!) {
      if (f === 'i') flags |= RE2JS.CASE_INSENSITIVE;
      else if (f === 's') flags |= RE2JS.DOTALL;
      else if (f === 'm') flags |= RE2JS.MULTILINE;
      else if (f === 'x') extended = true;
      else if (f !== 'u' && f !== 'd' && f !== 'U') return invalid(`Unknown inline modifier near index 2: ${f}`);
    }
    i = lead[0].length;
  }
  let dotAll = (flags & RE2JS.DOTALL) !== 0;
  let out = '';
  let literal = ''; // the pattern as plain text while it has nothing but literal characters
  let isLiteral = flags === 0;
  let inClass = 0;
  let quantifier = false; // the previous token was a quantifier (a following `+` makes it possessive)
  const lit = (ch: string) => {
    literal += ch;
    out += escapeLiteral(ch, inClass > 0);
  };
  while (i < pattern.length) {
    const ch = pattern[i]!;
    const afterQuantifier: boolean = quantifier;
    quantifier = false;
    if (ch === '\\') {
      const next = pattern[i + 1];
      if (next === undefined) return invalid(`Unexpected internal error near index ${i + 1}`);
      if (next === 'Q') {
        const end = pattern.indexOf('\\E', i + 2);
        for (const c of pattern.slice(i + 2, end < 0 ? undefined : end)) lit(c);
        i = end < 0 ? pattern.length : end + 2;
        continue;
      }
      if (next === 'p' || next === 'P') {
        const m = /^\\[pP](?:\{([A-Za-z_=]+)\}|([A-Za-z]))/.exec(pattern.slice(i));
        const text = m ? property(m[1] ?? m[2]!, next === 'P', inClass > 0) : null;
        if (!text) return invalid(`Unknown character property name near index ${i + 2}: ${m?.[0] ?? `\\${next}`}`);
        out += text;
        isLiteral = false;
        i += m![0].length;
        continue;
      }
      if (/[a-zA-Z]/.test(next) && !JAVA_LETTER_ESCAPES.has(next))
        return invalid(`Illegal/unsupported escape sequence near index ${i + 1}: \\${next}`);
      if (/[1-9]/.test(next) && !inClass) return unsupported(`the backreference \\${next}`);
      i += 2;
      const single = (code: number) => {
        const c = String.fromCodePoint(code);
        literal += c;
        out += escapeLiteral(c, inClass > 0);
      };
      switch (next) {
        case 'k':
          return unsupported('the named backreference \\k<...>');
        case 'G':
        case 'X':
        case 'N':
          return unsupported(`\\${next}`);
        case 'Z':
        case 'z':
        case 'A':
          if (inClass) return invalid(`Illegal/unsupported escape sequence near index ${i - 1}: \\${next}`);
          out += next === 'A' ? '\\A' : '\\z';
          isLiteral = false;
          break;
        case 'h':
        case 'H':
        case 'v':
        case 'V':
        case 's': {
          const body = next === 's' ? SPACE : next.toLowerCase() === 'h' ? HORIZONTAL : VERTICAL;
          const negated = next === 'H' || next === 'V';
          if (inClass && negated) return unsupported(`\\${next} inside a character class`);
          out += inClass ? body : `[${negated ? '^' : ''}${body}]`;
          isLiteral = false;
          break;
        }
        case 'R':
          if (inClass) return invalid(`Illegal/unsupported escape sequence near index ${i - 1}: \\R`);
          out += `(?:\\r\\n|[${VERTICAL}])`;
          isLiteral = false;
          break;
        case 't':
          single(9);
          break;
        case 'n':
          single(10);
          break;
        case 'r':
          single(13);
          break;
        case 'f':
          single(12);
          break;
        case 'a':
          single(7);
          break;
        case 'e':
          single(0x1b);
          break;
        case 'c': {
          const c = pattern[i];
          if (c === undefined) return invalid(`Illegal control escape sequence near index ${i}`);
          single(c.charCodeAt(0) ^ 64);
          i++;
          break;
        }
        case '0': {
          const oct = /^[0-3]?[0-7]{1,2}/.exec(pattern.slice(i))?.[0];
          if (!oct) return invalid(`Illegal octal escape sequence near index ${i}`);
          single(parseInt(oct, 8));
          i += oct.length;
          break;
        }
        case 'u': {
          const hex = /^[0-9a-fA-F]{4}/.exec(pattern.slice(i))?.[0];
          if (!hex) return invalid(`Illegal Unicode escape sequence near index ${i}`);
          single(parseInt(hex, 16));
          i += 4;
          break;
        }
        case 'x': {
          const m = /^(?:\{([0-9a-fA-F]{1,6})\}|([0-9a-fA-F]{2}))/.exec(pattern.slice(i));
          const code = m ? parseInt(m[1] ?? m[2]!, 16) : -1;
          if (!m || code > 0x10ffff) return invalid(`Illegal hexadecimal escape sequence near index ${i}`);
          single(code);
          i += m[0].length;
          break;
        }
        default:
          if (/[a-zA-Z]/.test(next)) {
            out += `\\${next}`; // \d \D \w \W \b \B: ASCII in both Java (by default) and RE2
            isLiteral = false;
          } else if (/[0-9]/.test(next)) {
            return unsupported(`the backreference \\${next}`);
          } else lit(next); // Java: a backslash before a non-letter is that character, literally
      }
      continue;
    }
    if (inClass) {
      if (ch === '[') {
        // Java's class union `[a[bc]]`: flattened. A negated nested class cannot be.
        if (pattern[i + 1] === '^') return unsupported('a negated nested character class [a[^b]]');
        inClass++;
        i++;
        continue;
      }
      if (ch === ']') {
        inClass--;
        if (inClass === 0) out += ']';
        i++;
        continue;
      }
      if (ch === '&' && pattern[i + 1] === '&') return unsupported('character class intersection (&&)');
      out += ch === '-' ? '-' : ch === '^' ? '\\^' : escapeLiteral(ch, false);
      i++;
      continue;
    }
    if (extended && /\s/.test(ch)) {
      i++;
      continue;
    }
    if (extended && ch === '#') {
      while (i < pattern.length && pattern[i] !== '\n') i++;
      continue;
    }
    if (!'[](){}|^$.*+?'.includes(ch)) {
      lit(ch);
      i++;
      continue;
    }
    isLiteral = false;
    if (ch === '[') {
      inClass = 1;
      out += '[';
      i++;
      if (pattern[i] === '^') {
        out += '^';
        i++;
      }
      if (pattern[i] === ']') {
        out += '\\]'; // `[]abc]`: a leading ] is literal in Java
        i++;
      }
      continue;
    }
    if (ch === '(' && pattern[i + 1] === '?') {
      const rest = pattern.slice(i + 2);
      if (rest.startsWith('=') || rest.startsWith('!')) return unsupported(`the lookahead (?${rest[0]}...)`);
      if (rest.startsWith('<=') || rest.startsWith('<!')) {
        out += `(?${rest.slice(0, 2)}`; // re2js runs capture-free lookbehind in linear time (LOOKBEHINDS flag)
        i += 4;
        continue;
      }
      if (rest.startsWith('>')) {
        out += '(?:'; // atomic group: approximated by a plain group
        i += 3;
        continue;
      }
      const inline = /^([a-zA-Z]*)(?:-([a-zA-Z]*))?([:)])/.exec(rest);
      if (inline && !rest.startsWith('<')) {
        if (/[xU]/.test(inline[1]! + (inline[2] ?? ''))) return unsupported(`the inline flag group (?${inline[0]}`);
        const keep = (s: string) => s.replace(/[ud]/g, '');
        const on = keep(inline[1]!);
        const off = keep(inline[2] ?? '');
        if (/[^ism]/.test(on + off)) return invalid(`Unknown inline modifier near index ${i + 2}`);
        if (on.includes('s') && inline[3] === ')') dotAll = true;
        if (off.includes('s') && inline[3] === ')') dotAll = false;
        const text = on + (off ? `-${off}` : '');
        out += text ? `(?${text}${inline[3]}` : inline[3] === ':' ? '(?:' : '';
        i += 2 + inline[0].length;
        continue;
      }
    }
    if (ch === '+' && afterQuantifier) {
      i++; // possessive quantifier: approximated by the greedy one
      continue;
    }
    if (ch === '{') {
      const q = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
      if (!q) return invalid(`Illegal repetition near index ${i}: a literal "{" is written \\{`);
      if (Number(q[1]) > 1000 || Number(q[3] || 0) > 1000)
        return unsupported(`the repetition count ${q[0]} (above 1,000)`);
      out += q[0];
      i += q[0].length;
      quantifier = true;
      continue;
    }
    if (ch === ']' || ch === '}') {
      out += `\\${ch}`;
      i++;
      continue;
    }
    if (ch === '.') {
      out += dotAll ? '(?s:.)' : DOT;
      i++;
      continue;
    }
    if (ch === '*' || ch === '+' || ch === '?') quantifier = !(ch === '?' && afterQuantifier);
    out += ch;
    i++;
  }
  if (inClass) return invalid(`Unclosed character class near index ${pattern.length - 1}`);
  return { ok: true, source: out, flags, literal: isLiteral ? literal : null };
}

/** RE2's parse errors in Java's words (java.util.regex.PatternSyntaxException descriptions). */
function javaWording(re2Message: string): string {
  const m = /^error parsing regexp: ([^:]+)(?::\s*`(.*)`)?$/s.exec(re2Message);
  const what = m?.[1] ?? re2Message;
  const at = m?.[2] ? ` (at ${m[2]})` : '';
  const table: Array<[RegExp, string]> = [
    [/missing closing \)/, 'Unclosed group'],
    [/unexpected \)/, "Unmatched closing ')'"],
    [/missing closing \]/, 'Unclosed character class'],
    [/missing argument to repetition operator|invalid nested repetition operator/, 'Dangling meta character'],
    [/invalid character class range/, 'Illegal character range'],
    [/invalid repeat count/, 'Illegal repetition range'],
    [/invalid named capture/, 'Named capturing group is invalid'],
    [/duplicate capture group name/, 'Named capturing group is already defined'],
  ];
  for (const [re, java] of table) if (re.test(what)) return java + at;
  return what + at;
}

/** What the engine uses of an RE2 program (re2js's RE2JS; its type stays out of the published declarations). */
export interface Re2Program {
  test(input: string): boolean;
  testExact(input: string): boolean;
  groupCount(): number;
  namedGroups(): Record<string, number>;
  matcher(input: string): {
    find(from: number): boolean;
    start(): number;
    end(): number;
    group(i: number): string | null;
  };
}

/** A compiled Java pattern: the RE2 program, and the pattern as plain text when it has no regex syntax at all. */
export interface JavaPattern {
  readonly pattern: string;
  readonly re2: Re2Program;
  /** Non-null when the pattern is plain text (`,`, `\\'`, `\Q...\E`): matched with indexOf, no engine needed. */
  readonly literal: string | null;
  readonly groupCount: number;
  /**
   * Roughly the size of the compiled program: the pattern's length, each counted repetition `{n,m}` adding its count
   * times what it repeats (RE2 expands `x{20}` into 20 copies of x). The search work is about this x the input length.
   */
  readonly weight: number;
  /** Whole-string match, as Java's String.matches and the selectionPattern match. */
  matches(input: string): boolean;
}

/** Recently compiled patterns (a template re-runs the same few); emptied when full, so it stays bounded. */
const cache = new Map<string, JavaPattern | JavaRegexError>();
const CACHE_SIZE = 256;

/** Compiles (and caches) a Java pattern; throws JavaRegexError saying what is wrong or not supported. */
export function compileJavaRegex(pattern: string): JavaPattern {
  let entry = cache.get(pattern);
  if (!entry) {
    entry = build(pattern);
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(pattern, entry);
  }
  if (entry instanceof JavaRegexError) throw entry;
  return entry;
}

function build(pattern: string): JavaPattern | JavaRegexError {
  const t = translateJavaRegex(pattern);
  if (!t.ok) return new JavaRegexError(t.message, t.unsupported);
  let re2: Re2Program;
  try {
    re2 = RE2JS.compile(t.source, t.flags | RE2JS.LOOKBEHINDS);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // Lookbehind with capture groups inside is beyond re2js's linear-time lookbehind.
    if (/lookbehind/i.test(message)) return new JavaRegexError(unsupportedMessage('this lookbehind'), true);
    // RE2 also refuses nested counted repetitions whose product passes 1,000 ((a{100}){100}); Java runs them.
    if (/invalid repeat count/.test(message))
      return new JavaRegexError(unsupportedMessage('nested counted repetitions above 1,000 in total'), true);
    return new JavaRegexError(javaWording(message), false);
  }
  const weight = programWeight(t.source);
  if (weight > MAX_PATTERN_WEIGHT)
    return new JavaRegexError(
      unsupportedMessage('a pattern this large once its counted repetitions are expanded'),
      true,
    );
  return {
    pattern,
    re2,
    literal: t.literal,
    groupCount: re2.groupCount(),
    weight,
    matches: (input) => (t.literal !== null ? input === t.literal : re2.testExact(input)),
  };
}

function programWeight(source: string): number {
  let weight = source.length;
  for (const m of source.matchAll(/(?<!\\x)\{(\d+)(?:,(\d*))?\}/g)) {
    const count = Math.max(Number(m[1]), Number(m[2] || 0));
    weight += count * repeatedLength(source, m.index);
  }
  return weight;
}

/** Length of the atom before a `{n}` at `at`: a group or class up to its opening bracket, else one character. */
function repeatedLength(source: string, at: number): number {
  const close = source[at - 1];
  const open = close === ')' ? '(' : close === ']' ? '[' : null;
  if (!open) return 1;
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    if (source[i - 1] === '\\') continue;
    if (source[i] === close) depth++;
    else if (source[i] === open && --depth === 0) return at - i;
  }
  return at;
}

/** Programs past this weight take RE2 too long to build and run: refused like other constructs it cannot run. */
export const MAX_PATTERN_WEIGHT = 50_000;

function unsupportedMessage(construct: string): string {
  return `${construct} is not supported: regular expressions run on a linear-time engine (RE2) here, which cannot express it`;
}
