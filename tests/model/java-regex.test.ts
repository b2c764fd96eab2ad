// selectionPattern regexes are Java (java.util.regex.Pattern) and match the whole string: "The error patterns are
// matched against the entire string of the errorMessage" (https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-method-settings-execution-console.html,
// apigw-semantics.md §5); examples from https://docs.aws.amazon.com/apigateway/latest/developerguide/handle-errors-in-lambda-integration.html.
// Expected Java results follow the java.util.regex.Pattern documentation (possessive quantifiers, \Q..\E, \A/\z, POSIX classes).
import { describe, expect, it } from 'vitest';
import { compileJavaRegex, JavaRegexError, translateJavaRegex } from '../../src/model/index.ts';

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
    expect(compileJavaRegex(pattern).test(input)).toBe(expected);
  });
});

describe('translateJavaRegex: Java errors and what cannot be checked', () => {
  it.each([
    ['(4\\d{2}', false, 'Unterminated group'],
    ['{"error"', false, 'Illegal repetition'],
    ['a{', false, 'Illegal repetition'],
    ['\\i', false, 'Illegal/unsupported escape sequence'],
    ['a(?i)b', true, 'inline flags'],
    ['[a[bc]]', true, 'nested character classes'],
    ['[a-z&&b]', true, 'intersection'],
    ['\\p{L}+', true, 'Unicode property'],
    ['\\Gx', true, '\\G'],
    ['(?x) a b', true, '(?x)'],
  ] as const)('%j: unsupported=%s, %s', (pattern, unsupported, message) => {
    try {
      compileJavaRegex(pattern);
      expect.unreachable(`${pattern} should not compile`);
    } catch (e) {
      expect(e).toBeInstanceOf(JavaRegexError);
      expect((e as JavaRegexError).unsupported).toBe(unsupported);
      expect((e as Error).message).toContain(message);
    }
  });

  it('returns the JS source and flags it would compile', () => {
    expect(translateJavaRegex('(?i)a++\\z')).toEqual({ ok: true, source: 'a+$', flags: 'i' });
  });
});
