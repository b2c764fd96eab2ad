// `integration-designer export <design.json> --to FORMAT` (docs/design-contracts.md#command-line): prints the export on
// stdout, what the format could not carry as "warning:" lines on stderr. Exit 2 for bad usage, an unreadable file, a
// file that is not JSON (line and column) or not a design (one `path: message` per wrong type); exit 1 for a design
// with errors (what API Gateway would refuse), unless --force, which writes it anyway with the problems on stderr.
// `--into <template.yaml|openapi.json>` instead writes the design's method back INTO the API definition it lives in
// (writeBackApi: only what changed; the rest of the file as it was), with what it approximated as "note:" lines.
import { EXPORT_FORMATS, EXPORT_FORMAT_ALIASES, findExportFormat } from '../formats/registry.ts';
import { nearestName } from '../model/schema/nearest-name.ts';
import type { Design } from '../model/types.ts';
import { designAccepted, readDesignFile } from './design-input.ts';
import { exportInto } from './export-into.ts';
import { CliInputError, reportInputError, parseOptions, type CliIo } from './io.ts';

const FORMAT_NAMES = [...EXPORT_FORMATS.map((f) => f.id), ...Object.keys(EXPORT_FORMAT_ALIASES)].sort().join('|');
const USAGE_LINE = `usage: integration-designer export <design.json> (--to ${FORMAT_NAMES} | --into <api-file>) [--force]\n`;

export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  let file: string;
  let to: string;
  let force: boolean;
  let into: string | null = null;
  try {
    const { positionals, flags } = parseOptions('export', args, { valued: ['to', 'into'], switches: ['force'] });
    if (positionals.length !== 1) throw new CliInputError('export: expected exactly one design file');
    if (typeof flags.into === 'string' && flags.to !== undefined)
      throw new CliInputError('export: --to and --into: choose one');
    if (typeof flags.into === 'string') into = flags.into;
    else if (typeof flags.to !== 'string') throw new CliInputError('export: --to FORMAT is required');
    if (typeof flags.to === 'string' && !findExportFormat(flags.to)) {
      const near = nearestName(flags.to, FORMAT_NAMES.split('|'));
      throw new CliInputError(`export: unknown format "${flags.to}"${near ? `; did you mean ${near}?` : ''}`);
    }
    file = positionals[0]!;
    to = typeof flags.to === 'string' ? flags.to : '';
    force = flags.force === true;
  } catch (e) {
    return reportInputError(io, e, USAGE_LINE);
  }
  let design: Design;
  try {
    design = readDesignFile(io, file);
  } catch (e) {
    return reportInputError(io, e);
  }
  // An export is deployed: a design API Gateway would refuse is not written unless asked (--force), and then the
  // problems still go to stderr.
  if (
    !designAccepted(
      io,
      file,
      design,
      force ? 'exported anyway (--force)' : 'not exported (--force writes it anyway)',
    ) &&
    !force
  )
    return 1;
  if (into !== null) return exportInto(io, design, into);
  const { text, warnings } = findExportFormat(to)!.export(design);
  for (const warning of warnings) io.err(`warning: ${warning}\n`);
  io.out(text);
  return 0;
}
