// `integration-designer export <design.json> --to FORMAT` (design.md §5): prints the export on stdout, what the format
// could not carry as "warning:" lines on stderr. Exit 2 for bad usage, an unreadable file, a file that is not JSON
// (line and column) or not a design (restore's `path: reason`).
import { DesignFormatError } from '../model/design-format-error.ts';
import { restoreDesign } from '../model/restore.ts';
import type { Design } from '../model/types.ts';
import { EXPORT_FORMATS, EXPORT_FORMAT_ALIASES, findExportFormat } from '../formats/registry.ts';
import { CliInputError, parseArgs, readJsonFile, type CliIo } from './io.ts';

const FORMAT_NAMES = [...EXPORT_FORMATS.map((f) => f.id), ...Object.keys(EXPORT_FORMAT_ALIASES)].sort().join('|');
const USAGE_LINE = `usage: integration-designer export <design.json> --to ${FORMAT_NAMES}\n`;

export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  let file: string;
  let to: string;
  try {
    const { positionals, flags } = parseArgs(args, ['to']);
    const unknownFlag = Object.keys(flags).find((f) => f !== 'to');
    if (unknownFlag !== undefined) throw new CliInputError(`export: unknown option --${unknownFlag}`);
    if (positionals.length !== 1) throw new CliInputError('export: expected exactly one design file');
    if (typeof flags.to !== 'string') throw new CliInputError('export: --to FORMAT is required');
    if (!findExportFormat(flags.to)) throw new CliInputError(`export: unknown format "${flags.to}"`);
    file = positionals[0]!;
    to = flags.to;
  } catch (e) {
    if (!(e instanceof CliInputError)) throw e;
    io.err(`${e.message}\n${USAGE_LINE}`);
    return 2;
  }
  let design: Design;
  try {
    const restored = restoreDesign(readJsonFile(io, file));
    design = restored.design;
    for (const note of restored.notes) io.err(`${file}: note: ${note}\n`);
  } catch (e) {
    if (e instanceof CliInputError) io.err(`${e.message}\n`);
    else if (e instanceof DesignFormatError) io.err(`${file}: not a design: ${e.message}\n`);
    else throw e;
    return 2;
  }
  const { text, warnings } = findExportFormat(to)!.export(design);
  for (const warning of warnings) io.err(`warning: ${warning}\n`);
  io.out(text);
  return 0;
}
