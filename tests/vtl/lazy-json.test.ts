// The lazy JSON tree behind $input.path (json-tape.ts, lazy-tree.ts) must give exactly the values of the full parser
// (json-parse.ts): Jayway JsonPath over json-smart, as API Gateway's $input uses it
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html#input-variable-reference).
// Each case is checked value by value (Java class, printed form) on the whole tree, built as a template would reach it.
import { describe, expect, it } from 'vitest';
import { renderVtl, toJsonText } from '../../src/engine/vtl/index.ts';
import { javaToString } from '../../src/engine/vtl/java/to-string.ts';
import type { JValue } from '../../src/engine/vtl/java/values.ts';
import { HostObject, isJsonArray, isNull } from '../../src/engine/vtl/java/values.ts';
import { parsePayload } from '../../src/engine/vtl/json/json-parse.ts';
import { MAX_TAPE_DEPTH, scanJsonTape } from '../../src/engine/vtl/json/json-tape.ts';
import { LazyMap, lazyTree } from '../../src/engine/vtl/json/lazy-tree.ts';

/** The Java class a template would see for each value (the kinds JSON parsing makes). */
function javaClassName(v: JValue): string {
  if (isNull(v)) return 'null';
  if (Array.isArray(v)) return isJsonArray(v) ? 'net.minidev.json.JSONArray' : 'java.util.ArrayList';
  if (v instanceof Map) return 'java.util.LinkedHashMap';
  if (v instanceof HostObject) return v.javaClass;
  return typeof v === 'object' ? v.constructor.name : typeof v;
}

/** Every value with its Java class and printed form, depth first, in iteration order. */
function describeTree(v: JValue): unknown {
  if (v instanceof Map) return { class: javaClassName(v), entries: [...v].map(([k, x]) => [k, describeTree(x)]) };
  if (Array.isArray(v)) return { class: javaClassName(v), jsonArray: isJsonArray(v), items: v.map(describeTree) };
  return { class: javaClassName(v), printed: javaToString(v) };
}

const lazy = (text: string) => {
  const tape = scanJsonTape(text);
  if (!tape) throw new Error('the scan refused valid JSON');
  return lazyTree(tape, {});
};

describe('lazy JSON tree: the same values as the full parser', () => {
  it.each([
    ['objects keep document order, integer-like keys too', '{"b":1,"2":2,"a":3,"1":4}'],
    ['a repeated name keeps its first place and its last value (LinkedHashMap.put)', '{"a":1,"b":2,"a":3}'],
    ['Doubles: 1.0, 1e3, -0.0, 2.5E-4 (JSON.parse would make some of them integers)', '[1.0, 1e3, -0.0, 2.5E-4, 0.1]'],
    ['integers, -0, and big ones with every digit', '[0, -0, -7, 2147483648, 9007199254740993, 123456789012345678901]'],
    ['strings with escapes and unicode', '{"s":"q\\"b\\\\n\\n\\u0001\\u20ac é 🐶","t":"a/b"}'],
    ['literals and empty containers', '[true,false,null,{},[],[[]],{"x":{}}]'],
    [
      'nested arrays of objects, pretty-printed',
      '{\n  "items": [\n    {"id": 1, "tags": ["a", "b"]},\n    [ {"z": [1, [2]]} ]\n  ]\n}',
    ],
    ['a top-level string and number', '"just text"'],
    ['a top-level number', '  42  '],
    ['a name that is a JavaScript property of objects', '{"__proto__":{"x":1},"constructor":2,"toString":3}'],
    // The scan reads one byte per UTF-16 unit, non-ASCII ones as 0x80: offsets must stay those of the text.
    ['non-ASCII names and values, then more values', '{"é":"ü 🐶","x":[1,"€"],"y":{"z":2}}'],
    ['a unit whose low byte is a quote (U+0122) or a backslash (U+015C)', '["aĢ\u0041", "Ŝ", {"Ģ":1}]'],
  ])('%s', (_name, text) => {
    expect(describeTree(lazy(text))).toEqual(describeTree(parsePayload(text)));
    expect(toJsonText(lazy(text))).toBe(toJsonText(parsePayload(text)));
  });

  it('objects are read only when a template reaches them', () => {
    const root = lazy('{"a":{"b":1},"c":[{"d":2}]}') as Map<string, JValue>;
    expect(root).toBeInstanceOf(LazyMap);
    expect(root.get('a')).toBeInstanceOf(LazyMap);
    expect(((root.get('c') as JValue[])[0] as Map<string, JValue>).get('d')).toBe(2);
  });

  it.each([
    ['a trailing comma', '{"a":1,}'],
    ['a missing value', '[1,,2]'],
    ['an unclosed object', '{"a":1'],
    ['a raw line break in a string', '{"a":"x\ny"}'],
    ['a bad escape', '"\\x"'],
    ['a leading zero', '[01]'],
    ['two values', '{} {}'],
    ['a single quote', "{'a':1}"],
    ['text that is not JSON (json-smart reads it as a string)', 'a=b'],
    ['nothing but blanks', '   '],
    ['a string that never ends', '["abc'],
    ['a NUL character in a string', '["a\u0000"]'],
    ['a non-ASCII character outside strings', '[1, é]'],
    ['a non-breaking space between values (JSON allows only four blanks)', '[1,\u00a02]'],
  ])('refuses %s: the full parser decides (its error or reading)', (_name, text) => {
    expect(scanJsonTape(text)).toBeNull();
  });

  it(`nesting deeper than ${MAX_TAPE_DEPTH} (json-smart's limit) is left to the full parser, which refuses it`, () => {
    expect(MAX_TAPE_DEPTH).toBe(400);
    const deep = `${'['.repeat(MAX_TAPE_DEPTH + 1)}${']'.repeat(MAX_TAPE_DEPTH + 1)}`;
    expect(scanJsonTape(deep)).toBeNull();
    expect(scanJsonTape(`${'['.repeat(10)}${']'.repeat(10)}`)).not.toBeNull();
  });
});

describe('$input.path over the lazy tree (a fresh body each time)', () => {
  const render = (template: string, body: string) => {
    const r = renderVtl(template, {
      body,
      params: { path: {}, querystring: {}, header: {} },
      context: {},
      stageVariables: {},
    });
    return r.ok ? r.output : `error: ${r.error.message}`;
  };

  it('prints maps the Java way and JSON arrays as JSON, in document order', () => {
    expect(render("$input.path('$')", '{"b": 1.0, "2": [1, "x"], "a": {"c": null}}')).toBe(
      '{b=1.0, 2=[1,"x"], a={c=null}}',
    );
  });

  it('a template that changes the tree does not change the next render of the same body', () => {
    const body = '{"a": {"n": 1}}';
    const template = "#set($m = $input.path('$.a'))#set($old = $m.put('n', 2))$old $m.n";
    expect(render(template, body)).toBe('1 2');
    expect(render("$input.path('$.a.n')", body)).toBe('1');
  });

  it('invalid JSON still says where, through the full parser', () => {
    expect(render("$input.path('$.a')", '{"a": [1,,2]}')).toMatch(/not valid JSON.*line 1, column/);
  });
});
