// Property test: `$input.json(path)` answered from the payload text (json-canonical.ts, no tree) must be exactly what
// the tree path writes (parsePayload -> evaluateJsonPath -> toJsonText), the reference whose rules the other tests in
// tests/vtl pin to json-smart/json-simple behaviour (DG api-gateway-mapping-template-reference, `$input.json`).
// The documents come from a fixed-seed generator, so a failure is reproducible; it prints the document and path.
import { describe, expect, it } from 'vitest';
import { renderVtl } from '../../src/engine/vtl/index.ts';
import { codesOf } from '../../src/engine/vtl/json/json-bytes.ts';
import { canonicalJsonAt, type PathSegment } from '../../src/engine/vtl/json/json-canonical.ts';
import { parsePayload } from '../../src/engine/vtl/json/json-parse.ts';
import { toJsonText } from '../../src/engine/vtl/json/json-serialize.ts';
import { canonicalJsonNumber, javaNumberFromJson, writeJavaNumber } from '../../src/engine/vtl/json/json-text-rules.ts';
import { evaluateJsonPath } from '../../src/engine/vtl/json/jsonpath.ts';
import { Gen, rng } from './random-json.ts';

/** Paths into the tree: existing ones (found by walking it) and some that miss. */
function pathsOf(g: Gen, root: unknown): PathSegment[][] {
  const paths: PathSegment[][] = [[]];
  for (let n = 0; n < 4; n++) {
    const path: PathSegment[] = [];
    let v = root;
    while (g.r() < 0.8) {
      if (v instanceof Map && v.size) {
        const keys = [...v.keys()] as string[];
        const k = g.r() < 0.9 ? g.pick(keys) : 'missing';
        path.push(k);
        v = v.get(k);
      } else if (Array.isArray(v) && v.length) {
        const i = g.r() < 0.9 ? g.int(v.length) : v.length + 1;
        path.push(g.r() < 0.1 ? String(i) : i);
        v = v[i];
      } else break;
    }
    paths.push(path);
  }
  return paths;
}

function treeAnswer(text: string, path: PathSegment[], escapeSlash: boolean, parsed?: unknown): string | Error {
  let root = parsed;
  try {
    root ??= parsePayload(text);
  } catch (e) {
    return e as Error;
  }
  const r = evaluateJsonPath(
    root as Parameters<typeof evaluateJsonPath>[0],
    `$${path.map((s) => `[${typeof s === 'number' ? s : `'${s.replace(/[\\']/g, '\\$&')}'`}]`).join('')}`,
  );
  return r.found ? toJsonText(r.value, escapeSlash) : '';
}

describe('$input.json from the payload text agrees with the tree path', () => {
  it('on 3,000 random documents (fixed seed 20260101), with $ and definite paths, both slash styles', () => {
    const g = new Gen(rng(20260101));
    let answered = 0;
    let compared = 0;
    for (let n = 0; n < 3000; n++) {
      const text = g.document();
      let root: unknown;
      try {
        root = parsePayload(text);
      } catch {
        /* an invalid document: only $ is tried */
      }
      for (const path of pathsOf(g, root)) {
        for (const escapeSlash of [false, true]) {
          const stream = canonicalJsonAt(text, path, escapeSlash);
          compared++;
          if (stream === undefined) continue;
          answered++;
          const tree = treeAnswer(text, path, escapeSlash, root ?? undefined);
          if (stream !== tree)
            expect({ text, path, escapeSlash, stream }).toEqual({ text, path, escapeSlash, stream: tree });
        }
      }
    }
    // The stream path must actually answer most cases (it declines only on rare ones), or this test proves nothing.
    expect(answered / compared).toBeGreaterThan(0.7);
  }, 60_000);

  it('on large documents with dense edits (whitespace everywhere, then edits that lengthen the text: the buffer mode)', () => {
    const g = new Gen(rng(99));
    g.duplicates = 0;
    for (let n = 0; n < 5; n++) {
      const items: string[] = [];
      // Odd rounds: no lone surrogate anywhere (decoded natively); even rounds: random strings, lone surrogates too.
      const fixed = ['"\\u2028\\/"', '1e300', '"é\u2028😀"', '{ "a" : [ 1.50 ] }'];
      for (let k = 0; k < 2000; k++)
        items.push(g.pick(['\n  ', ' ']) + g.pick(n % 2 ? fixed : [...fixed, g.value(3), '"\ud83d"']));
      // Raw U+2028 is written as the 6 characters \u2028: far more output than input, past the buffer's first size.
      for (let k = 0; k < 2000; k++) items.push('"\u2028\u2028\u2028\u2028\u2028\u2028"');
      const text = ` [${items.join(',')}\n] `;
      for (const escapeSlash of [false, true]) {
        const tree = treeAnswer(text, [], escapeSlash);
        // A random string may hold a raw `"` and break the document: the stream path must then decline.
        if (tree instanceof Error) expect(canonicalJsonAt(text, [], escapeSlash)).toBeUndefined();
        else expect(canonicalJsonAt(text, [], escapeSlash)).toBe(tree);
      }
    }
  });

  it.each([
    [
      'a compact payload comes back as the very same text',
      '{"a":[1,2.5,"x"],"b":null}',
      [],
      '{"a":[1,2.5,"x"],"b":null}',
    ],
    [
      'whitespace goes, numbers and escapes are rewritten',
      ' { "a" : [ 1.50 , 1e3 , -0 , "\\u00e9\\/" ] } ',
      [],
      '{"a":[1.5,1000.0,0,"é/"]}',
    ],
    ['a definite path', '{"a":{"b":[10,{"c":"\\u2028"}]}}', ['a', 'b', 1], '{"c":"\\u2028"}'],
    ['a path that finds nothing', '{"a":[1]}', ['a', 3], ''],
    ['a name on an array finds nothing (Jayway)', '{"a":[1]}', ['a', '0'], ''],
  ])('%s', (_name, text, path, expected) => {
    expect(canonicalJsonAt(text, path as PathSegment[])).toBe(expected);
    expect(treeAnswer(text, path as PathSegment[], false)).toBe(expected);
  });

  it.each([
    ['a duplicated name (the later value wins, in the place of the first)', '{"a":1,"b":2,"a":3}'],
    ['a name duplicated through an escape', '{"a":1,"\\u0061":2}'],
    ['text json-smart reads as a plain string', 'a=b'],
    ['invalid JSON', '{"a":}'],
    [
      "nesting deeper than 256 (the serializer's depth limit and its error belong to the tree path)",
      '['.repeat(300) + ']'.repeat(300),
    ],
  ])('declines, leaving it to the tree path: %s', (_name, text) => {
    expect(canonicalJsonAt(text, [])).toBeUndefined();
  });

  it('through $input.json, a duplicated name and a plain-string payload still render as before', () => {
    const render = (body: string, template: string) => {
      const r = renderVtl(template, {
        body,
        params: { path: {}, querystring: {}, header: {} },
        context: {},
        stageVariables: {},
      });
      return r.ok ? r.output : r.error.message;
    };
    expect(render('{"a":1,"b":2,"a":3}', "$input.json('$')")).toBe('{"a":3,"b":2}');
    expect(render('a=b', "$input.json('$')")).toBe('"a=b"');
    expect(render('{ "a" : [ 1.0 ] }', "$input.json('$.a[0]') $input.json('$.a')")).toBe('1.0 [1.0]');
  });
});

describe('the parsed-payload cache', () => {
  const render = (body: string, template: string) => {
    const r = renderVtl(template, {
      body,
      params: { path: {}, querystring: {}, header: {} },
      context: {},
      stageVariables: {},
    });
    return r.ok ? r.output : r.error.message;
  };

  it.each([
    [
      'a list (the mark of a JSONArray also names its cache entry)',
      '{"l":[1,2],"m":{"a":1}}',
      "#set($l = $input.path('$.l'))#set($d = $l.add(3))$l",
      "$input.path('$.l')",
      '[1,2,3]',
      '[1,2]',
    ],
    [
      'a nested map',
      '{"l":[{"a":1}]}',
      "#set($m = $input.path('$.l[0]'))#set($d = $m.put('b', 2))$m",
      "$input.path('$')",
      '{a=1, b=2}',
      '{l=[{"a":1}]}',
    ],
    [
      '$input.json is unaffected within the same render too',
      '{"l":[1]}',
      "#set($l = $input.path('$.l'))#set($d = $l.add(2))$l $input.json('$.l') $input.json('$')",
      "$input.json('$.l')",
      '[1,2] [1] {"l":[1]}',
      '[1]',
    ],
  ])('a change a template makes to %s does not reach the next render', (_name, body, first, second, out1, out2) => {
    expect(render(body, first)).toBe(out1);
    expect(render(body, second)).toBe(out2);
  });
});

describe('number literals: the fast canonical check agrees with parse-then-print', () => {
  it('on 100,000 random literals (fixed seed 7)', () => {
    const g = new Gen(rng(7));
    for (let n = 0; n < 100_000; n++) {
      const text = g.number();
      const isDouble = /[.eE]/.test(text);
      const printed = writeJavaNumber(javaNumberFromJson(text, isDouble));
      const fast = canonicalJsonNumber(text, 0, text.length, codesOf(text));
      if ((fast ?? text) !== printed) expect({ text, fast: fast ?? text }).toEqual({ text, fast: printed });
      // The same literal inside a document, its codes read from a buffer of its own (the writer on a definite path).
      const inDoc = canonicalJsonNumber(`{"a":${text}}`, 5, 5 + text.length, codesOf(text), 0);
      if (inDoc !== fast) expect({ text, inDoc }).toEqual({ text, inDoc: fast });
    }
  });

  // 16 and 17 significant digits take their own path (JavaScript's shortest digits = Double.toString's in the plain
  // range 1e-3 <= |d| < 1e7); these are its edges.
  it.each([
    ['0.14285714285714285', null], // 1 / 7 as JSON.stringify writes it: already the shortest
    ['0.30000000000000004', null],
    ['0.10000000000000001', '0.1'], // 17 digits of a double whose shortest form is 0.1
    ['1.0000000000000000', '1.0'], // an integral Double keeps its .0
    ['-2.5000000000000000', '-2.5'],
    ['9999999.9999999999', '1.0E7'], // rounds to 1e7: scientific notation in Java
    ['0.00099999999999999999', '0.001'], // rounds up into the plain range
    ['0.00099999999999999', '9.9999999999999E-4'], // stays below it
    ['1234567.1234567891', '1234567.1234567892'],
  ])('%s prints as %s', (text, expected) => {
    expect(canonicalJsonNumber(text, 0, text.length, codesOf(text))).toBe(expected);
    expect(expected ?? text).toBe(writeJavaNumber(javaNumberFromJson(text, true)));
  });
});
