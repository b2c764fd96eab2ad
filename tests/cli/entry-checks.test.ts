// Every command checks its input first and says what and where (`path: message`), with the same exit codes:
// 2 bad usage or input that is not a design / sample / parseable file, 1 a design API Gateway would refuse.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { CliInputError, type CliIo } from '../../src/cli/io.ts';
import { defaultDesign } from '../../src/model/defaults.ts';

const good = defaultDesign();
const FILES: Record<string, string> = {
  'good.json': JSON.stringify(good),
  'typed-wrong.json': JSON.stringify({
    ...good,
    name: { en: 'x' },
    integration: { ...good.integration, uri: 42, httpMethod: { verb: 'PUT' } },
    api: { binaryMediaTypes: [{ type: 'image/png' }] },
  }),
  'refused.json': JSON.stringify({ ...good, integration: { ...good.integration, timeoutInMillis: 10 } }),
  'refused-with-expect.json': JSON.stringify({
    ...good,
    integration: { ...good.integration, timeoutInMillis: 10 },
    samples: [{ ...good.samples[0], expect: { status: 200 } }],
  }),
  'bad-template.json': JSON.stringify({
    ...good,
    integration: { ...good.integration, requestTemplates: { 'application/json': '{\n  "a": #if($x\n}' } },
  }),
  'bad-base64.json': JSON.stringify({
    ...good,
    samples: [{ ...good.samples[0], body: 'not base64!', isBase64Encoded: true }],
  }),
  'typo-field.json': JSON.stringify({ ...good, integration: { ...good.integration, requestTemplate: {} } }),
  'request-wrong.json': '{"headers": {"Accept": 1}}',
  'broken.json': '{\n  "a": \n}',
  'binary.yaml': 'openapi: 3.0.1\ninfo: {title: x, version: "1"}\nx-data: !!binary aGVsbG8=\npaths: {}\n',
  't.vtl': '$input.body',
};

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    readText: (path) => {
      if (!(path in FILES)) throw new CliInputError(`${path}: no such file`);
      return FILES[path]!;
    },
  };
  return main(argv, io).then((code) => ({ code, stdout: out.join(''), stderr: err.join('') }));
}

describe('unknown options: refused first, with the nearest known one', () => {
  it.each([
    [['render', 't.vtl', '--requst', 'r.json'], 'render: unknown option --requst; did you mean --request?'],
    [['simulate', 'good.json', '--lgo'], 'simulate: unknown option --lgo; did you mean --log?'],
    [['export', 'good.json', '--too', 'aws-json'], 'export: unknown option --too; did you mean --to?'],
    [['import', 'x.json', '--methd', 'GET'], 'import: unknown option --methd; did you mean --method?'],
    [['validate', 'good.json', '--strict'], 'validate: unknown option --strict (it takes no options)'],
    [['export', 'good.json', '--to', 'terrafrom'], 'export: unknown format "terrafrom"; did you mean terraform?'],
  ])('%j', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe('wrong types: exit 2 with one path: message per problem, never a stack trace', () => {
  it.each([['simulate'], ['test'], ['export'], ['validate']])('%s', async (command) => {
    const r = await run(
      command === 'export' ? [command, 'typed-wrong.json', '--to', 'terraform'] : [command, 'typed-wrong.json'],
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('typed-wrong.json: not a design:\n');
    expect(r.stderr).toContain('  name: expected a string, got an object\n');
    expect(r.stderr).toContain('  integration.uri: expected a string, got a number (42)\n');
    expect(r.stderr).toContain('  integration.httpMethod: expected a string, got an object\n');
    expect(r.stderr).toContain('  api.binaryMediaTypes[0]: expected a string, got an object\n');
    expect(r.stderr).not.toMatch(/TypeError|\n\s+at |object Object/);
  });
  it('a --request file of the wrong type: exit 2, path: message', async () => {
    const r = await run(['simulate', 'good.json', '--request', 'request-wrong.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'request-wrong.json: not a sample request: headers["Accept"]: expected a string or an array of strings',
    );
  });
});

describe('a design API Gateway would refuse: simulate, test and export exit 1 before running', () => {
  it.each([['simulate'], ['export']])('%s', async (command) => {
    const r = await run(
      command === 'export' ? [command, 'refused.json', '--to', 'aws-cli'] : [command, 'refused.json'],
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('  integration.timeoutInMillis: 10 ms is below the minimum of 50 ms\n');
  });
  it('test: every case of the design fails with its errors, none runs', async () => {
    const r = await run(['test', 'refused-with-expect.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('integration.timeoutInMillis: 10 ms is below the minimum of 50 ms');
    expect(r.stdout).toContain('0 passed, 1 failed');
  });
  it('export --force writes it anyway, with the problems on stderr', async () => {
    const r = await run(['export', 'refused.json', '--to', 'aws-cli', '--force']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('put-integration');
    expect(r.stdout).not.toContain('[object Object]');
    expect(r.stderr).toContain('exported anyway (--force)');
    expect(r.stderr).toContain('integration.timeoutInMillis: 10 ms is below the minimum of 50 ms');
  });
});

describe('validate reports what used to pass silently', () => {
  it('a template syntax error, with the template, line and column', async () => {
    const r = await run(['validate', 'bad-template.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^integration\.requestTemplates\["application\/json"\]: line 3, column \d+: syntax error/m,
    );
  });
  it('a sample body marked base64 that is not base64, on that field', async () => {
    const r = await run(['validate', 'bad-base64.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('samples[0].body: marked base64 but is not base64: a space at position 4');
  });
  it('an unknown field, with "did you mean"', async () => {
    const r = await run(['validate', 'typo-field.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'integration.requestTemplate: unknown field — did you mean requestTemplates? (kept as it is)',
    );
  });
});

describe('unreadable files exit 2 in every command, import included', () => {
  it.each([[['validate', 'broken.json']], [['simulate', 'broken.json']], [['import', 'broken.json']]])(
    '%j',
    async (argv) => {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/broken\.json: not valid JSON: .*line 3, column 1/);
    },
  );
  it('YAML !!binary is refused with where it is, not imported as garbage', async () => {
    const r = await run(['import', 'binary.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/binary\.yaml: line 3, column \d+: the YAML tag !!binary is not supported/);
  });
});
