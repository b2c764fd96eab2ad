// Java semantics templates rely on (docs/apigw-behaviour.md#java-values, docs/apigw-behaviour.md#velocity-runtime):
// methods of String, List, Map, Number, Boolean and how values print. Expected values follow the Java SE API
// documentation (https://docs.oracle.com/javase/8/docs/api/java/lang/String.html, .../java/util/List.html,
// .../java/util/Map.html, .../java/lang/Double.html#toString-double-) and Velocity 1.7
// (https://velocity.apache.org/engine/1.7/user-guide.html).
import { describe, expect, it } from 'vitest';
import { render, renderError } from './render-helper.ts';

const t = (template: string) => render(template);

describe('String methods (java.lang.String)', () => {
  it.each([
    ['length()', "#set($s = 'hello')$s.length()", '5'],
    ['isEmpty()', "#set($s = '')$s.isEmpty()", 'true'],
    ['substring(begin)', "#set($s = 'hello')$s.substring(1)", 'ello'],
    ['substring(begin, end)', "#set($s = 'hello')$s.substring(1, 3)", 'el'],
    [
      'indexOf / lastIndexOf',
      "#set($s = 'abcabc')$s.indexOf('c') $s.lastIndexOf('c') $s.indexOf('z') $s.indexOf('a', 1)",
      '2 5 -1 3',
    ],
    ['replace replaces every occurrence (CharSequence version)', "#set($s = 'aaa')$s.replace('a', 'b')", 'bbb'],
    [
      'replaceAll with a regex and $1 group references',
      "#set($s = 'John Smith')$s.replaceAll('(\\w+) (\\w+)', '$2, $1')",
      'Smith, John',
    ],
    ['replaceFirst', "#set($s = 'a1b2c3')$s.replaceFirst('[0-9]', '#')", 'a#b2c3'],
    [
      'matches() must match the whole string',
      "#set($s = 'abc123')$s.matches('[a-z]+') $s.matches('[a-z]+[0-9]+')",
      'false true',
    ],
    ['split drops trailing empty strings', "#set($s = 'a,b,,c,,')$s.split(',').size()", '4'],
    ['split with a negative limit keeps them', "#set($s = 'a,b,,c,,')$s.split(',', -1).size()", '6'],
    ['split with a positive limit', "#set($s = 'a,b,c')$s.split(',', 2)[1]", 'b,c'],
    [
      'contains, startsWith, endsWith',
      "#set($s = 'hello')$s.contains('ell') $s.startsWith('he') $s.endsWith('lo') $s.startsWith('l', 2)",
      'true true true true',
    ],
    [
      'equals, equalsIgnoreCase',
      "#set($s = 'Hello')$s.equals('Hello') $s.equals('hello') $s.equalsIgnoreCase('HELLO')",
      'true false true',
    ],
    ['toLowerCase, toUpperCase', "#set($s = 'MiXeD')$s.toLowerCase() $s.toUpperCase()", 'mixed MIXED'],
    ['trim removes whitespace and control characters at the ends', "#set($s = '  x y  ')[$s.trim()]", '[x y]'],
    ['charAt', "#set($s = 'hello')$s.charAt(1)", 'e'],
    ['concat', "#set($s = 'foo')$s.concat('bar')", 'foobar'],
    ['toString', "#set($s = 'x')$s.toString()", 'x'],
    ["hashCode is Java's s[0]*31^(n-1) + ... (int)", "#set($s = 'hello')$s.hashCode()", '99162322'],
    ['compareTo', "#set($s = 'b')$s.compareTo('a') $s.compareTo('b') $s.compareTo('c')", '1 0 -1'],
    ['bean property: $s.empty calls isEmpty()', "#set($s = '')$s.empty", 'true'],
  ])('%s', (_name, template, expected) => {
    expect(t(template)).toBe(expected);
  });

  it.each([
    [
      'substring out of range (StringIndexOutOfBoundsException)',
      "#set($s = 'abc')$s.substring(5)",
      /StringIndexOutOfBoundsException/,
    ],
    ['charAt out of range', "#set($s = 'abc')$s.charAt(3)", /StringIndexOutOfBoundsException/],
    ['a bad regex (PatternSyntaxException)', "#set($s = 'abc')$s.replaceAll('(', 'x')", /PatternSyntaxException/],
    ['an illegal group reference in the replacement', "#set($s = 'abc')$s.replaceAll('a', '$2')", /No group 2/],
  ])('Java exceptions fail the render: %s', (_name, template, message) => {
    expect(renderError(template).message).toMatch(message);
  });
});

describe('List methods (java.util.List / ArrayList)', () => {
  it.each([
    ['size, get, isEmpty', '#set($l = [10, 20, 30])$l.size() $l.get(1) $l.isEmpty()', '3 20 false'],
    ['add returns true and appends', '#set($l = [1])$l.add(2) $l', 'true [1, 2]'],
    ['add(index, element)', '#set($l = [1, 3])$l.add(1, 2)$l', '[1, 2, 3]'],
    [
      'contains, indexOf (equals semantics: Integer 1 is not String "1")',
      "#set($l = [1, 'a'])$l.contains(1) $l.contains('1') $l.indexOf('a')",
      'true false 1',
    ],
    ['remove(int) returns the element', '#set($l = [5, 6, 7])$l.remove(1) $l', '6 [5, 7]'],
    [
      'remove(Object) returns whether it was there',
      "#set($l = ['a', 'b'])$l.remove('a') $l.remove('z') $l",
      'true false [b]',
    ],
    ['set returns the previous element', "#set($l = ['a', 'b'])$l.set(0, 'z') $l", 'a [z, b]'],
    ['addAll', '#set($l = [1])#set($ok = $l.addAll([2, 3]))$ok $l', 'true [1, 2, 3]'],
    ['subList', '#set($l = [1, 2, 3, 4])$l.subList(1, 3)', '[2, 3]'],
    ['index notation $l[i] and negative index from the end (Velocity 1.7)', '#set($l = [1, 2, 3])$l[0] $l[-1]', '1 3'],
    ['a template list prints Java-style', "#set($l = ['a', 1, true, 2.5])$l", '[a, 1, true, 2.5]'],
    ['$list.empty calls isEmpty()', '#set($l = [])$l.empty', 'true'],
  ])('%s', (_name, template, expected) => {
    expect(t(template)).toBe(expected);
  });

  it('get out of range (IndexOutOfBoundsException)', () => {
    expect(renderError('#set($l = [1])$l.get(4)').message).toMatch(/IndexOutOfBoundsException/);
  });
});

describe('Map methods (java.util.Map / LinkedHashMap)', () => {
  it.each([
    [
      'get, containsKey, containsValue, size, isEmpty',
      "#set($m = {'a': 1, 'b': 2})$m.get('a') $m.containsKey('b') $m.containsValue(2) $m.size() $m.isEmpty()",
      '1 true true 2 false',
    ],
    ['$m.key and $m["key"] read entries', "#set($m = {'a': 1})$m.a $m['a']", '1 1'],
    [
      'put returns the previous value (null renders nothing)',
      "#set($m = {'a': 1})[$m.put('a', 5)][$m.put('n', 1)]$m",
      '[1][]{a=5, n=1}',
    ],
    ['remove returns the removed value', "#set($m = {'a': 1, 'b': 2})$m.remove('a') $m", '1 {b=2}'],
    ['putAll', "#set($m = {'a': 1})$m.putAll({'b': 2})$m", '{a=1, b=2}'],
    ['keySet, values', "#set($m = {'x': 1, 'y': 'b'})$m.keySet() $m.values()", '[x, y] [1, b]'],
    [
      'entrySet prints [k=v, ...] (docs/apigw-behaviour.md#velocity-runtime)',
      "#set($m = {'x': 1, 'y': 2})$m.entrySet()",
      '[x=1, y=2]',
    ],
    [
      'entries have key and value',
      "#set($m = {'x': 1})#foreach($e in $m.entrySet())$e.key:$e.value $e.getKey()#end",
      'x:1 x',
    ],
    ['toString', "#set($m = {'x': 1})$m.toString()", '{x=1}'],
    ['#set($m.key = v) puts', "#set($m = {})#set($m.k = 'v')#set($m['k2'] = 'w')$m", '{k=v, k2=w}'],
    [
      'a null value prints "null" inside the map (AbstractMap.toString)',
      '#set($m = $util.parseJson(\'{"a": null}\'))$m',
      '{a=null}',
    ],
  ])('%s', (_name, template, expected) => {
    expect(t(template)).toBe(expected);
  });
});

describe('numbers and booleans', () => {
  it.each([
    ['integer division (Velocity 1.7 MathUtils): 7 / 2 is 3', '#set($x = 7 / 2)$x', '3'],
    ['a Double operand gives a Double: 1.5 * 2 is 3.0', '#set($x = 1.5 * 2)$x', '3.0'],
    ['Integer + Double', '#set($x = 1 + 0.5)$x', '1.5'],
    ['modulo and negative division truncate toward zero (Java)', '#set($a = 10 % 3)#set($b = -7 / 2)$a $b', '1 -3'],
    ['division by zero gives null (renders nothing)', '#set($x = 1)#set($x = 1 / 0)$x', '1'],
    ['string concatenation with +', "#set($x = 'n' + 1)$x", 'n1'],
    [
      'JSON 1.0 stays 1.0, 232 stays 232 (json-smart Double / Integer)',
      "#set($v = $util.parseJson('[1.0, 232, 1.99, 1e3, 1.5E10, 0.0001]'))#foreach($n in $v)$n #end",
      '1.0 232 1.99 1000.0 1.5E10 1.0E-4 ',
    ],
    ['Number methods', '#set($d = 2.75)$d.intValue() $d.doubleValue() #set($i = 3)$i.doubleValue()', '2 2.75 3.0'],
    ['comparisons across Integer and Double', '#if(1 == 1.0)eq#end #if(2 > 1.5)gt#end', 'eq gt'],
    ['booleans print true/false', '#set($b = !true)$b', 'false'],
    ['a big integer prints every digit', "$util.parseJson('12345678901234567')", '12345678901234567'],
  ])('%s', (_name, template, expected) => {
    expect(t(template)).toBe(expected);
  });
});

describe('equality (Velocity 1.7 ==)', () => {
  it.each([
    ['strings by value', "#if('a' == 'a')y#end", 'y'],
    ['numbers by value whatever their class', '#if(2 == 2.0)y#end', 'y'],
    ['different classes compare by toString()', "#set($n = 1)#if($n == '1')y#end", 'y'],
    ['lists element by element', '#set($a = [1, 2])#set($b = [1, 2])#if($a == $b)y#end', 'y'],
    ['!= is the negation', "#if('a' != 'b')y#end", 'y'],
    ['null equals $null and "" (AWS, LS-snap)', "#if($nothing == $null && $nothing == '')y#end", 'y'],
  ])('%s', (_name, template, expected) => {
    expect(t(template)).toBe(expected);
  });
});
