// `lint` over API definitions and tests files (docs/design-contracts.md#command-line): every method readApiDesigns
// finds is linted, and a finding's line and column are where the template character is written in the user's file —
// through a YAML literal block's indentation (https://yaml.org/spec/1.2.2/#812-literal-style), through a JSON
// string's escapes (https://www.rfc-editor.org/rfc/rfc8259#section-7), past a `${Param}` that Fn::Sub replaced
// (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-sub.html).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { nodeIo } from '../../src/cli/io.ts';
import { captureIo } from '../cli/capture-io.ts';
import { main } from '../../src/cli/main.ts';

const DIR = 'tests/lint/fixtures/api-files';
const CFN = `${DIR}/pets.cfn.yaml`;
const TESTS = `${DIR}/pets.tests.yaml`;
const OPENAPI = `${DIR}/orders.openapi.json`;

async function run(args: string[], files: Record<string, string> = {}) {
  const io = captureIo((path) => files[path] ?? nodeIo.readText(path));
  const code = await main(['lint', ...args], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

async function rows(...args: string[]) {
  const r = await run([...args, '--format', 'json']);
  return { code: r.code, rows: JSON.parse(r.stdout) as Record<string, unknown>[] };
}

/** The text at a row's line and column, to show the position is the template character it is about. */
function textAt(file: string, line: number, column: number, length: number): string {
  return readFileSync(file, 'utf8')
    .split('\n')
    [line - 1]!.slice(column - 1, column - 1 + length);
}

const REQUEST = 'POST /pets integration.requestTemplates["application/json"]';
const RESPONSE = 'POST /pets integration.integrationResponses["200"].responseTemplates["application/json"]';

// The first run loads the engine: on a busy machine that alone can take seconds.
describe('lint on a CloudFormation template: positions in the file', { timeout: 30_000 }, () => {
  it.each([
    ['a literal block (`!Sub |`): the exact character', REQUEST, 56, 27, '$util', ''],
    [
      'a `${Stage}` earlier on the line: still exact (the rest of the line is the file text)',
      REQUEST,
      57,
      32,
      '$util',
      '',
    ],
    [
      '`${Stage}` on both sides: the line, and the template position in the message',
      REQUEST,
      58,
      13,
      '  "ki',
      ' (template line 6, column 17)',
    ],
    [
      'a folded block (`>`): the value start, and the template position',
      RESPONSE,
      64,
      33,
      '>',
      ' (template line 1, column 41)',
    ],
  ])('%s', async (_, location, line, column, text, suffix) => {
    const { code, rows: found } = await rows(CFN);
    expect(code).toBe(1);
    const row = found.find((r) => r.location === location && r.line === line);
    expect(row).toMatchObject({ file: CFN, column, severity: 'warning', rule: 'VTL001' });
    expect(textAt(CFN, line, column, text.length)).toBe(text);
    expect(String(row!.message).endsWith(`after the call.${suffix}`)).toBe(true);
  });

  it('rows keep the seven keys of the design path', async () => {
    const { rows: found } = await rows(CFN);
    for (const row of found)
      expect(Object.keys(row).sort()).toEqual(['column', 'file', 'line', 'location', 'message', 'rule', 'severity']);
  });
});

describe('lint on a JSON OpenAPI document: an escaped template', () => {
  it('points at the character through the \\n and \\" escapes, and says the template position', async () => {
    const { code, rows: found } = await rows(OPENAPI);
    expect(code).toBe(1);
    expect(found).toEqual([
      expect.objectContaining({
        file: OPENAPI,
        location: 'POST /orders integration.requestTemplates["application/json"]',
        line: 14,
        column: 50,
        rule: 'VTL001',
      }),
    ]);
    expect(textAt(OPENAPI, 14, 50, 22)).toBe('$util.escapeJavaScript');
    expect(found[0]!.message).toMatch(/ \(template line 2, column 11\)$/);
  });
});

describe('lint on a tests file', { timeout: 30_000 }, () => {
  it('lints the API it points at with its tests as samples, and runs each test for OUT001', async () => {
    const { code, rows: found } = await rows(TESTS);
    expect(code).toBe(1);
    const out = found.filter((r) => r.rule === 'OUT001');
    expect(out).toEqual([
      // A model-named sample that fails: the method's request model is not what the template writes.
      expect.objectContaining({
        file: TESTS,
        location: 'tests[1] POST /pets',
        line: 12,
        column: 5,
        severity: 'error',
        message: `The integration request for sample 'the backend does not get the method's request model' does not match model 'NewPet': (the body): must have required property 'name' (test at ${TESTS}:12)`,
      }),
      // Invalid JSON: placed at the template position that wrote it, in the template's file.
      expect.objectContaining({ file: CFN, location: REQUEST, line: 56, column: 27, severity: 'error' }),
    ]);
    expect(out[1]!.message).toContain("invalid JSON for sample 'an apostrophe' at line 4, column 15");
    // The model-named sample that passes (BackendPet) adds nothing; the tests send only application/json, so the
    // text/plain template is one no sample selects (API001, info).
    expect(found.filter((r) => r.rule === 'API001').map((r) => r.location)).toEqual([
      'POST /pets integration.requestTemplates["text/plain"]',
    ]);
  });

  it('an API definition a tests file points at is linted once, with the tests file', async () => {
    const both = await rows(TESTS, CFN);
    const alone = await rows(TESTS);
    expect(both.rows).toEqual(alone.rows);
  });

  it('human output: file:line:column: location: severity rule: message', async () => {
    const r = await run([TESTS]);
    expect(r.stdout).toContain(`${CFN}:56:27: ${REQUEST}: warning VTL001: $util.escapeJavaScript escapes`);
    expect(r.stdout).toContain(`${TESTS}:12:5: tests[1] POST /pets: error OUT001: The integration request`);
  });
});

describe('lint input errors and skipped files', { timeout: 30_000 }, () => {
  it.each([
    ['broken YAML', 'api.yaml', 'openapi: 3.0.1\npaths:\n  /a: [\n', 'api.yaml:4:1: not valid YAML:'],
    ['broken JSON', 'api.json', '{"openapi": "3.0.1",\n "paths": {]}', 'api.json:2:12: not valid JSON:'],
    [
      'a tests file whose api is missing',
      'x.tests.yaml',
      'api: ./nope.yaml\ntests: []\n',
      'x.tests.yaml: api: nope.yaml: no such file',
    ],
  ])('%s exits 2 with file:line:column', async (_, file, text, message) => {
    const r = await run([file], { [file]: text });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('a method that cannot be read is a warning (READ001), not a silent skip', async () => {
    const template =
      'Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n      BodyS3Location: { Bucket: b, Key: k }\n';
    const r = await run(['t.yaml', '--format', 'json'], { 't.yaml': template });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      expect.objectContaining({ file: 't.yaml', location: 'Resources.Api', line: 3, column: 5, rule: 'READ001' }),
    ]);
  });

  it("every example lints clean through a glob of all its files; what is not lint's to read is skipped", async () => {
    const r = await run(['examples/**/*']);
    expect(r).toMatchObject({ code: 0, stdout: 'no findings\n' });
    expect(r.stderr).toContain('lint: skipped examples/templates/create-pet.vtl: not a JSON or YAML file');
    expect(r.stderr).toContain(
      'lint: skipped examples/templates/create-pet.request.json: cannot tell what this file is',
    );
  });
});
