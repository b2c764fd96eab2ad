// Integration response selectionPatterns are Java regular expressions (java.util.regex.Pattern), matched against the
// whole status code or Lambda errorMessage (https://docs.aws.amazon.com/apigateway/latest/api/API_IntegrationResponse.html,
// https://docs.aws.amazon.com/apigateway/latest/developerguide/handle-errors-in-lambda-integration.html; see
// apigw-semantics.md §5). JavaScript's RegExp is close but not equal, so a pattern is first translated:
//   - Java-only syntax with a JS equivalent is rewritten: `\Q...\E` quoting, possessive quantifiers (`a*+` -> `a*`,
//     which can only differ on backtracking-sensitive patterns), atomic groups `(?>...)` -> `(?:...)`, `\A` `\z` `\Z`
//     anchors, `\e` `\a` escapes, a leading `(?i)`/`(?s)`/`(?m)` flag group, and the POSIX classes `\p{Alpha}`...;
//   - syntax Java rejects but JS (without the `u` flag) silently accepts is refused with Java's message:
//     a `{` that does not start a quantifier ("Illegal repetition") and unknown letter escapes like `\i`
//     ("Illegal/unsupported escape sequence");
//   - Java syntax we cannot translate (inline flags in mid-pattern, `(?x)`, class intersections `&&`, nested classes,
//     Unicode `\p{L}` categories, `\G`) gives `unsupported`: valid Java perhaps, but not checkable here.
// Then the result is compiled with JS RegExp (no `u` flag: like Java, it allows escaping any punctuation).

export type JavaRegexTranslation =
  | { ok: true; source: string; flags: string }
  | { ok: false; unsupported: boolean; message: string };

const POSIX_CLASSES: Record<string, string> = {
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
};

/** Java escapes whose JS spelling differs: anchors (outside a class only), single characters, and classes. */
const ANCHOR_ESCAPES: Record<string, string> = {
  A: '^',
  z: '$',
  Z: '$',
  R: '(?:\\r\\n|[\\n\\x0B\\f\\r\\x85\\u2028\\u2029])',
};
const CHAR_ESCAPES: Record<string, string> = { e: '\\x1B', a: '\\x07' };
const CLASS_ESCAPE_BODIES: Record<string, string> = {
  v: '\\n\\x0B\\f\\r\\x85\\u2028\\u2029',
  h: ' \\t\\xA0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000',
};

/** Letters that Java's Pattern accepts after a backslash (others are "Illegal/unsupported escape sequence"). */
const JAVA_LETTER_ESCAPES = new Set('tnrfaecdDsSwWbBAGZzQEpPhHvVRXNuxk'.split(''));

export function translateJavaRegex(pattern: string): JavaRegexTranslation {
  let flags = '';
  let i = 0;
  const lead = /^\(\?([a-zA-Z]+)\)/.exec(pattern);
  if (lead) {
    for (const f of lead[1]!) {
      if ('ism'.includes(f)) flags += f;
      else if (f !== 'u' && f !== 'd') return unsupported(`the inline flag (?${f}) cannot be checked here`);
    }
    i = lead[0].length;
  }
  let out = '';
  let inClass = false;
  let afterQuantifier = false;
  while (i < pattern.length) {
    const c = pattern[i]!;
    const wasQuantifier = afterQuantifier;
    afterQuantifier = false;
    if (c === '\\') {
      const next = pattern[i + 1];
      if (next === undefined) return invalid(`Unexpected internal error near index ${i + 1} (trailing backslash)`);
      if (next === 'Q') {
        const end = pattern.indexOf('\\E', i + 2);
        const literal = pattern.slice(i + 2, end < 0 ? undefined : end);
        out += literal.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
        i = end < 0 ? pattern.length : end + 2;
        continue;
      }
      if (next === 'p' || next === 'P') {
        const m = /^\\[pP]\{(?:Is)?([A-Za-z]+)\}/.exec(pattern.slice(i));
        const posix = m ? POSIX_CLASSES[m[1]!] : undefined;
        if (!m || posix === undefined)
          return unsupported('Unicode property classes like \\p{L} cannot be checked here');
        const negate = next === 'P';
        if (inClass && negate) return unsupported('a negated \\P{...} inside a character class cannot be checked here');
        out += inClass ? posix : `[${negate ? '^' : ''}${posix}]`;
        i += m[0].length;
        continue;
      }
      if (/[a-zA-Z]/.test(next) && !JAVA_LETTER_ESCAPES.has(next)) {
        return invalid(`Illegal/unsupported escape sequence near index ${i + 1}: \\${next}`);
      }
      if ('GHVXN'.includes(next)) return unsupported(`\\${next} cannot be checked here`);
      const body = CLASS_ESCAPE_BODIES[next];
      if (!inClass && ANCHOR_ESCAPES[next]) out += ANCHOR_ESCAPES[next];
      else if (CHAR_ESCAPES[next]) out += CHAR_ESCAPES[next];
      else if (body) out += inClass ? body : `[${body}]`;
      else out += `\\${next}`;
      i += 2;
      continue;
    }
    if (inClass) {
      if (c === '[') return unsupported('nested character classes ([a[b]]) cannot be checked here');
      if (c === '&' && pattern[i + 1] === '&')
        return unsupported('character class intersection (&&) cannot be checked here');
      if (c === ']') inClass = false;
      out += c;
      i++;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      // A `]` right after `[` or `[^` is a literal in Java; JS would read `[]` as an empty class.
      const start = pattern[i + 1] === '^' ? 2 : 1;
      if (start === 2) out += '^';
      if (pattern[i + start] === ']') {
        out += '\\]';
        i += start + 1;
      } else i += start;
      continue;
    }
    if (c === '(' && pattern[i + 1] === '?') {
      if (pattern[i + 2] === '>') {
        out += '(?:';
        i += 3;
        continue;
      }
      if (/^\(\?[a-zA-Z-]+[:)]/.test(pattern.slice(i)))
        return unsupported('inline flags inside the pattern cannot be checked here');
    }
    if (c === '{') {
      const q = /^\{\d+(,\d*)?\}/.exec(pattern.slice(i));
      if (!q) return invalid(`Illegal repetition near index ${i}: a literal "{" must be written \\{`);
      out += q[0];
      i += q[0].length;
      afterQuantifier = true;
      continue;
    }
    if (c === '+' && wasQuantifier) {
      i++; // possessive quantifier: same matches as the greedy one for a full-string test
      continue;
    }
    if ((c === '*' || c === '+' || c === '?') && !wasQuantifier) afterQuantifier = true;
    out += c;
    i++;
  }
  return { ok: true, source: out, flags };
}

export class JavaRegexError extends Error {
  constructor(
    message: string,
    /** The pattern uses Java syntax this translator does not cover (it may well be valid Java). */
    readonly unsupported: boolean,
  ) {
    super(message);
  }
}

/**
 * A RegExp that tests whether a whole string matches the Java pattern, as API Gateway's selection does
 * (Java `matches()`). Throws JavaRegexError when the pattern is invalid or cannot be translated.
 */
export function compileJavaRegex(pattern: string): RegExp {
  const t = translateJavaRegex(pattern);
  if (!t.ok) throw new JavaRegexError(t.message, t.unsupported);
  try {
    return new RegExp(`^(?:${t.source})$`, t.flags);
  } catch (e) {
    // "Invalid regular expression: /^(?:a(b)$/: Unterminated group" -> "Unterminated group"
    const reason = (e as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
    throw new JavaRegexError(reason, false);
  }
}

function invalid(message: string): JavaRegexTranslation {
  return { ok: false, unsupported: false, message };
}

function unsupported(message: string): JavaRegexTranslation {
  return { ok: false, unsupported: true, message };
}
