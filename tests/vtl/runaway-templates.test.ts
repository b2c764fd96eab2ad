// Templates written to hang or exhaust memory stop with a positioned error naming the limit (docs/limits.md).
// Cases of the issue ("lists that double themselves 40-60 times then printed, compared, interpolated or used as a map
// key", "$util.base64Encode of a 50 MB body", catastrophic regular expressions) and more of our own. Their time to
// stop is measured by `npm run bench` (bench/runaway.bench.ts), never here.
import { describe, expect, it } from 'vitest';
import { renderVtl } from '../../src/engine/vtl/index.ts';
import { run } from './render-helper.ts';

/** `$l` becomes a list of 2^n leaves (n levels of [$l, $l]): tiny in memory, enormous when printed. */
const doubled = (n: number, name = 'l') =>
  `#set($${name} = [1])#foreach($i in [1..${n}])#set($${name} = [$${name}, $${name}])#end`;
const DOUBLE = doubled(50); // 60 characters: what follows starts at column 61

describe('values that grow past the size limit stop with a positioned "limit" error', () => {
  it.each([
    ['a doubled list printed', `${DOUBLE}$l`, 1, 61, /list printed as text grew past 10,485,760 characters/],
    ['a doubled list interpolated', `${DOUBLE}#set($s = "x$l")`, 1, 61, /grew past/],
    ['a doubled list compared with a string', `${DOUBLE}#if($l == "x")y#end`, 1, 61, /grew past/],
    ['a doubled list used as a map key', `${DOUBLE}#set($m = {})#set($x = $m.put($l, 1))`, 1, 74, /grew past/],
    ['a doubled list turned into a string', `${DOUBLE}$l.toString().length()`, 1, 61, /grew past/],
    ['a string doubled 60 times', '#set($s = "a")#foreach($i in [1..60])#set($s = "$s$s")#end', 1, 38, /grew past/],
    ['concat doubling', '#set($s = "a")#foreach($i in [1..60])#set($s = $s.concat($s))#end', 1, 38, /grew past/],
    ['+ doubling', '#set($s = "a")#foreach($i in [1..60])#set($s = $s + $s)#end', 1, 38, /grew past/],
    ['repeat(2e9)', '#set($a = "ab")$a.repeat(2000000000)', 1, 16, /grew past/],
    [
      'replace("", big) on a long string',
      '#set($a = "a")#set($s = $a.repeat(100000))\n$s.replace("", $s)',
      2,
      1,
      /grew past/,
    ],
    [
      'replaceAll into a huge string',
      '#set($a = "a")#set($s = $a.repeat(100000))\n$s.replaceAll("a", $s)',
      2,
      1,
      /grew past/,
    ],
    ['addAll doubling', '#set($l = [1])#foreach($i in [1..60])#set($x = $l.addAll($l))#end', 1, 38, /evaluation steps/],
    ['a range of 10^9', '#set($r = [1..1000000000])', 1, 1, /evaluation steps/],
    [
      'three nested loops of 1,000',
      '#foreach($a in [1..1000])#foreach($b in [1..1000])#foreach($c in [1..1000])#end#end#end',
      1,
      51,
      /evaluation steps/,
    ],
    ['macro recursion', '#macro(r $n)#r($n)#end#r(1)', 1, 13, /nested more than 20 levels/],
  ])('%s', (_name, template, line, column, message) => {
    const r = run(template);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('limit');
    expect(r.error.message).toMatch(message);
    expect({ line: r.error.line, column: r.error.column }).toEqual({ line, column });
  });

  it('two separately doubled lists compare equal without visiting 2^50 elements', () => {
    const r = run(`${doubled(50, 'a')}${doubled(50, 'b')}#if($a == $b)same#end $a.equals($b) $a.contains($b)`);
    expect(r.ok && r.output).toBe('same true false');
  });
});

describe('$util on huge arguments refuses by size before doing the work', () => {
  const body50 = 'x'.repeat(50 * 1024 * 1024);
  it.each([
    ['base64Encode of a 50 MB body', '$util.base64Encode($input.body)', body50],
    ['escapeJavaScript growing 6x', '$util.escapeJavaScript($input.body)', '\u00e9'.repeat(2_000_000)],
    ['urlEncode growing 9x', '$util.urlEncode($input.body)', '\u4e2d'.repeat(2_000_000)],
  ])('%s', (_name, template, body) => {
    const r = run(template, { body });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'limit', line: 1, column: 1 });
  });

  it('base64Encode still encodes a large body that fits (7 MB -> 9.3 M characters)', () => {
    const r = run('$util.base64Encode($input.body).length()', { body: 'x'.repeat(7_000_000) });
    expect(r.ok && r.output).toBe('9333336');
  });
});

describe('JSON nested deeper than json-smart allows (400 levels, CVE-2023-1370) is an error, not a crash', () => {
  it.each([
    ['$input.path', "$input.path('$')", '['.repeat(100_000) + ']'.repeat(100_000)],
    ['$input.json', "$input.json('$[0]')", '['.repeat(100_000) + ']'.repeat(100_000)],
    ['$util.parseJson', '$util.parseJson($input.body)', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`],
  ])('%s', (_name, template, body) => {
    const r = run(template, { body });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/nested more than 400 levels deep/);
  });

  it('400 levels are still read', () => {
    const r = run("$input.json('$')", { body: '['.repeat(400) + ']'.repeat(400) });
    expect(r.ok && r.output.length).toBe(800);
  });
});

describe('the wall-clock deadline (limits.maxMillis) stops work the step count allows', () => {
  it('a loop stopped by a 1 ms deadline says which limit and where', () => {
    const r = renderVtl(
      '#set($x = 0)\n#foreach($a in [1..1000])#foreach($b in [1..1000])#set($x = $x + 1)#end#end',
      { body: '', params: { path: {}, querystring: {}, header: {} }, context: {}, stageVariables: {} },
      { maxMillis: 1, maxSteps: Number.MAX_SAFE_INTEGER },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('limit');
      expect(r.error.message).toMatch(/ran longer than 1 ms/);
      expect(r.error.line).toBe(2);
    }
  });

  it('the default is 2 s, in every render', () => {
    const r = run('#foreach($a in [1..1000])#foreach($b in [1..1000])#end#end', {});
    // The step budget stops this one first; the deadline message names 2,000 ms when it is the one that fires.
    expect(r.ok).toBe(false);
  });
});
