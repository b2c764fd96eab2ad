// The JSON model behind $input and $util.parseJson: Jayway JsonPath over json-smart (DG models-mappings names Jayway;
// json-smart is its default provider). Objects keep document order (LinkedHashMap), a number with a fraction or
// exponent is a Double, JSON text is written compactly with json-simple's escaping rules.
import { describe, expect, it } from 'vitest';
import { evaluateJsonPath, parsePayload, toJsonText } from '../../src/engine/vtl/index.ts';
import { javaToString } from '../../src/engine/vtl/java/to-string.ts';
import { JsonSyntaxError, parseJsonStrict } from '../../src/engine/vtl/json/json-parse.ts';

const roundTrip = (text: string) => toJsonText(parseJsonStrict(text));

describe('parsing and writing JSON', () => {
  it.each([
    ['compact output', '{ "a" : [ 1 , 2 ] , "b" : { } }', '{"a":[1,2],"b":{}}'],
    [
      'object keys keep document order, integer-like keys too (JSON.parse would reorder them)',
      '{"b":1,"2":2,"a":3,"1":4}',
      '{"b":1,"2":2,"a":3,"1":4}',
    ],
    [
      'Doubles print through Double.toString',
      '[1.0, 1.50, 1e3, 2.5E-4, 12345678.9]',
      '[1.0,1.5,1000.0,2.5E-4,1.23456789E7]',
    ],
    ['integers stay integers, big ones keep every digit', '[0, -7, 9007199254740993]', '[0,-7,9007199254740993]'],
    [
      'escapes: quote, backslash, control characters (uppercase hex)',
      '"q\\"b\\\\n\\n\\u0001"',
      '"q\\"b\\\\n\\n\\u0001"',
    ],
    [
      'json-simple also escapes U+007F-U+009F and U+2000-U+20FF',
      '"\\u0080 \\u2028 \\u20ac é"',
      '"\\u0080 \\u2028 \\u20AC é"',
    ],
    ['a slash is not escaped by $input.json', '"a/b"', '"a/b"'],
  ])('%s', (_name, input, expected) => {
    expect(roundTrip(input)).toBe(expected);
  });

  it("a JSON array printed by Velocity uses json-smart's default style, which writes / as \\/ (inferred)", () => {
    expect(javaToString(parseJsonStrict('["a/b"]'))).toBe('["a\\/b"]');
  });

  it.each([
    ['{"a": }', 1, 7],
    ['{\n  "a": 1,\n}', 3, 1],
    ['[1 2]', 1, 4],
  ])('a syntax error says where: %s', (text, line, column) => {
    try {
      parseJsonStrict(text);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(JsonSyntaxError);
      expect(e).toMatchObject({ line, column });
    }
  });

  it.each([
    ['empty payload is an empty object', '', '{}'],
    ['text that is not JSON is a string (json-smart permissive)', 'name=toqoz', 'name=toqoz'],
    ['a JSON string', '"a=b"', 'a=b'],
  ])('payloads: %s', (_name, body, printed) => {
    expect(javaToString(parsePayload(body))).toBe(printed);
  });
});

describe('JSONPath (Jayway semantics)', () => {
  const doc = parseJsonStrict(
    '{"store":{"book":[{"title":"A","price":8.95},{"title":"B","price":12.99}],"bicycle":{"color":"red","price":19.95}}}',
  );
  const json = (path: string) => {
    const r = evaluateJsonPath(doc, path);
    return r.found ? toJsonText(r.value) : 'NOT FOUND';
  };

  it.each([
    ['$.store.bicycle.color', '"red"'],
    ["$['store']['bicycle']['color']", '"red"'],
    ['$.store.book[0].title', '"A"'],
    ['$.store.book[-1].title', '"B"'],
    ['$.store.book[*].title', '["A","B"]'],
    ['$..price', '[8.95,12.99,19.95]'],
    ['$.store.book[?(@.price < 10)].title', '["A"]'],
    ['$.store.book[0:1].title', '["A"]'],
    ['$.store.nothing', 'NOT FOUND'],
    ['$.store.book[5]', 'NOT FOUND'],
    ['$.store.nothing[*]', '[]'],
  ])('%s', (path, expected) => {
    expect(json(path)).toBe(expected);
  });
});
