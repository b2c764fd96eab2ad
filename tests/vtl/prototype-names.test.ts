// A name a stranger writes — directive, macro, method, property, map key, JSONPath member, query/header/path
// parameter, stage variable — is data, never a lookup on a JavaScript object's prototype: no message may show
// `function Object() { [native code] }` or similar, and no such name may act differently from any other unknown name.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/index.ts';
import type { Design } from '../../src/model/types.ts';
import { run } from './render-helper.ts';

const NAMES = [
  'toString',
  'constructor',
  '__proto__',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  '__defineGetter__',
];
const JS_INTERNALS = /native code|function \w*\(|\[object |Object\.prototype|is not a function|Cannot read properties/;

function outputOrMessage(template: string, body = '{"a":1,"b":[1,2]}'): string {
  const r = run(template, { body, querystring: { q: '1' }, stageVariables: { s: 'v' } });
  return r.ok ? r.output : r.error.message;
}

describe.each(NAMES)('the name %s', (name) => {
  it.each([
    ['as a directive call (an unknown macro prints as written)', `#${name}()`, `#${name}()`],
    ['as a directive call with arguments', `#${name}(1 2)`, `#${name}(1 2)`],
    // Velocity names start with a letter: `#__proto__` is no directive and prints as written.
    ['as a macro name', `#macro(${name} $x)[$x]#end#${name}(7)`, name.startsWith('_') ? `#${name}(7)` : '[7]'],
    ['as a macro inside #evaluate', `#evaluate("#${name}()")`, `#${name}()`],
    [
      'as a method of a string',
      `#set($s = "x")$s.${name}()`,
      name === 'toString' ? 'x' : name === 'hasOwnProperty' ? '' : '',
    ],
    ['as a property of a map', `#set($m = {})$m.${name}`, ''],
    ['as a map key', `#set($m = {})#set($x = $m.put("${name}", 1))$m.get("${name}") $m.${name}`, '1 1'],
    ['as a property of $util', `$util.${name}`, ''],
    ['as a method of $input', `$input.${name}()`, ''],
    ['as a property of $context', `$context.${name}`, ''],
    ['as a stage variable', `$stageVariables.${name}`, ''],
    ['as a parameter of $input.params', `$input.params("${name}")`, ''],
    ['as a JSON field in $input.path', `$input.path("$.${name}")`, ''],
    ['as a JSON field in $input.json', `$input.json("$.${name}")`, ''],
  ])('%s', (_where, template, expected) => {
    const out = outputOrMessage(template);
    expect(out).not.toMatch(JS_INTERNALS);
    if (!(name === 'toString' && template.includes('$s.'))) expect(out).toBe(expected);
  });

  it('as a member in a JSONPath filter: a clear InvalidPathException, no JavaScript', () => {
    const out = outputOrMessage(`$input.json("$.b[?(@.${name})]")`);
    expect(out).toContain('com.jayway.jsonpath.InvalidPathException');
    expect(out).toContain(`'${name}'`);
    expect(out).not.toMatch(JS_INTERNALS);
  });

  it('as a JSON key of the payload', () => {
    expect(outputOrMessage(`$input.path("$")`, `{"${name}": 5}`)).toBe(`{${name}=5}`);
  });
});

describe('JSONPath filter errors carry no JavaScript text', () => {
  it.each([
    '$[?(@.a.b.c)]',
    '$[?(@.a())]',
    '$[?(@.a.toString.call)]',
    '$[?(@.a.constructor.constructor("return 1")())]',
  ])('%s', (path) => {
    expect(outputOrMessage(`$input.json('${path}')`, '[{"a":1}]')).not.toMatch(/native code|function \w*\(/);
  });
});

describe('request names that are Object.prototype members are data in the request pipeline', () => {
  const design: Design = {
    format: 'integration-designer/1',
    name: 'names',
    api: { binaryMediaTypes: [], stageName: 'test', stageVariables: {} },
    method: { httpMethod: 'GET', resourcePath: '/pets/{constructor}', requestParameters: {} },
    integration: {
      type: 'MOCK',
      requestParameters: Object.fromEntries(
        NAMES.flatMap((n, i) => [
          [`integration.request.header.q${i}`, `method.request.querystring.${n}`],
          [`integration.request.header.s${i}`, `stageVariables.${n}`],
        ]),
      ),
      requestTemplates: { 'application/json': '{"statusCode": 200}' },
      passthroughBehavior: 'WHEN_NO_MATCH',
      integrationResponses: { '200': { statusCode: '200' } },
    },
    samples: [],
  } as unknown as Design;

  it('?constructor=1&__proto__=2&toString=3 are three query parameters, path {constructor} a path parameter', async () => {
    const trace = await simulate(
      design,
      { method: 'GET', path: '/pets/7?constructor=1&__proto__=2&toString=3&valueOf', headers: {}, body: '' },
      { deterministic: true },
    );
    expect(trace.error).toBeNull();
    expect(trace.methodRequest?.query).toEqual(
      Object.fromEntries([
        ['constructor', '1'],
        ['__proto__', '2'],
        ['toString', '3'],
        ['valueOf', ''],
      ]),
    );
    expect(Object.getPrototypeOf(trace.methodRequest?.query)).toBe(Object.prototype);
    expect(trace.methodRequest?.pathParameters).toEqual({ constructor: '7' });
    expect(trace.requestParameters['integration.request.header.q0']).toBe('3'); // toString
    expect(trace.requestParameters['integration.request.header.q1']).toBe('1'); // constructor
    expect(trace.requestParameters['integration.request.header.q2']).toBe('2'); // __proto__
    for (
      let i = 0;
      i < NAMES.length;
      i++ // no stage variable has any of these names
    )
      expect(trace.requestParameters[`integration.request.header.s${i}`]).toBeNull();
    expect(JSON.stringify(trace)).not.toMatch(/native code/);
  });
});
