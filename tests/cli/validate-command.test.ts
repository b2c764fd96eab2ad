// `integration-designer validate <design.json>` (docs/design-contracts.md#command-line) through main(), with fixture
// files and a fake io.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { captureIo } from './capture-io.ts';

const DIR = 'tests/fixtures/designs';

async function validate(...args: string[]) {
  const io = captureIo();
  const code = await main(['validate', ...args], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('validate command', () => {
  it.each(['valid-http.json', 'valid-lambda-proxy.json', 'valid-aws-s3.json', 'valid-mock.json'])(
    '%s: exit 0, nothing on stdout, "valid" on stderr',
    async (name) => {
      const r = await validate(`${DIR}/${name}`);
      expect(r).toEqual({ code: 0, stdout: '', stderr: `${DIR}/${name}: valid\n` });
    },
  );

  it('a broken design: one "path: message" line per problem on stdout, exit 1', async () => {
    const r = await validate(`${DIR}/broken.json`);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'integration.timeoutInMillis: 10 ms is below the minimum of 50 ms',
        'integration.requestParameters["integration.request.path.id"]: Invalid mapping expression specified: true (expected method.request.{path|querystring|header|multivalueheader|multivaluequerystring}.NAME, method.request.body, method.request.body.JSONPATH, \'static value\', stageVariables.NAME or context.VARIABLE)',
        "integration.integrationResponses[\"wrong\"].statusCode: 1 validation error detected: Value 'wrong' at 'statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d",
        'integration.requestTemplates["123"]: Validation Result: warnings : [], errors : [Invalid content type specified: 123]',
        'method.resourcePath: Cannot create a child of a resource with a greedy path variable: {proxy+}',
      ]),
    );
    for (const line of lines) expect(line).toMatch(/^[A-Za-z][^ ]*: \S/);
  });

  it('an old file: migration notes on stderr, still validated', async () => {
    const r = await validate(`${DIR}/v0-no-format.json`);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${DIR}/v0-no-format.json: note: templates moved to integration.requestTemplates\n`);
    expect(r.stderr.endsWith(`${DIR}/v0-no-format.json: valid\n`)).toBe(true);
  });

  it.each([
    ['missing.json', 'missing.json: no such file'],
    [`${DIR}/syntax-error.json`, `${DIR}/syntax-error.json: not valid JSON: `],
    [
      `${DIR}/not-a-design.json`,
      `${DIR}/not-a-design.json: not a design: integration.requestTemplates: expected an object of media type -> template`,
    ],
    [
      `${DIR}/future-format.json`,
      `${DIR}/future-format.json: not a design: format: "integration-designer/2" is newer than this version`,
    ],
  ])('%s: exit 2 with a clear message on stderr', async (file, message) => {
    const r = await validate(file);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });

  it('gives the line and column of a JSON error', async () => {
    expect((await validate(`${DIR}/syntax-error.json`)).stderr).toMatch(/at line 3, column 36/);
  });

  it.each([[[]], [['a.json', 'b.json']], [['--strict', 'a.json']]])('bad usage %j: exit 2', async (args) => {
    const r = await validate(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage: integration-designer validate <design.json>');
  });
});
