// What the command answers without running a subcommand (src/cli/quick-answers.ts): through main() and through the
// built bin, which answers them from dist/usage.cjs alone (bench/cli-startup.bench.ts measures why).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { COMMAND_NAMES, quickAnswer } from '../../src/cli/quick-answers.ts';
import { USAGE } from '../../src/cli/usage.ts';
import { captureIo } from './capture-io.ts';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

describe('answers that need no subcommand', () => {
  it.each([
    { argv: [], stdout: USAGE, exitCode: 2, why: 'no arguments: usage, as a mistake' },
    { argv: ['--help'], stdout: USAGE, exitCode: 0, why: '--help' },
    { argv: ['-h'], stdout: USAGE, exitCode: 0, why: '-h' },
    { argv: ['help'], stdout: USAGE, exitCode: 0, why: 'help' },
    { argv: ['test', '--help'], stdout: USAGE, exitCode: 0, why: "a command's --help" },
    { argv: ['render', 'x.vtl', '-h'], stdout: USAGE, exitCode: 0, why: "a command's -h anywhere" },
    {
      argv: ['--version'],
      stdout: `integration-designer ${version}\n`,
      exitCode: 0,
      why: 'the version in package.json',
    },
  ])('$why', ({ argv, stdout, exitCode }) => {
    expect(quickAnswer(argv)).toEqual({ stdout, exitCode });
  });

  it('an unknown command: exit 2, its name and usage on stderr', () => {
    expect(quickAnswer(['rendr'])).toEqual({
      stderr: `integration-designer: unknown command "rendr"\n\n${USAGE}`,
      exitCode: 2,
    });
  });

  it('every command runs (null: no quick answer), and main() knows each', () => {
    for (const name of COMMAND_NAMES) expect(quickAnswer([name, 'file.json'])).toBeNull();
    expect(USAGE).toContain('integration-designer lint');
  });

  it('main() answers the same way', async () => {
    const io = captureIo();
    expect(await main(['--version'], io)).toBe(0);
    expect(await main(['nope'], io)).toBe(2);
    expect(io.stdout).toBe(`integration-designer ${version}\n`);
    expect(io.stderr).toContain('unknown command "nope"');
  });

  it('the built command answers them, with the same exit codes', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['bin/integration-designer.js', ...args], { encoding: 'utf8' });
    const help = run('--help');
    expect([help.status, help.stdout]).toEqual([0, USAGE]);
    const none = run();
    expect([none.status, none.stdout]).toEqual([2, USAGE]);
    const unknown = run('bogus');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "bogus"');
    const versionRun = run('--version');
    expect(versionRun.stdout).toBe(`integration-designer ${version}\n`);
  });
});
