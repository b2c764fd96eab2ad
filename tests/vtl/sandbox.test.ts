// Templates are untrusted (share links, imports; docs/architecture.md#principles,
// docs/apigw-behaviour.md#template-safety). Known ways out of a JavaScript template engine must lead nowhere: no
// JavaScript internals (constructor, __proto__, prototype, host functions, globals), no change to shared prototypes.
// Values answer only an allow-list of Java methods; anything else is null.
import { afterEach, describe, expect, it } from 'vitest';
import { run } from './render-helper.ts';

const ATTEMPTS: [string, string][] = [
  ['$input.constructor.constructor', "$input.constructor.constructor('return process')"],
  ["a map literal's constructor", "#set($x = {})$x.constructor.constructor('return process')"],
  ["a list literal's constructor", "#set($x = [])$x.constructor.constructor('return this')"],
  ["a string's constructor", "#set($s = 'a')$s.constructor.constructor('return globalThis')"],
  ['__proto__', '#set($x = {})$x.__proto__ $x.__proto__.constructor'],
  ['prototype', '#set($x = {})$x.prototype $input.prototype'],
  ['toString.call', '#set($x = {})$x.toString.call($x)'],
  [
    'hasOwnProperty / valueOf / __defineGetter__',
    "#set($x = {})$x.hasOwnProperty('a') $x.valueOf() $x.__defineGetter__('a', $x)",
  ],
  ['Java reflection: $class.forName', "$class.forName('java.lang.Runtime')"],
  [
    'Java reflection: getClass()',
    "#set($s = '')$s.getClass().forName('java.lang.Runtime') $s.class.name $input.getClass()",
  ],
  ['Map.prototype methods', "#set($m = {'a': 1})$m.forEach($m) $m.entries() $m.constructor"],
  ['Array.prototype methods', '#set($l = [1])$l.push(2) $l.map($l) $l.join(",") $l.length $l'],
  [
    'host object internals',
    '$input.params.call $input.budget $util.constructor $context.constructor $input["constructor"]',
  ],
  ['process / globalThis / require as references', "$process $globalThis $require('fs') $this $window"],
  ['#evaluate of an attempt', '#evaluate("#set($x = {})$x.constructor.constructor(\'return process\')")'],
];

describe('escape attempts render nothing harmful', () => {
  it.each(ATTEMPTS)('%s', (_name, template) => {
    const r = run(template, { body: '{"a": 1}' });
    const text = r.ok ? r.output : r.error.message;
    expect(text).not.toMatch(/function|\[native code\]|process|global|Object\]|\[object/i);
    if (r.ok) expect(r.output.replace(/[\s[\]1,]|true|false/g, '')).toBe('');
  });

  it('a JSONPath filter cannot reach constructors either (jsonpath-plus safe evaluator)', () => {
    const r = run('$input.json(\'$[?(@.constructor.constructor("return process")())]\')', { body: '{"a": {"b": 1}}' });
    expect(r.ok ? r.output : r.error.message).not.toMatch(/\[object process\]|function/);
  });
});

describe('prototype pollution', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it.each([
    ['#set through __proto__', '#set($x = {})#set($x.__proto__.polluted = 1)'],
    ['#set on an undefined root', '#set($y.__proto__.polluted = 1)'],
    ['index syntax', "#set($x = {})#set($x['__proto__']['polluted'] = 1)"],
    ['put() with __proto__', "#set($x = {})#set($d = $x.put('__proto__', {'polluted': 1}))"],
    ['constructor.prototype', '#set($x = {})#set($x.constructor.prototype.polluted = 1)'],
    ['$input.path result', "#set($r = $input.path('$'))#set($r.__proto__.polluted = 1)"],
    ['parseJson of a __proto__ key', '#set($p = $util.parseJson(\'{"__proto__": {"polluted": 1}}\'))$p'],
  ])('%s leaves ({}).polluted undefined', (_name, template) => {
    run(template, { body: '{"a": 1}' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a key named __proto__ is plain data', () => {
    const r = run("#set($x = {})#set($x['__proto__'] = 'v')$x $x.get('__proto__')");
    expect(r.ok && r.output).toBe('{__proto__=v} v');
  });
});

describe('runaway templates stop', () => {
  it.each([
    ['infinite macro recursion', '#macro(loop)#loop()#end#loop()'],
    ['recursive #evaluate', "#set($t = '#evaluate($t)')#evaluate($t)"],
    ['nested loops', '#foreach($a in [1..1000])#foreach($b in [1..1000])#foreach($c in [1..1000])$c#end#end#end'],
  ])('%s', (_name, template) => {
    const r = run(template);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('limit');
  });
});
