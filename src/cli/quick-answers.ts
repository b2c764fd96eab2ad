// What the command answers without loading any subcommand: usage (no arguments, --help, -h, help, or a command's
// --help), --version, and an unknown command. bin/integration-designer.js runs this small bundle (dist/usage.cjs) first
// and the whole command (dist/cli.cjs) only when there is work to do, so `--help` costs about what Node's own start-up
// does (bench/cli-startup.bench.ts); main.ts answers the same way through the same function.
import { version } from '../../package.json';
import { USAGE } from './usage.ts';

/** The subcommands (main.ts maps each to the file that runs it). */
export const COMMAND_NAMES = [
  'validate',
  'render',
  'simulate',
  'export',
  'import',
  'test',
  'lint',
  'diff',
  'open',
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export function isCommand(name: string): name is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(name);
}

export interface QuickAnswer {
  stdout?: string;
  stderr?: string;
  exitCode: number;
}

/** The answer when argv needs no subcommand, else null (the command runs). */
export function quickAnswer(argv: readonly string[]): QuickAnswer | null {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') return { stdout: USAGE, exitCode: name ? 0 : 2 };
  if (name === '--version') return { stdout: `integration-designer ${version}\n`, exitCode: 0 };
  if (!isCommand(name)) return { stderr: `integration-designer: unknown command "${name}"\n\n${USAGE}`, exitCode: 2 };
  if (rest.includes('--help') || rest.includes('-h')) return { stdout: USAGE, exitCode: 0 };
  return null;
}
