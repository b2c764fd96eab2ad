// Java regular expressions in String.split/replaceAll/replaceFirst/matches, translated to JavaScript.
// Expected values are the Java SE documentation's own examples where it has them:
// String.split: https://docs.oracle.com/javase/8/docs/api/java/lang/String.html#split-java.lang.String-int-
// Matcher.replaceAll/replaceFirst: https://docs.oracle.com/javase/8/docs/api/java/util/regex/Matcher.html
// Pattern syntax: https://docs.oracle.com/javase/8/docs/api/java/util/regex/Pattern.html
import { describe, expect, it } from 'vitest';
import { javaMatches, javaReplace, javaSplit } from '../../src/engine/vtl/java/regex-ops.ts';
import { render, run } from './render-helper.ts';

describe('String.split (Javadoc table for "boo:and:foo")', () => {
  it.each([
    [':', 2, ['boo', 'and:foo']],
    [':', 5, ['boo', 'and', 'foo']],
    [':', -2, ['boo', 'and', 'foo']],
    ['o', 5, ['b', '', ':and:f', '', '']],
    ['o', -2, ['b', '', ':and:f', '', '']],
    ['o', 0, ['b', '', ':and:f']],
  ])('split("%s", %i)', (regex, limit, expected) => {
    expect(javaSplit('boo:and:foo', regex, limit)).toEqual(expected);
  });

  it.each([
    ['no match gives the input itself', 'abc', ',', ['abc']],
    ['the empty string gives one empty string', '', ',', ['']],
    ['a zero-width match at the start gives no leading empty string (Java 8+)', 'abc', '', ['a', 'b', 'c']],
    ['a leading separator gives a leading empty string', ',a', ',', ['', 'a']],
    ['regex separators', 'a1b22c', '\\d+', ['a', 'b', 'c']],
  ])('%s', (_name, input, regex, expected) => {
    expect(javaSplit(input, regex)).toEqual(expected);
  });
});

describe('replaceAll / replaceFirst (Matcher Javadoc examples)', () => {
  it.each([
    ['replaceAll: a*b -> "-"', 'aabfooaabfooabfoob', 'a*b', '-', true, '-foo-foo-foo-'],
    ['replaceFirst: dog -> cat', 'zzzdogzzzdogzzz', 'dog', 'cat', false, 'zzzcatzzzdogzzz'],
    ['$n group references', 'John Smith', '(\\w+) (\\w+)', '$2 $1', true, 'Smith John'],
    [
      '${name} group references',
      '2024-06-01',
      '(?<y>\\d+)-(?<m>\\d+)-(?<d>\\d+)',
      '${d}/${m}/${y}',
      true,
      '01/06/2024',
    ],
    ['\\$ is a literal dollar in the replacement', 'cost', 'cost', '\\$5', true, '$5'],
    ['$12 reads as group 1 then "2" when there is no group 12', 'ab', '(a)', '$12', true, 'a2b'],
    ['a group that did not take part adds nothing', 'b', '(a)?b', '[$1]', true, '[]'],
  ])('%s', (_name, input, regex, replacement, all, expected) => {
    expect(javaReplace(input, regex, replacement, all)).toBe(expected);
  });
});

describe('Pattern syntax translated to JavaScript', () => {
  it.each([
    ['\\Q...\\E quotes metacharacters', 'a.b*c', '\\Qa.b*c\\E', true],
    ['\\Q...\\E without the dot matching anything', 'axb*c', '\\Qa.b*c\\E', false],
    ['leading (?i) flag', 'HELLO', '(?i)hello', true],
    ['possessive quantifiers (approximated greedily)', 'aaa', 'a++', true],
    ['atomic groups (approximated)', 'abc', '(?>ab)c', true],
    ['POSIX \\p{Alpha}', 'abcXYZ', '\\p{Alpha}+', true],
    ['POSIX \\p{Digit} in a class', 'a1b2', '[\\p{Digit}ab]+', true],
    ['Unicode \\p{L}', 'héllo', '\\p{L}+', true],
    ['\\A and \\z anchors', 'abc', '\\Aabc\\z', true],
    ['a literal ] outside a class is allowed in Java', 'a]', 'a]', true],
    ['a backslash before a non-letter is that character', "it's", "it\\'s", true],
    ['. matches a whole astral character (code points, as Java)', '😀', '.', true],
  ])('%s', (_name, input, regex, expected) => {
    expect(javaMatches(input, regex)).toBe(expected);
  });

  it('the DG idiom $util.escapeJavaScript(data).replaceAll("\\\\\'","\'") in a template', () => {
    expect(render('#set($d = "it\'s")$util.escapeJavaScript($d).replaceAll("\\\\\'","\'")')).toBe("it's");
  });
});

// Regular expressions run on RE2 (re2js): linear time whatever the pattern (docs/limits.md). Java's
// java.util.regex would backtrack exponentially on these; here they finish, with Java's answer.
describe('catastrophic patterns finish with the right answer (linear-time engine)', () => {
  const evil = `${'a'.repeat(30_000)}!`;
  it.each([
    ['matches (a+)+$', `$input.body.matches("(a+)+$")`, 'false'],
    ['matches (a|aa)+b', `$input.body.matches("(a|aa)+b")`, 'false'],
    ['matches (.*a){12}', `$input.body.matches("(.*a){12}")`, 'false'],
    ['replaceAll (a+)+$', `$input.body.replaceAll("(a+)+$", "x").length()`, '30001'],
    ['replaceFirst (a|a)*!', `$input.body.replaceFirst("(a|a)*!", "x")`, 'x'],
    ['split on (a+)+b', `$input.body.split("(a+)+b").size()`, '1'],
    // The whole input is one separator: Java's split then drops the trailing empty strings, leaving none.
    ['split on ([a-z]+)*!', `$input.body.split("([a-z]+)*!").size()`, '0'],
  ])('%s', (_name, template, expected) => {
    expect(render(template, { body: evil })).toBe(expected);
  });
});

describe('Matcher.find stepping and replacement syntax, as java.util.regex does them', () => {
  it.each([
    // Java: an empty match right after a non-empty one is allowed ("foo".replaceAll("o*", "X") is "XfXX").
    ['empty matches after a non-empty one', 'foo', 'o*', 'X', true, 'XfXX'],
    ['empty pattern', 'ab', '', '-', true, '-a-b-'],
    ['$0 is the whole match', 'abc', 'b', '[$0]', true, 'a[b]c'],
    ['\\\\ and \\$ in the replacement', 'a', 'a', '\\\\\\$', true, '\\$'],
    ['literal pattern with regex metacharacters quoted', 'a.b.c', '\\.', '/', true, 'a/b/c'],
    ['case-insensitive flag', 'Hello hello', '(?i)HELLO', 'x', true, 'x x'],
    ['Java . does not match \\r (RE2 would)', 'a\rb', 'a.b', 'x', true, 'a\rb'],
    ['a lookbehind runs (re2js captureless lookbehind)', 'xa ya', '(?<=x)a', 'A', true, 'xA ya'],
  ])('%s', (_name, input, regex, replacement, all, expected) => {
    expect(javaReplace(input, regex, replacement, all)).toBe(expected);
  });

  it.each([
    ['a 1 b', '\\s', ['a', '1', 'b']],
    ['a,b;c', '[,;]', ['a', 'b', 'c']],
    ['x1y22z', '\\d+', ['x', 'y', 'z']],
    ['a|b', '\\|', ['a', 'b']],
  ])('split(%j, %j)', (input, regex, expected) => {
    expect(javaSplit(input, regex)).toEqual(expected);
  });
});

describe('what the linear-time engine cannot run is a PatternSyntaxException naming the construct', () => {
  it.each([
    ['(a)\\1', 'backreference \\1'],
    ['a(?=b)', 'lookahead (?=...)'],
    ['a(?!b)', 'lookahead (?!...)'],
    ['(?<n>a)\\k<n>', 'named backreference'],
  ])('%s', (regex, construct) => {
    const r = run(`#set($s = "ab")$s.matches("${regex}")`);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toContain('java.util.regex.PatternSyntaxException');
      expect(r.error.message).toContain(construct);
      expect(r.error.message).toContain('linear-time engine');
      expect({ line: r.error.line, column: r.error.column }).toEqual({ line: 1, column: 16 }); // at $s.matches
    }
  });
});
