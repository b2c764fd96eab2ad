import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliInputError, type CliIo } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/simulate');

function fakeIo(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    readText(path) {
      if (path in files) return files[path]!;
      try {
        return readFileSync(path, 'utf8');
      } catch {
        throw new CliInputError(`${path}: no such file`);
      }
    },
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

const designWithSamples = JSON.stringify({
  format: 'integration-designer/1',
  name: 'two samples',
  api: {},
  method: { httpMethod: 'GET', resourcePath: '/' },
  integration: {
    type: 'MOCK',
    requestTemplates: { 'application/json': '{"statusCode": 200}' },
    integrationResponses: { '200': { statusCode: '200' } },
  },
  methodResponses: { '200': { statusCode: '200' } },
  samples: [
    { name: 'first', method: 'GET', path: '/' },
    { name: 'second', method: 'GET', path: '/', query: { a: 'b' } },
  ],
});

// The first test pays for loading every command of the CLI (the lint command brought more); on a busy machine that
// takes more than vitest's 5 s default.
describe('integration-designer simulate (docs/design-contracts.md#command-line)', { timeout: 30_000 }, () => {
  it('prints the Trace as JSON, equal to the golden fixture, exit 0 whatever the status', async () => {
    const f = fakeIo();
    const dir = join(FIXTURES, 'http-415-when-no-templates');
    const code = await main(
      ['simulate', join(dir, 'design.json'), '--request', join(dir, 'request.json'), '--deterministic'],
      f.io,
    );
    expect(code).toBe(0);
    expect(JSON.parse(f.out())).toEqual(JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')));
  }, 20_000); // the first test pays for loading the engine and the mocks, slow on a busy machine

  it('--log prints the execution log lines', async () => {
    const f = fakeIo();
    const dir = join(FIXTURES, 'mock-200');
    const code = await main(
      ['simulate', join(dir, 'design.json'), '--request', join(dir, 'request.json'), '--deterministic', '--log'],
      f.io,
    );
    expect(code).toBe(0);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
    expect(f.out()).toBe(`${expected.log.join('\n')}\n`);
  });

  it('without --request or --sample uses the first sample and says so when there are several', async () => {
    const f = fakeIo({ 'd.json': designWithSamples });
    expect(await main(['simulate', 'd.json', '--deterministic'], f.io)).toBe(0);
    expect(f.err()).toContain('using the first, "first"');
    expect(JSON.parse(f.out()).methodRequest.query).toEqual({});
  });

  it('--sample picks a sample by name', async () => {
    const f = fakeIo({ 'd.json': designWithSamples });
    expect(await main(['simulate', 'd.json', '--sample', 'second', '--deterministic'], f.io)).toBe(0);
    expect(JSON.parse(f.out()).methodRequest.query).toEqual({ a: 'b' });
  });

  it('an unknown sample name exits 2 listing the names', async () => {
    const f = fakeIo({ 'd.json': designWithSamples });
    expect(await main(['simulate', 'd.json', '--sample', 'third'], f.io)).toBe(2);
    expect(f.err()).toBe('d.json: no sample named "third"; the samples are:\n  first\n  second\n');
    expect(f.out()).toBe('');
  });

  it.each([
    [['simulate'], 'expected exactly one design file'],
    [['simulate', 'd.json', '--request', 'r.json', '--sample', 'first'], 'not both'],
    [['simulate', 'd.json', '--verbose'], 'unknown option --verbose'],
    [['simulate', 'missing.json'], 'missing.json: no such file'],
    [['simulate', 'bad.json'], 'bad.json: not valid JSON'],
    [['simulate', 'd.json', '--request', 'arr.json'], 'arr.json: expected a sample request (a JSON object'],
  ])('bad usage or input %j exits 2: %s', async (argv, message) => {
    const f = fakeIo({ 'd.json': designWithSamples, 'bad.json': '{', 'arr.json': '[]' });
    expect(await main(argv, f.io)).toBe(2);
    expect(f.err()).toContain(message);
  });
});
