// `integration-designer render <template.vtl|-> --request <request.json> [--design <design.json>]`
// (docs/design-contracts.md#command-line): prints exactly the rendered text; template errors exit 1 with "line L,
// column C: message" on stderr; unreadable or invalid input exits 2. Run through main() with an in-memory io.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { CliInputError } from '../../src/cli/io.ts';
import { captureIo } from './capture-io.ts';

const DESIGN = {
  format: 'integration-designer/1',
  name: 'Create pet',
  api: { stageName: 'prod', stageVariables: { backend: 'pets.example.com' } },
  method: { httpMethod: 'POST', resourcePath: '/pets/{petId}' },
  integration: { type: 'MOCK', requestTemplates: {} },
  samples: [],
};

function io(files: Record<string, string>, stdin = '') {
  return captureIo((path) => {
    if (path === '-') return stdin;
    if (!(path in files)) throw new CliInputError(`${path}: no such file`);
    return files[path]!;
  });
}

async function render(args: string[], files: Record<string, string>, stdin?: string) {
  const fake = io(files, stdin);
  const code = await main(['render', ...args], fake);
  return { code, stdout: fake.stdout, stderr: fake.stderr };
}

const request = JSON.stringify({
  method: 'POST',
  path: '/pets/42',
  headers: { 'Content-Type': 'application/json' },
  body: '{"name": "Rex"}',
});

describe('render command', () => {
  it('prints the rendered text and nothing else (no newline added)', async () => {
    const r = await render(['t.vtl', '--request', 'r.json'], {
      't.vtl': '#set($b = $input.path(\'$\'))\n{"name": "$b.name"}',
      'r.json': request,
    });
    expect(r).toEqual({ code: 0, stdout: '{"name": "Rex"}', stderr: '' });
  });

  it('reads the template from stdin with -', async () => {
    const r = await render(['-', '--request', 'r.json'], { 'r.json': request }, "$input.json('$.name')");
    expect(r).toEqual({ code: 0, stdout: '"Rex"', stderr: '' });
  });

  it('--design gives the resource path (path parameters), stage and stage variables', async () => {
    const template = "$input.params('petId') $context.stage $context.resourcePath $stageVariables.backend";
    const r = await render(['t.vtl', '--request', 'r.json', '--design', 'd.json'], {
      't.vtl': template,
      'r.json': request,
      'd.json': JSON.stringify(DESIGN),
    });
    expect(r).toEqual({ code: 0, stdout: '42 prod /pets/{petId} pets.example.com', stderr: '' });
  });

  it('--deterministic fixes $context.requestId', async () => {
    const r = await render(['t.vtl', '--request', 'r.json', '--deterministic'], {
      't.vtl': '$context.requestId',
      'r.json': request,
    });
    expect(r.stdout).toBe('00000000-0000-4000-8000-000000000000');
  });

  it('a template error exits 1 with "line L, column C: message" on stderr', async () => {
    const r = await render(['t.vtl', '--request', 'r.json'], { 't.vtl': 'ok\n#set($a = )', 'r.json': request });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^line 2, column 11: syntax error: unexpected "\)"/);
  });

  it('a runtime error exits 1 with its position', async () => {
    const r = await render(['t.vtl', '--request', 'r.json'], {
      't.vtl': "\n  $input.path('$.name').substring(9)",
      'r.json': request,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^line 2, column 3: java\.lang\.StringIndexOutOfBoundsException/);
  });

  it.each([
    ['a missing template file', ['nope.vtl', '--request', 'r.json'], /nope\.vtl: no such file/],
    ['a missing request file', ['t.vtl', '--request', 'nope.json'], /nope\.json: no such file/],
    [
      'a request file that is not JSON',
      ['t.vtl', '--request', 'bad.json'],
      /bad\.json: not valid JSON: .* at line 1, column \d+/,
    ],
    ['a request that is not an object', ['t.vtl', '--request', 'list.json'], /list\.json: expected a sample request/],
    [
      'a design that is not a design',
      ['t.vtl', '--request', 'r.json', '--design', 'list.json'],
      /list\.json: .*design document/,
    ],
    [
      'a request whose path does not fit the design',
      ['t.vtl', '--request', 'other.json', '--design', 'd.json'],
      /other\.json: path "\/dogs" does not match/,
    ],
    ['no --request', ['t.vtl'], /--request <request\.json> is required/],
    ['no template', ['--request', 'r.json'], /give one template file/],
    ['an unknown option', ['t.vtl', '--request', 'r.json', '--verbose'], /unknown option --verbose/],
  ])('%s exits 2 with a clear message', async (_name, args, message) => {
    const files = {
      't.vtl': 'x',
      'r.json': request,
      'bad.json': '{"path": ',
      'list.json': '[1]',
      'd.json': JSON.stringify(DESIGN),
      'other.json': JSON.stringify({ path: '/dogs' }),
    };
    const r = await render(args, files);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});
