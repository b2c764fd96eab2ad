// `integration-designer test <design.json>` (docs/design-contracts.md#command-line): one line per sample with an expect
// block, a readable diff for failures, a summary, exit 1 on any failure and 2 on unreadable input.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { CliInputError, type CliIo } from '../../src/cli/io.ts';
import { testCommand, type SimulateFn } from '../../src/cli/test-command.ts';
import type { Trace } from '../../src/engine/trace.ts';

function fakeIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    readText(path) {
      if (!(path in files)) throw new CliInputError(`${path}: no such file`);
      return files[path]!;
    },
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

/**
 * A stand-in engine: sends the sample body to the design's (mock) backend and returns its answer as the method
 * response.
 */
const fakeSimulate: SimulateFn = async (_design, sample, options) => {
  const backend = await options.backend({
    method: 'POST',
    url: 'https://backend.example.com/',
    headers: {},
    body: sample.body ?? '',
    isBase64Encoded: false,
  });
  const trace: Trace = {
    methodRequest: null,
    requestParameters: {},
    templateSelection: null,
    contentHandling: null,
    integrationRequest: {
      method: 'POST',
      url: 'https://backend.example.com/',
      headers: {},
      body: sample.body ?? '',
      isBase64Encoded: false,
    },
    backend,
    integrationResponse: null,
    methodResponse: backend,
    error: null,
    log: [],
  };
  return trace;
};

const design = (samples: unknown[]) =>
  JSON.stringify({
    format: 'integration-designer/1',
    name: 'echo',
    api: {},
    method: { httpMethod: 'POST', resourcePath: '/' },
    integration: {
      type: 'HTTP',
      httpMethod: 'POST',
      uri: 'https://backend.example.com/',
      integrationResponses: { '200': { statusCode: '200' } },
    },
    backend: {
      http: { statusCode: 201, headers: { 'Content-Type': 'application/json' }, body: '{"id":7,"name":"Rex"}' },
    },
    samples,
  });

describe('testCommand', () => {
  it('all samples pass -> ✓ lines, summary, exit 0; samples without expect are skipped', async () => {
    const { io, stdout } = fakeIo({
      'd.json': design([
        {
          name: 'created',
          body: '{}',
          expect: {
            status: 201,
            methodResponseJson: { '$.name': 'Rex' },
            headers: { 'content-type': 'application/json' },
          },
        },
        { name: 'no expectations', body: '{}' },
        { name: 'request body', body: '{"a":1}', expect: { integrationRequestJson: { a: 1 } } },
      ]),
    });
    expect(await testCommand(['d.json'], io, fakeSimulate)).toBe(0);
    expect(stdout()).toBe('✓ created\n✓ request body\n2 passed, 0 failed\n');
  });

  it('a failing sample -> ✗ with expected vs actual per field, exit 1', async () => {
    const { io, stdout } = fakeIo({
      'd.json': design([
        { name: 'wrong status', body: '{}', expect: { status: 200, methodResponseJson: { id: 8 } } },
        { name: 'ok', body: '{}', expect: { status: 201 } },
      ]),
    });
    expect(await testCommand(['d.json'], io, fakeSimulate)).toBe(1);
    expect(stdout()).toBe(
      [
        '✗ wrong status',
        '    status: expected 200, got 201',
        '    methodResponseJson $.id: expected 8, got 7',
        '✓ ok',
        '1 passed, 1 failed',
        '',
      ].join('\n'),
    );
  });

  it('an unnamed sample is called by its position', async () => {
    const { io, stdout } = fakeIo({ 'd.json': design([{ body: '{}' }, { body: '{}', expect: { status: 201 } }]) });
    await testCommand(['d.json'], io, fakeSimulate);
    expect(stdout()).toContain('✓ sample 2\n');
  });

  it.each([
    ['a missing file', {}, ['d.json'], /d.json: no such file/],
    ['invalid JSON', { 'd.json': '{ nope' }, ['d.json'], /not valid JSON/],
    ['not a design', { 'd.json': '[]' }, ['d.json'], /not a design/],
    ['no file argument', {}, [], /expected design documents, tests files or folders/],
    ['an unknown option', { 'd.json': design([]) }, ['d.json', '--fast'], /unknown option --fast/],
  ])('%s -> exit 2 with a message on stderr', async (_name, files, args, message) => {
    const { io, stderr } = fakeIo(files as Record<string, string>);
    expect(await testCommand(args as string[], io, fakeSimulate)).toBe(2);
    expect(stderr()).toMatch(message);
  });

  it('no sample with expect -> nothing was tested, exit 1; --pass-with-no-tests accepts it', async () => {
    const { io, stdout, stderr } = fakeIo({ 'd.json': design([{ body: '{}' }]) });
    expect(await testCommand(['d.json'], io, fakeSimulate)).toBe(1);
    expect(stdout()).toBe('0 passed, 0 failed\n');
    expect(stderr()).toMatch(/nothing was tested: no sample has an expect block/);
    expect(
      await testCommand(['d.json', '--pass-with-no-tests'], fakeIo({ 'd.json': design([]) }).io, fakeSimulate),
    ).toBe(0);
  });
});

describe('integration-designer test (real engine and mock backends)', () => {
  const file = 'tests/fixtures/responses/cli-test-design.json';
  const files = { [file]: readFileSync(file, 'utf8') };

  it('runs the samples through simulate with the design backend; registered in main', async () => {
    const { io, stdout } = fakeIo(files);
    expect(await main(['test', file], io)).toBe(1);
    expect(stdout()).toBe(
      [
        '✓ happy path',
        '✗ wrong expectation',
        '    status: expected 201, got 200',
        '    methodResponseBody: expected "{\\"id\\": \\"7\\"}", got "{\\"id\\": \\"42\\"}"',
        '    headers.Content-Type: expected "text/plain", got "application/json"',
        '1 passed, 1 failed',
        '',
      ].join('\n'),
    );
  });

  it('is deterministic: two runs print the same', async () => {
    const a = fakeIo(files);
    const b = fakeIo(files);
    await testCommand([file], a.io);
    await testCommand([file], b.io);
    expect(a.stdout()).toBe(b.stdout());
  });
});
