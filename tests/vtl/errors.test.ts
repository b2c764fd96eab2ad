// Template errors come back as data a person can act on: a message, a 1-based line and column, and a code ('parse' |
// 'runtime' | 'limit' | 'override-twice' | 'unsupported'). Java Velocity rejects these templates with a
// ParseErrorException
// (https://velocity.apache.org/engine/1.7/apidocs/org/apache/velocity/exception/ParseErrorException.html); velocityjs
// accepts some of them silently, which the runtime must not.
import { describe, expect, it } from 'vitest';
import { renderError } from './render-helper.ts';

describe('syntax errors', () => {
  it.each([
    ['an incomplete #set', '#set($a = 1)\n#set($b = )', 2, 11, /unexpected "\)"/],
    ['two arguments without a comma', 'x\n  $s.substring(1 2)', 2, 18, /unexpected "2"/],
    ['a directive left open at the end', '#if($a', 1, 7, /ends too early/],
    ['an unterminated string', '#set($a = "abc', 1, 1, /unterminated string/],
    [
      '#if never closed (velocityjs would silently duplicate the rest)',
      'a\n#if($x)\n b\n',
      2,
      1,
      /#if is never closed/,
    ],
    ['#foreach never closed', '#foreach($i in [1])x', 1, 1, /#foreach is never closed/],
    [
      'an #end with nothing to close (velocityjs would silently drop the rest)',
      'a\n#if(true)b#end\nc #end d',
      3,
      3,
      /#end without/,
    ],
    ['an unclosed block comment', 'a #* never closed', 1, 3, /never closed with \*#/],
  ])('%s', (_name, template, line, column, message) => {
    const e = renderError(template);
    expect(e.code).toBe('parse');
    expect(e.message).toMatch(message);
    expect({ line: e.line, column: e.column }).toEqual({ line, column });
  });
});

describe('runtime errors point at the node that failed', () => {
  it('a Java exception in a method, inside a loop', () => {
    const e = renderError("#foreach($s in ['abc', 'x'])\n  $s.substring(2)\n#end");
    expect(e).toMatchObject({ code: 'runtime', line: 2, column: 3 });
    expect(e.message).toMatch(/StringIndexOutOfBoundsException: begin 2, end 1, length 1/);
  });

  it('a failing #set', () => {
    expect(renderError("ok\n#set($x = $util.parseJson('{'))")).toMatchObject({ code: 'runtime', line: 2, column: 1 });
  });

  it('#evaluate of a bad template names the inner position', () => {
    const e = renderError("#evaluate('#if(')");
    expect(e.message).toMatch(/^#evaluate: .*line 1, column \d+ of the evaluated text/);
  });
});

describe('limits', () => {
  it.each([
    [
      'a runaway nested loop exhausts the step budget',
      '#foreach($a in [1..1000])#foreach($b in [1..1000])#foreach($c in [1..100])#end#end#end',
      /too much work/,
    ],
    ['a huge range', '#set($r = [1..50000000])', /too much work/],
    ['a string doubling itself', '#set($s = \'xx\')#foreach($i in [1..40])#set($s = "$s$s")#end', /grew past/],
    [
      'a list that keeps doubling',
      '#set($l = [1])#foreach($i in [1..60])#set($d = $l.addAll($l))#end',
      /too much work/,
    ],
    [
      'a list that contains itself, printed',
      '#set($l = [])#set($d = $l.add($l))#set($m = [$l])#set($d = $l.add($m))$l',
      /nested more than/,
    ],
  ])('%s', (_name, template, message) => {
    const e = renderError(template);
    expect(e.code).toBe('limit');
    expect(e.message).toMatch(message);
  });

  it('the output size limit', () => {
    expect(renderError('#foreach($i in [1..100])xxxxxxxxxx#end', {}, { maxOutputLength: 500 }).message).toMatch(
      /output grew past 500/,
    );
  });

  it('the template size limit (API Gateway: 300 KB)', () => {
    expect(renderError('x'.repeat(300 * 1024 + 1)).message).toMatch(/up to 300 KB/);
  });
});
