// `integration-designer diff` through main() with a fake io: summary, --to json, --to aws-cli, exit codes.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { captureIo } from './capture-io.ts';

const DESIGNS = 'tests/fixtures/formats/designs';

async function run(args: string[]) {
  const io = captureIo();
  const code = await main(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

// The first test loads every CLI command: 30 s under a loaded machine.
describe('diff command', { timeout: 30_000 }, () => {
  it('prints one line per changed field', async () => {
    const r = await run(['diff', `${DESIGNS}/http.design.json`, `${DESIGNS}/http-proxy.design.json`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^~ integration\.type: "HTTP" -> "HTTP_PROXY"$/m);
  });

  it('says so when nothing API Gateway stores changed', async () => {
    const r = await run(['diff', `${DESIGNS}/http.design.json`, `${DESIGNS}/http.design.json`]);
    expect(r).toMatchObject({ code: 0, stdout: 'No changes to what API Gateway stores for the method.\n' });
    expect(
      (await run(['diff', `${DESIGNS}/http.design.json`, `${DESIGNS}/http.design.json`, '--to', 'json'])).stdout,
    ).toBe('[]\n');
  });

  it('--to json prints the calls', async () => {
    const r = await run(['diff', `${DESIGNS}/http.design.json`, `${DESIGNS}/mock.design.json`, '--to', 'json']);
    expect(r.code).toBe(0);
    const calls = JSON.parse(r.stdout) as { operation: string }[];
    expect(calls.some((c) => c.operation === 'PutIntegration')).toBe(true);
  });

  it('--to aws-cli prints a script bash accepts', async () => {
    const r = await run(['diff', `${DESIGNS}/aws.design.json`, `${DESIGNS}/http.design.json`, '--to', 'aws-cli']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^#!\/usr\/bin\/env bash/);
    execFileSync('bash', ['-n'], { input: r.stdout });
  });

  it.each([
    [['diff', `${DESIGNS}/http.design.json`], /expected two design files/],
    [
      ['diff', `${DESIGNS}/http.design.json`, `${DESIGNS}/mock.design.json`, '--to', 'aws-clii'],
      /did you mean aws-cli/,
    ],
    [['diff', `${DESIGNS}/http.design.json`, 'no-such.json'], /no-such.json: no such file/],
    [['diff', `${DESIGNS}/http.design.json`, 'tests/fixtures/designs/not-a-design.json'], /not a design/],
  ])('bad usage or input exits 2: %j', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
