// selectionPattern regexes are Java (java.util.regex.Pattern) and match the whole string: "The error patterns are
// matched against the entire string of the errorMessage"
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-method-settings-execution-console.html,
// docs/apigw-behaviour.md#integration-response-selection); examples from
// https://docs.aws.amazon.com/apigateway/latest/developerguide/handle-errors-in-lambda-integration.html. Expected Java
// results follow the java.util.regex.Pattern documentation (possessive quantifiers, \Q..\E, \A/\z, POSIX classes).
import { describe, expect, it } from 'vitest';
import { compileJavaRegex, JavaRegexError, translateJavaRegex } from '../../src/engine/index.ts';

describe('compileJavaRegex: matches like Java matches()', () => {
  it.each([
    ['2\\d{2}', '201', true],
    ['2\\d{2}', '2011', false], // whole string, not find()
    ['.*Invalid request.*', 'Error: Invalid request body', true],
    ['Malformed.*', 'Oops Malformed', false],
    ['.+', 'line1\nline2', false], // no DOTALL: . stops at \n
    ['(\\n|.)+', 'line1\nline2', true], // the docs' catch-all
    ['(?i)error.*', 'ERROR: x', true], // leading flag group
    ['\\Q[1+1]\\E=2', '[1+1]=2', true], // quoting
    ['a*+b', 'aaab', true], // possessive
    ['(?>ab|a)c', 'abc', true], // atomic group
    ['\\Aabc\\z', 'abc', true],
    ['\\p{Alpha}+\\p{Digit}', 'abc1', true],
    ['\\P{Digit}+', 'abc', true],
    ['[]a]+', ']a]', true], // ] first in a class is a literal in Java
    ['\\e', '\u001b', true],
    ['x{2,3}', 'xxx', true],
  ] as const)('%j on %j -> %s', (pattern, input, expected) => {
    expect(compileJavaRegex(pattern).matches(input)).toBe(expected);
  });
});

describe('compileJavaRegex: Java errors in Java words, and what the linear-time engine refuses', () => {
  // Java's PatternSyntaxException descriptions:
  // https://docs.oracle.com/javase/8/docs/api/java/util/regex/PatternSyntaxException.html
  it.each([
    ['(4\\d{2}', false, 'Unclosed group'],
    ['4\\d{2})', false, "Unmatched closing ')'"],
    ['[45', false, 'Unclosed character class'],
    ['{"error"', false, 'Illegal repetition'],
    ['a{', false, 'Illegal repetition'],
    ['a**', false, 'Dangling meta character'],
    ['\\i', false, 'Illegal/unsupported escape sequence'],
    ['\\p{NoSuchClass}', false, 'Unknown character property'],
    ['(a)\\1', true, 'backreference \\1'],
    ['(?<n>a)\\k<n>', true, 'named backreference'],
    ['a(?=b)', true, 'lookahead (?=...)'],
    ['a(?!b)', true, 'lookahead (?!...)'],
    ['(?<=(a))b', true, 'lookbehind'],
    ['[a-z&&[^b]]', true, 'intersection'],
    ['[a[^b]]', true, 'negated nested character class'],
    ['\\Gx', true, '\\G'],
    ['a{1001}', true, 'repetition count'],
  ] as const)('%j: unsupported=%s, %s', (pattern, unsupported, message) => {
    try {
      compileJavaRegex(pattern);
      expect.unreachable(`${pattern} should not compile`);
    } catch (e) {
      expect(e).toBeInstanceOf(JavaRegexError);
      expect((e as JavaRegexError).unsupported).toBe(unsupported);
      expect((e as Error).message).toContain(message);
      expect((e as Error).message).not.toMatch(/native code|RE2JS|at \w+ \(/);
    }
  });

  it.each([
    ['a(?i)b', 'aB', true],
    ['[a[bc]]+', 'abcab', true],
    ['\\p{L}+', 'héllo', true],
    ['\\p{IsLatin}+', 'abc', true],
    ['(?x) a b # comment', 'ab', true],
    ['(?<=a)b', 'b', false], // linear-time lookbehind: b preceded by nothing
  ] as const)(
    'what the old translators refused or disagreed on now runs: %j on %j -> %s',
    (pattern, input, expected) => {
      expect(compileJavaRegex(pattern).matches(input)).toBe(expected);
    },
  );

  it('returns the RE2 source, flags and whether the pattern is plain text', () => {
    expect(translateJavaRegex('(?i)a++\\z')).toEqual({ ok: true, source: 'a+\\z', flags: 1, literal: null });
    expect(translateJavaRegex("\\Q$1.00\\E\\'")).toMatchObject({ ok: true, literal: "$1.00'" });
  });
});
