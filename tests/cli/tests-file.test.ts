// Reading a tests file (issue #13): every mistake says its line and column, so CI output points at it.
import { describe, expect, it } from 'vitest';
import { readTestsFile, TestsFileError } from '../../src/cli/tests-file.ts';

function errorOf(text: string): TestsFileError {
  try {
    readTestsFile(text);
  } catch (e) {
    if (e instanceof TestsFileError) return e;
    throw e;
  }
  throw new Error('expected a TestsFileError');
}

const valid = `api: ./template.yaml
parameters: { Stage: prod }
stageVariables: { color: blue }
tests:
  - name: create pet
    operation: post /pets/{petId}
    request: { path: /pets/42, body: { name: Rex } }
    expect: { status: 200 }
  - name: list
    operation: GET /pets
    expect: { status: 200 }
`;

describe('readTestsFile', () => {
  it('reads api, parameters, stage variables and tests with their lines', () => {
    const file = readTestsFile(valid);
    expect(file.api).toBe('./template.yaml');
    expect(file.parameters).toEqual({ Stage: 'prod' });
    expect(file.stageVariables).toEqual({ color: 'blue' });
    expect(file.tests.map((t) => [t.name, t.verb, t.resourcePath, t.line])).toEqual([
      ['create pet', 'POST', '/pets/{petId}', 5],
      ['list', 'GET', '/pets', 9],
    ]);
  });

  it('a body written as a map is sent as its JSON text; method and path default from the operation', () => {
    const [create, list] = readTestsFile(valid).tests;
    expect(create!.request).toMatchObject({ method: 'POST', path: '/pets/42', body: '{"name":"Rex"}' });
    expect(list!.request).toMatchObject({ method: 'GET', path: '/pets' });
  });

  it.each([
    ['an unknown top-level key', 'api: a.yaml\ntest: []\n', 2, 1, /test: unknown key/],
    [
      'an unknown test key',
      'api: a.yaml\ntests:\n  - name: x\n    operation: GET /\n    expct: {}\n',
      5,
      5,
      /expct: unknown key/,
    ],
    [
      'a bad operation',
      'api: a.yaml\ntests:\n  - name: x\n    operation: /pets\n    expect: {}\n',
      4,
      16,
      /"VERB \/resource\/path"/,
    ],
    [
      'no expect',
      'api: a.yaml\ntests:\n  - name: x\n    operation: GET /\n',
      3,
      5,
      /expect: expected what the test checks/,
    ],
    [
      'a path parameter without request.path',
      'api: a.yaml\ntests:\n  - name: x\n    operation: GET /p/{id}\n    expect: {}\n',
      3,
      5,
      /path: required/,
    ],
    ['YAML syntax', 'api: a.yaml\ntests:\n  - name: [x\n', 4, 1, /not valid YAML/],
    ['no api', 'tests: []\n', 1, 1, /api: expected the path/],
  ])('%s -> line and column', (_name, text, line, column, message) => {
    const e = errorOf(text);
    expect(e.message).toMatch(message);
    expect([e.line, e.column]).toEqual([line, column]);
  });
});
