// java.util.regex.Pattern syntax -> JavaScript RegExp, for String.replaceAll/replaceFirst/matches/split.
// Templates use Java regular expressions (DG mapping-template-reference: `.replaceAll("\\'","'")`). Handled:
// `\Q...\E` quoting, leading inline flags `(?i)(?s)(?m)(?x)`, possessive quantifiers and atomic groups (approximated
// by their greedy / non-atomic forms: same matches except in rare backtracking cases), POSIX classes `\p{Alpha}`,
// `\h`, `\R`, `\A`, `\z`, `\Z`, octal `\0nn`, `\x{...}`, literal `]`/`}`, nested character-class unions.
// Not supported (clear error): class intersections `&&`, inline flags in the middle of a pattern.
// The result always uses the `u` flag: Java matches code points, and `u` makes `.` do the same.
import { javaException } from '../errors.ts';
import { LruCache } from '../lru-cache.ts';

const POSIX: Record<string, string> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\x00-\\x7F',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~',
  Graph: '!-~',
  Print: ' -~',
  Blank: ' \\t',
  Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\x0B\\f\\r',
  javaLowerCase: '\\p{Ll}',
  javaUpperCase: '\\p{Lu}',
  javaWhitespace: '\\s',
  IsAlphabetic: '\\p{Alphabetic}',
  IsLetter: '\\p{L}',
  IsDigit: '\\p{Nd}',
  IsUppercase: '\\p{Lu}',
  IsLowercase: '\\p{Ll}',
  IsWhite_Space: '\\s',
  IsPunctuation: '\\p{P}',
  L: '\\p{L}',
  Lu: '\\p{Lu}',
  Ll: '\\p{Ll}',
  N: '\\p{N}',
  Nd: '\\p{Nd}',
  P: '\\p{P}',
  S: '\\p{S}',
  Z: '\\p{Z}',
  M: '\\p{M}',
  C: '\\p{C}',
  IsLatin: '\\p{Script=Latin}',
};
// Characters a `u`-mode RegExp lets (and needs) escaping; `-` only inside a class.
const SYNTAX = new Set('^$\\.*+?()[]{}|/'.split(''));

export interface JavaRegex {
  source: string;
  flags: string;
}

function escapeLiteral(ch: string, inClass = 0): string {
  return SYNTAX.has(ch) || (inClass && ch === '-') ? `\\${ch}` : ch;
}

function fail(pattern: string, detail: string): never {
  throw javaException('java.util.regex.PatternSyntaxException', `${detail} near index 0\n${pattern}`);
}

/** Translates a Java regular expression; throws a PatternSyntaxException-like error for what it cannot handle. */
export function translateJavaRegex(pattern: string): JavaRegex {
  let flags = 'u';
  let i = 0;
  const lead = /^\(\?([imsxu]+)\)/.exec(pattern);
  if (lead) {
    for (const f of lead[1]!) if (f !== 'x' && f !== 'u' && !flags.includes(f)) flags += f;
    i = lead[0].length;
  }
  const extended = lead?.[1]?.includes('x') ?? false;
  let out = '';
  let inClass = 0;
  let quantifier = false; // the previous token was a quantifier (so a following `+` is possessive)
  while (i < pattern.length) {
    const ch = pattern[i]!;
    const afterQuantifier: boolean = quantifier;
    quantifier = false;
    if (ch === '\\') {
      const next = pattern[i + 1];
      if (next === undefined) fail(pattern, 'Unexpected internal error');
      if (next === 'Q') {
        const end = pattern.indexOf('\\E', i + 2);
        const lit = pattern.slice(i + 2, end < 0 ? undefined : end);
        out += [...lit].map((c) => escapeLiteral(c, inClass)).join('');
        i = end < 0 ? pattern.length : end + 2;
        continue;
      }
      const pm = /^[pP]\{(?:Is|In)?([A-Za-z_]+)\}/.exec(pattern.slice(i + 1));
      if (pm) {
        const body = POSIX[pm[1]!] ?? POSIX[pattern.slice(i + 3, i + 1 + pm[0].length - 1)] ?? `\\p{${pm[1]}}`;
        const negated = next === 'P';
        if (inClass && negated) fail(pattern, 'a negated property inside a character class is not supported');
        out += inClass ? body : `[${negated ? '^' : ''}${body}]`;
        i += 1 + pm[0].length;
        continue;
      }
      i += 2;
      switch (next) {
        case 'A':
          out += '(?<![\\s\\S])';
          break;
        case 'z':
          out += '(?![\\s\\S])';
          break;
        case 'Z':
          out += '(?=(?:\\r\\n|[\\n\\r\\u0085\\u2028\\u2029])?(?![\\s\\S]))';
          break;
        case 'h':
          out += inClass
            ? ' \\t\\xA0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000'
            : '[ \\t\\xA0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000]';
          break;
        case 'R':
          out += '(?:\\r\\n|[\\n\\x0B\\f\\r\\u0085\\u2028\\u2029])';
          break;
        case 'G':
          return fail(pattern, '\\G is not supported');
        case 'e':
          out += '\\x1B';
          break;
        case 'a':
          out += '\\x07';
          break;
        case '0': {
          const oct = /^[0-7]{1,3}/.exec(pattern.slice(i))?.[0] ?? '';
          out += `\\u{${parseInt(oct || '0', 8).toString(16)}}`;
          i += oct.length;
          break;
        }
        case 'x': {
          const braced = /^\{([0-9a-fA-F]+)\}/.exec(pattern.slice(i));
          if (braced) {
            out += `\\u{${braced[1]}}`;
            i += braced[0].length;
          } else out += '\\x';
          break;
        }
        default:
          if (/[a-zA-Z0-9]/.test(next))
            out += `\\${next}`; // \d \w \s \b \n \t \1 \k<name> \uXXXX \cX ...
          else out += escapeLiteral(next, inClass); // Java: a backslash before a non-letter is that character, literally.
      }
      continue;
    }
    if (inClass) {
      if (ch === '[') {
        // Java class union `[a[bc]]`: flatten the nested class.
        if (pattern[i + 1] === '^') fail(pattern, 'negated nested character classes are not supported');
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
      if (ch === '&' && pattern[i + 1] === '&') fail(pattern, 'character class intersection (&&) is not supported');
      out += ch === '/' || ch === '{' || ch === '}' || ch === '(' || ch === ')' || ch === '|' ? `\\${ch}` : ch;
      i++;
      continue;
    }
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
      if (rest.startsWith('>')) {
        out += '(?:';
        i += 3;
        continue;
      }
      if (/^[imsxu-]+\)/.test(rest) || /^[imsxu-]+:/.test(rest))
        fail(pattern, 'inline flags are only supported at the start of a pattern');
    }
    if (ch === '+' && afterQuantifier) {
      i++; // possessive quantifier: drop the `+` (approximation)
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
    if (ch === ']' || (ch === '}' && !/\{\d+(,\d*)?$/.test(out))) {
      out += `\\${ch}`;
      i++;
      continue;
    }
    if (ch === '*' || ch === '+' || ch === '?' || ch === '}') quantifier = !(ch === '?' && afterQuantifier);
    out += ch === '/' ? '\\/' : ch;
    i++;
  }
  if (inClass) fail(pattern, 'Unclosed character class');
  return { source: out, flags };
}

const cache = new LruCache<string, RegExp>(256);

/** A compiled, cached RegExp for a Java pattern. `mode`: 'g' for searching, 'full' for String.matches. */
export function javaRegExp(pattern: string, mode: 'g' | 'full'): RegExp {
  const key = `${mode}\u0000${pattern}`;
  const hit = cache.get(key);
  if (hit) {
    hit.lastIndex = 0;
    return hit;
  }
  const { source, flags } = translateJavaRegex(pattern);
  let re: RegExp;
  try {
    re =
      mode === 'full'
        ? new RegExp(`^(?:${source})(?![\\s\\S])`, flags.replace('m', ''))
        : new RegExp(source, `${flags}g`);
  } catch (e) {
    throw javaException(
      'java.util.regex.PatternSyntaxException',
      `${(e as Error).message.replace(/^Invalid regular expression: /, '')}\n${pattern}`,
    );
  }
  cache.set(key, re);
  return re;
}
