// `$input.json('$')` returns the payload itself when canonicalJsonText proves it is already what the writer prints,
// or the payload without its whitespace when only that differs (json-canonical-check.ts). The reference is the tree path (parsePayload -> toJsonText), whose rules the other tests
// in tests/vtl pin to API Gateway's (DG api-gateway-mapping-template-reference, `$input.json`: the JSONPath result
// "serialized as JSON", by Jayway JsonPath over json-smart; numbers as Java's Double.toString prints them,
// https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/Double.html#toString(double)).
// A wrong "yes" would hand back text API Gateway rewrites; a wrong "no" only costs the writer's pass.
import { describe, expect, it } from 'vitest';
import { canonicalJsonAt } from '../../src/engine/vtl/json/json-canonical.ts';
import { canonicalJsonText } from '../../src/engine/vtl/json/json-canonical-check.ts';
import { parsePayload } from '../../src/engine/vtl/json/json-parse.ts';
import { toJsonText } from '../../src/engine/vtl/json/json-serialize.ts';
import { Gen, rng } from './random-json.ts';

/** What the tree path prints for `text`, or undefined when it is not a JSON object or array the tree reads. */
function printed(text: string, escapeSlash: boolean): string | undefined {
  try {
    const v = parsePayload(text);
    return typeof v === 'string' && !text.trimStart().startsWith('"') ? undefined : toJsonText(v, escapeSlash);
  } catch {
    return undefined;
  }
}

describe('canonicalJsonText: the text itself exactly when the writer would print it unchanged', () => {
  // [what, text, canonical with json-simple's style (`/` as is), canonical with json-smart's (`/` as `\/`)]
  it.each([
    ['a compact object', '{"a":1,"b":[true,false,null],"c":{}}', true, true],
    ['empty containers at the top', '[]', true, true],
    // Numbers: Integer/Long/BigInteger keep every digit; Doubles print as Double.toString.
    ['an integer', '[0,-7,232]', true, true],
    ['-0 as an integer (printed 0)', '[-0]', false, false],
    ['a big integer (BigInteger: every digit)', '[123456789012345678901234567890]', true, true],
    ['past 2^53 (Long: every digit)', '[9007199254740993]', true, true],
    ['an integral Double keeps .0', '[1.0,-0.0,0.0]', true, true],
    ['a trailing zero goes', '[1.50]', false, false],
    ['an exponent without fraction (printed 1000.0)', '[1e3]', false, false],
    ['Double.toString notation from 1e7 up', '[1.0E7,1.2345E21,-1.0E300]', true, true],
    ['plain from 1e-3', '[0.001,9999999.5]', true, true],
    ['below 1e-3 is scientific', '[1.0E-4,9.9999999999999E-4]', true, true],
    ['1e-3 written in scientific notation (printed 0.001)', '[1.0E-3]', false, false],
    ['1e7 written plainly (printed 1.0E7)', '[10000000.0]', false, false],
    ['a lower-case exponent', '[1.0e7]', false, false],
    ['a 17-digit shortest double (1 / 7 as JSON.stringify writes it)', '[0.14285714285714285]', true, true],
    ['16 digits, shortest', '[857.1428571428571]', true, true],
    ['17 digits that are not the shortest (printed 0.1)', '[0.10000000000000001]', false, false],
    ['17 digits rounding to 1e7 (printed 1.0E7)', '[9999999.9999999999]', false, false],
    ['a value too large for a double (printed null)', '[1.0E400]', false, false],
    // Strings: json-simple escapes `"` `\` control characters, U+007F-U+009F and U+2000-U+20FF (upper-case \uXXXX).
    ['short escapes', '["\\"\\\\\\b\\f\\n\\r\\t"]', true, true],
    ['a slash as it is', '["a/b"]', true, false],
    ['an escaped slash', '["a\\/b"]', false, true],
    ['an escape of a character written as it is', '["\\u00e9"]', false, false],
    ['a character written as it is', '["é😀ß"]', true, true],
    ['an upper-case escape of U+2028', '["\\u2028"]', true, true],
    ['a lower-case escape', '["\\u001f"]', false, false],
    ['an upper-case escape of a control character', '["\\u001F\\u0000\\u007F\\u0085\\u20FF"]', true, true],
    ['a \\u escape of a character with a short escape', '["\\u000A"]', false, false],
    ['a raw U+2028', '["\u2028"]', false, false],
    ['a raw U+0085', '["\u0085"]', false, false],
    ['a raw DEL', '["\u007f"]', false, false],
    ['just past the escaped ranges', '["\u00a0\u2100"]', true, true],
    ['an escaped lone surrogate (written as it is)', '["\\uD83D"]', false, false],
    ['a lone surrogate as it is', '["\ud83d"]', true, true],
    ['escapes in a property name', '{"a\\u2028\\n":1,"a/":2}', true, false],
    // Names: the tree keeps one entry per name (the later value in the place of the first).
    ['a repeated name', '{"a":1,"b":2,"a":3}', false, false],
    ['a name repeated through an escape', '{"a":1,"\\u0061":2}', false, false],
    [
      'the same name in sibling and nested objects',
      '{"a":{"a":1,"x":2},"b":{"a":2},"x":[{"a":1},{"a":2}]}',
      true,
      true,
    ],
    ['names past ASCII that differ', '{"é":1,"ß":2,"😀":3,"😁":4}', true, true],
    ['a name past ASCII repeated', '{"é":1,"ß":2,"é":3}', false, false],
    ['names of equal length that differ in the last character', '{"ab":1,"ac":2}', true, true],
  ])('%s', (_what, text, plainSlash, escapedSlash) => {
    expect(canonicalJsonText(text, false)).toBe(plainSlash ? text : undefined);
    expect(canonicalJsonText(text, true)).toBe(escapedSlash ? text : undefined);
    // The reference agrees.
    expect(printed(text, false) === text).toBe(plainSlash);
    expect(printed(text, true) === text).toBe(escapedSlash);
  });

  it.each([
    ['many names, all different (looked up in a Set past 16)', 40, -1, true],
    ['many names, the last repeats the first', 40, 0, false],
    ['many names, the 20th repeats the 17th (just past the switch)', 20, 16, false],
    ['17 names, the last repeats the 16th (at the switch)', 17, 15, false],
  ])('%s', (_what, count, repeatOf, canonical) => {
    const names = Array.from({ length: count }, (_, k) => `"k${k}"`);
    if (repeatOf >= 0) names[count - 1] = names[repeatOf]!;
    const text = `{${names.map((n, k) => `${n}:{${names.slice(0, 3).join(':1,')}:1,"v":${k}}`).join(',')}}`;
    expect(canonicalJsonText(text)).toBe(canonical ? text : undefined);
    expect(printed(text, false) === text).toBe(canonical);
  });

  it.each([
    ['an unterminated string', '["abc'],
    ['a raw control character in a string', '["a\u0001"]'],
    ['a bad escape', '["\\x"]'],
    ['a short \\u escape', '["\\u12"]'],
    ['a missing value', '{"a":}'],
    ['a trailing comma', '[1,]'],
    ['a leading zero', '[01]'],
    ['a truncated literal', '[tru]'],
    ['two values', '1 2'],
    ['mismatched closers', '[1}'],
    ['an unclosed object', '{"a":1'],
    ['the empty text (the tree reads {})', ''],
    ['text json-smart reads as a plain string', 'a=b'],
    ['a missing comma between spaced values', '[1 2]'],
    ['a missing colon after a spaced name', '{"a" 1}'],
    ['a vertical tab (not JSON whitespace)', '[\u000b1]'],
  ])('invalid or not JSON: %s', (_what, text) => {
    expect(canonicalJsonText(text)).toBeUndefined();
  });

  // JSON whitespace is space, tab, line feed and carriage return (RFC 8259, section 2); the writer prints none.
  it.each([
    ['before the value', ' {"a":1}', '{"a":1}'],
    ['after the value', '{"a":1}\n', '{"a":1}'],
    ['around every token', '{ "a" : 1 ,\t"b" :\r\n[ 1 , 2 ] }', '{"a":1,"b":[1,2]}'],
    ['in empty containers', '[ { } ,[\n] ]', '[{},[]]'],
    ['as JSON.stringify(value, null, 2) writes it', '{\n  "a": [\n    1.5,\n    "x y"\n  ]\n}', '{"a":[1.5,"x y"]}'],
    ['inside strings it stays', '{ "a b" : " x\\n " }', '{"a b":" x\\n "}'],
    ['around text past ASCII, lone surrogates too', '{ "é" : [ "😀" , "\ud83d" ] }', '{"é":["😀","\ud83d"]}'],
  ])('whitespace between tokens goes: %s', (_what, text, expected) => {
    expect(canonicalJsonText(text)).toBe(expected);
    expect(printed(text, false)).toBe(expected);
  });

  it.each([
    ['ASCII', 'name'],
    ['past ASCII', 'é😀'],
  ])('a large pretty-printed payload, %s, comes back compact', (_what, word) => {
    const value = Array.from({ length: 1500 }, (_, k) => ({ [word]: `${word} ${k}`, k, x: k / 7, list: [k, true] }));
    const compact = JSON.stringify(value);
    expect(canonicalJsonText(JSON.stringify(value, null, 2))).toBe(compact);
    expect(printed(compact, false)).toBe(compact);
  });

  it.each([
    ['a number to rewrite', '[ 1.50 ]', '[1.5]', '[1.5]'],
    ['an escape to rewrite', '[ "\\u00e9" ]', '["é"]', '["é"]'],
    ['a repeated name (the writer declines too: the tree decides)', '{ "a" : 1 , "a" : 2 }', undefined, '{"a":2}'],
  ])('spaced text with more to change is left to the writer: %s', (_what, text, fromWriter, expected) => {
    expect(canonicalJsonText(text)).toBeUndefined();
    expect(canonicalJsonAt(text, [])).toBe(fromWriter);
    expect(printed(text, false)).toBe(expected);
  });

  it('nesting up to 256 levels (the streaming limit) and not past it', () => {
    const nest = (n: number) => `${'['.repeat(n)}1${']'.repeat(n)}`;
    expect(canonicalJsonText(nest(256))).toBe(nest(256));
    expect(canonicalJsonText(nest(257))).toBeUndefined();
    expect(canonicalJsonText(` ${nest(257)}`)).toBeUndefined();
    expect(canonicalJsonAt(nest(256), [])).toBe(nest(256));
  });

  it('agrees with the tree path on 3,000 random documents and on their printed forms (fixed seed 20261203)', () => {
    const g = new Gen(rng(20261203));
    let asIs = 0;
    let compacted = 0;
    for (let n = 0; n < 3000; n++) {
      const text = g.document();
      for (const escapeSlash of [false, true]) {
        const out = printed(text, escapeSlash);
        // Soundness: an answer is always the writer's.
        const fast = canonicalJsonText(text, escapeSlash);
        if (fast !== undefined) {
          if (fast === text) asIs++;
          else compacted++;
          expect({ text, escapeSlash, fast }).toEqual({ text, escapeSlash, fast: out });
        }
        // Completeness: what the writer prints is recognised as printed (the generator nests 7 levels at most).
        if (out !== undefined && canonicalJsonText(out, escapeSlash) !== out)
          expect({ out, escapeSlash, canonical: false }).toEqual({ out, escapeSlash, canonical: true });
      }
    }
    // Random documents are rarely printed forms already; some must be, or the yes side is untested here.
    expect(asIs).toBeGreaterThan(50);
    expect(compacted).toBeGreaterThan(50);
  }, 60_000);
});
