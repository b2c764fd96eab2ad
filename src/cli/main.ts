// Entry point of the `integration-designer` command (docs/design-contracts.md#command-line), built into dist/cli.cjs. Each subcommand lives in
// its own file and returns the process exit code; stdout carries only the command's product, messages go to stderr.
import type { CliIo } from './io.ts';
import { nodeIo } from './io.ts';
import { type CommandName, isCommand, quickAnswer } from './quick-answers.ts';

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<CommandName, () => Promise<Command>> = {
  validate: async () => (await import('./validate-command.ts')).validateCommand,
  render: async () => (await import('./render-command.ts')).renderCommand,
  simulate: async () => (await import('./simulate-command.ts')).simulateCommand,
  export: async () => (await import('./export-command.ts')).exportCommand,
  import: async () => (await import('./import-command.ts')).importCommand,
  test: async () => (await import('./test-command.ts')).testCommand,
  lint: async () => (await import('./lint-command.ts')).lintCommand,
  diff: async () => (await import('./diff-command.ts')).diffCommand,
  open: async () => (await import('./open-command.ts')).openCommand,
};

/** Whether `name` is a subcommand (bin/integration-designer.js keeps a code cache for each). */
export { isCommand };

export async function main(argv: string[], io: CliIo = nodeIo): Promise<number> {
  const quick = quickAnswer(argv);
  if (quick) {
    if (quick.stdout) io.out(quick.stdout);
    if (quick.stderr) io.err(quick.stderr);
    return quick.exitCode;
  }
  const [name, ...rest] = argv as [CommandName, ...string[]];
  const command = await COMMANDS[name]();
  return command(rest, io);
}
