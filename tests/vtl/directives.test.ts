// VTL directives and references. Sources: Velocity 1.7 user guide and VTL reference
// (https://velocity.apache.org/engine/1.7/user-guide.html, https://velocity.apache.org/engine/1.7/vtl-reference.html),
// and the AWS behaviours recorded in docs/apigw-behaviour.md#input, docs/apigw-behaviour.md#java-values (null renders
// as nothing).
import { describe, expect, it } from 'vitest';
import { render, renderError } from './render-helper.ts';

describe('references', () => {
  it.each([
    [
      'an undefined reference renders as nothing on API Gateway (LS-snap; stock Velocity prints "$foo")',
      '[$foo]',
      '[]',
    ],
    ['quiet reference $!foo', '[$!foo]', '[]'],
    ['formal reference ${foo}', "#set($foo = 'x')${foo}y", 'xy'],
    ['a property of null is null', '[$foo.bar.baz]', '[]'],
    ['a method of null is null', '[$foo.bar()]', '[]'],
    ['an unknown method is null (renders nothing)', "#set($s = 'x')[$s.noSuchMethod()]", '[]'],
    ['escaped reference \\$foo prints the reference literally', "#set($foo = 'x')\\$foo", '$foo'],
    [
      'a trailing period after a reference is text (DG pet store: "$elem.type.")',
      "#set($m = {'t': 'dog'})$m.t.",
      'dog.',
    ],
    ['interpolation inside double quotes', '#set($n = \'Rex\')#set($s = "Hi $n!")$s', 'Hi Rex!'],
    ['no interpolation inside single quotes', "#set($n = 'Rex')#set($s = 'Hi $n!')$s", 'Hi $n!'],
  ])('%s', (_name, template, expected) => {
    expect(render(template)).toBe(expected);
  });
});

describe('#set', () => {
  it.each([
    [
      'assigns literals, lists, maps, ranges',
      "#set($a = 'x')#set($l = [1, 2])#set($m = {'k': 'v'})#set($r = [1..3])$a $l $m $r",
      'x [1, 2] {k=v} [1, 2, 3]',
    ],
    ['a range counts down', '#set($r = [3..1])$r', '[3, 2, 1]'],
    ['arithmetic and logic', '#set($a = (1 + 2) * 3)#set($b = $a > 5 && !false)$a $b', '9 true'],
    [
      'a null value leaves the variable unchanged (Velocity 1.7)',
      "#set($a = 'kept')#set($a = $nothing.here)$a",
      'kept',
    ],
    ['the newline after a directive line is not output', '#set($a = 1)\nx', 'x'],
  ])('%s', (_name, template, expected) => {
    expect(render(template)).toBe(expected);
  });
});

describe('#if / #elseif / #else', () => {
  it.each([
    ['first true branch', '#if(false)a#elseif(true)b#else c#end', 'b'],
    ['#else', '#if(false)a#{else}b#end', 'b'],
    ['null is false', '#if($nothing)a#else b#end', ' b'],
    ['an empty string is true in Velocity 1.7 (only null and false are false)', "#if('')a#end", 'a'],
    ['and, or, not', '#if(true && (false || !false))y#end', 'y'],
    ['word operators', '#if(1 == 1 and not false)y#end', 'y'],
  ])('%s', (_name, template, expected) => {
    expect(render(template)).toBe(expected);
  });
});

describe('#foreach', () => {
  it.each([
    [
      'over a list, with $foreach.hasNext (used in every AWS loop example)',
      '#foreach($i in [1, 2, 3])$i#if($foreach.hasNext),#end#end',
      '1,2,3',
    ],
    [
      '$foreach.index (0-based), $foreach.count and $velocityCount (1-based)',
      "#foreach($i in ['a', 'b'])$foreach.index$foreach.count$velocityCount #end",
      '011 122 ',
    ],
    [
      '$foreach.first and $foreach.last',
      '#foreach($i in [1, 2, 3])#if($foreach.first)[#end$i#if($foreach.last)]#end#end',
      '[123]',
    ],
    ["over a map's values", "#set($m = {'a': 1, 'b': 2})#foreach($v in $m)$v#end", '12'],
    ["over a map's keySet", "#set($m = {'a': 1, 'b': 2})#foreach($k in $m.keySet())$k=$m.get($k);#end", 'a=1;b=2;'],
    ['over a single string: one iteration', "#set($s = 'abc')#foreach($x in $s)[$x]#end", '[abc]'],
    ['over null: no iteration', '#foreach($x in $nothing)x#end', ''],
    ['#break leaves the loop', '#foreach($i in [1..5])#if($i == 3)#break#end$i#end', '12'],
    [
      'nested loops and $foreach.parent',
      '#foreach($a in [1, 2])#foreach($b in [1, 2])$foreach.parent.count$foreach.count #end#end',
      '11 12 21 22 ',
    ],
    ['the loop variable is restored afterwards', "#set($i = 'before')#foreach($i in [1])#end$i", 'before'],
  ])('%s', (_name, template, expected) => {
    expect(render(template)).toBe(expected);
  });

  it('at most 1,000 iterations (API Gateway limit, DG limits table): 1,000 pass', () => {
    expect(render('#foreach($i in [1..1000])#end$velocityCount')).toBe('');
  });

  it('1,001 iterations fail, and the error says why and where', () => {
    const e = renderError('ok\n  #foreach($i in [1..1001])x#end');
    expect(e).toMatchObject({ code: 'limit', line: 2, column: 3 });
    expect(e.message).toMatch(/at most 1000 iterations/);
  });

  it('changing the list being iterated fails like Java (ConcurrentModificationException)', () => {
    expect(renderError('#set($l = [1, 2])#foreach($x in $l)#set($d = $l.add(3))#end').message).toMatch(
      /ConcurrentModificationException/,
    );
  });
});

describe('#macro, #define, #evaluate, #stop, comments', () => {
  it.each([
    [
      'a macro with arguments',
      "#macro(greet $who)Hello, $who!#end#greet('Ann') #greet('Bob')",
      'Hello, Ann! Hello, Bob!',
    ],
    ['a macro may be called before its definition (defined at parse time)', "#hi('x')#macro(hi $a)[$a]#end", '[x]'],
    ['macro arguments are local to the call', "#set($a = 'outer')#macro(m $a)$a#end#m('inner') $a", 'inner outer'],
    ['a block macro call with $bodyContent', '#macro(wrap)<$bodyContent>#end#@wrap()inside#end', '<inside>'],
    ['a call to an unknown macro prints as written (Velocity)', "#nosuch('x')", "#nosuch('x')"],
    [
      '#define renders its block where referenced',
      '#define($block)n=$n#end#set($n = 1)$block #set($n = 2)$block',
      'n=1 n=2',
    ],
    ['#evaluate renders a string as a template', "#set($t = '#set($x = 5)$x')#evaluate($t)", '5'],
    ['#stop ends the render, keeping what was output', 'a#set($x = 1)#stop b', 'a'],
    ['## line comments and #* block comments *# output nothing', 'a## note\nb#* block\ncomment *#c', 'abc'],
    ['#[[ unparsed ]]# content is output as is', '#[[$not #parsed]]#', '$not #parsed'],
  ])('%s', (_name, template, expected) => {
    expect(render(template)).toBe(expected);
  });

  it('#parse and #include are not available in API Gateway (qiita.com/yoshidasts: they fail there)', () => {
    expect(renderError("#parse('x.vm')")).toMatchObject({ code: 'unsupported', line: 1, column: 1 });
  });

  it('recursive macros stop at a depth limit with a clear error', () => {
    const e = renderError('#macro(r $n)#r($n)#end\n#r(1)');
    expect(e.code).toBe('limit');
    expect(e.message).toMatch(/macro #r nested more than 20 levels/);
  });
});
