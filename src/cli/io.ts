import { readFileSync } from 'node:fs';
import { parseJson } from '../model/json-syntax.ts';
import { nearestName } from '../model/schema/nearest-name.ts';

/** What a subcommand may do to the outside world; tests pass a fake. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Reads a file, or standard input for `-`. Throws CliInputError when it cannot. */
  readText(path: string): string;
}

export class CliInputError extends Error {}

/**
 * What a command does with input it cannot use (a bad option, a file that cannot be read or parsed): the message on
 * stderr, then `hint` (the command's usage line, where the mistake is in how it was called), and exit code 2. Any
 * other error is a bug, and is thrown on.
 */
export function reportInputError(io: CliIo, error: unknown, hint = ''): 2 {
  if (!(error instanceof CliInputError)) throw error;
  io.err(`${error.message}\n${hint}`);
  return 2;
}

export const nodeIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readText(path) {
    try {
      return readFileSync(path === '-' ? 0 : path, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new CliInputError(`${path}: no such file`);
      if (code === 'EISDIR') throw new CliInputError(`${path}: is a directory, not a file`);
      throw new CliInputError(`${path}: cannot be read (${(e as Error).message})`);
    }
  },
};

/** Reads and parses a JSON file; errors say which file and where in it. */
export function readJsonFile(io: CliIo, path: string): unknown {
  const text = io.readText(path);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CliInputError(`${path}: not valid JSON: ${describeJsonError(text, e as Error)}`);
  }
}

/** Turns V8's "at position N" into "line L, column C". */
export function describeJsonError(text: string, error: Error): string {
  const m = /position (\d+)/.exec(error.message);
  if (!m) {
    // Node 20 gives no position for "Unexpected token ..." errors: locate the error by scanning the text.
    const located = parseJson(text);
    return located.ok
      ? error.message
      : `${located.error.message} at line ${located.error.line}, column ${located.error.column}`;
  }
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return `${error.message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}`;
}

/** Minimal flag parser: `--name value`, `--flag`; the rest are positionals. */
export function parseArgs(
  args: string[],
  valued: string[],
): { positionals: string[]; flags: Record<string, string | true> } {
  const positionals: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const key = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (eq > 0) flags[key] = a.slice(eq + 1);
      else if (valued.includes(key)) {
        const v = args[i + 1];
        if (v === undefined) throw new CliInputError(`--${key} needs a value`);
        flags[key] = v;
        i++;
      } else flags[key] = true;
    } else positionals.push(a);
  }
  return { positionals, flags };
}

export interface OptionSpec {
  /** Options that take a value (`--to FORMAT`, `--to=FORMAT`). */
  valued: readonly string[];
  /** Options that take none (`--log`). */
  switches?: readonly string[];
}

/**
 * Every command's option parser: unknown options are refused before anything else, with the nearest known one
 * ("render: unknown option --requst; did you mean --request?"), so a typo never turns into a misleading message
 * about something else (a missing option, an extra file).
 */
export function parseOptions(
  command: string,
  args: string[],
  spec: OptionSpec,
): { positionals: string[]; flags: Record<string, string | true> } {
  const switches = spec.switches ?? [];
  const known = [...spec.valued, ...switches];
  for (const arg of args) {
    if (!arg.startsWith('--') || arg.length <= 2) continue;
    const name = arg.slice(2).split('=')[0]!;
    if (known.includes(name)) continue;
    const near = nearestName(name, known);
    throw new CliInputError(
      `${command}: unknown option --${name}${near ? `; did you mean --${near}?` : known.length ? ` (options: ${known.map((k) => `--${k}`).join(', ')})` : ' (it takes no options)'}`,
    );
  }
  const parsed = parseArgs(args, [...spec.valued]);
  for (const [name, value] of Object.entries(parsed.flags)) {
    if (spec.valued.includes(name) && value === true) throw new CliInputError(`${command}: --${name} needs a value`);
    if (switches.includes(name) && value !== true) throw new CliInputError(`${command}: --${name} takes no value`);
  }
  return parsed;
}
