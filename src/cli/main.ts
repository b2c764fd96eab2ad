// Entry point of the `integration-designer` command (docs/design-contracts.md#command-line), built into dist/cli.cjs. Each subcommand lives in
// its own file and returns the process exit code; stdout carries only the command's product, messages go to stderr.
import { USAGE } from './usage.ts';
import type { CliIo } from './io.ts';
import { nodeIo } from './io.ts';

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
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
export function isCommand(name: string): boolean {
  return Object.hasOwn(COMMANDS, name);
}

export async function main(argv: string[], io: CliIo = nodeIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  if (name === '--version') {
    io.out('integration-designer 0.1.0\n');
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err(`integration-designer: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  const command = await load();
  return command(rest, io);
}
