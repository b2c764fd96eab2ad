// `integration-designer import <file> [--from FORMAT] [--path P --method M] [--resource ID] [--base design.json]`
// (docs/design-contracts.md#command-line): prints the design document on stdout, notes on stderr. Exit 2 for bad usage
// or a file that cannot be read or parsed (JSON/YAML syntax with line and column, as every command); exit 1 when the
// file cannot be imported (the reason, where, and the choices when there are several).
import { importDesign } from '../formats/import-design.ts';
import { IMPORT_FORMAT_IDS } from '../formats/detect-format.ts';
import type { ImportFormatId, ImportOptions } from '../formats/types.ts';
import { formatProblem } from '../model/paths.ts';
import { serializeDesign } from '../model/serialize.ts';
import { readDesignFile } from './design-input.ts';
import { CliInputError, reportInputError, parseOptions, type CliIo } from './io.ts';

const OPTIONS = ['from', 'path', 'method', 'resource', 'base'];
const USAGE_LINE = `usage: integration-designer import <file|-> [--from ${IMPORT_FORMAT_IDS.join('|')}] [--path P --method M] [--resource LOGICAL_ID] [--base design.json]\n`;

function readOptions(args: string[], io: CliIo): { file: string; options: ImportOptions } {
  const { positionals, flags } = parseOptions('import', args, { valued: OPTIONS });
  if (positionals.length !== 1) throw new CliInputError('import: expected exactly one file to import');
  const options: ImportOptions = {};
  const from = flags.from as string | undefined;
  if (from !== undefined) {
    if (!IMPORT_FORMAT_IDS.includes(from as ImportFormatId))
      throw new CliInputError(`import: unknown format "${from}"`);
    options.from = from as ImportFormatId;
  }
  if (flags.path !== undefined) options.path = flags.path as string;
  if (flags.method !== undefined) options.method = flags.method as string;
  if (flags.resource !== undefined) options.resource = flags.resource as string;
  if (flags.base !== undefined) {
    const base = flags.base as string;
    options.base = readDesignFile(io, base, { quiet: true });
  }
  return { file: positionals[0]!, options };
}

export async function importCommand(args: string[], io: CliIo): Promise<number> {
  let file: string;
  let options: ImportOptions;
  let text: string;
  try {
    ({ file, options } = readOptions(args, io));
  } catch (e) {
    if (!(e instanceof CliInputError)) throw e;
    io.err(`${e.message}\n${e.message.startsWith('import:') ? USAGE_LINE : ''}`);
    return 2;
  }
  try {
    text = io.readText(file);
  } catch (e) {
    return reportInputError(io, e);
  }
  const result = importDesign(text, options);
  // A file that cannot be parsed (JSON or YAML syntax, too deep) is unreadable input, as for every other command.
  if (!result.ok && result.unreadable) {
    io.err(`${file}: ${result.error}\n`);
    return 2;
  }
  if (!result.ok) {
    io.err(`${file}: ${result.error}\n`);
    if (result.candidates?.length) {
      io.err('choose one with:\n');
      for (const c of result.candidates) {
        io.err(
          c.resource !== undefined
            ? `  --resource ${c.resource}    # ${c.label}\n`
            : `  --path '${c.path}' --method ${c.method}\n`,
        );
      }
    }
    return 1;
  }
  for (const note of result.notes) io.err(`${file}: note: ${note}\n`);
  for (const warning of result.warnings ?? []) io.err(`${file}: warning: ${formatProblem(warning)}\n`);
  io.out(serializeDesign(result.design));
  return 0;
}
