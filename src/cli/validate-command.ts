// `integration-designer validate <design.json>` (docs/design-contracts.md#command-line): one `path: message` line per
// problem on stdout — API Gateway's rules, template syntax errors (template, line, column), invalid base64 sample
// bodies, and unknown fields (with the nearest known one) — and exit 1 when there are any; exit 0 with "<file>: valid"
// on stderr when there are none; exit 2 when the file is missing, is not JSON (line and column) or is not a design
// (wrong types: one `path: message` line each).
import { DesignFormatError } from '../model/design-format-error.ts';
import { formatProblem } from '../model/paths.ts';
import { type RestoredDesign, restoreDesign } from '../model/restore.ts';
import { designProblems } from '../engine/index.ts';
import { CliInputError, reportInputError, parseOptions, readJsonFile, type CliIo } from './io.ts';

const USAGE_LINE = 'usage: integration-designer validate <design.json>\n';

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  let file: string;
  try {
    const { positionals } = parseOptions('validate', args, { valued: [] });
    if (positionals.length !== 1) throw new CliInputError('validate: expected exactly one design file');
    file = positionals[0]!;
  } catch (e) {
    return reportInputError(io, e, USAGE_LINE);
  }
  let json: unknown;
  try {
    json = readJsonFile(io, file);
  } catch (e) {
    return reportInputError(io, e);
  }
  let restored: RestoredDesign;
  try {
    restored = restoreDesign(json);
  } catch (e) {
    if (!(e instanceof DesignFormatError)) throw e;
    const lines = e.position ? [e.message] : e.problems.map(formatProblem);
    io.err(
      `${file}: not a design:${lines.length === 1 ? ` ${lines[0]}` : `\n${lines.map((l) => `  ${l}`).join('\n')}`}\n`,
    );
    return 2;
  }
  for (const note of restored.notes) io.err(`${file}: note: ${note}\n`);
  const problems = [...restored.warnings, ...designProblems(restored.design)];
  if (problems.length === 0) {
    io.err(`${file}: valid\n`);
    return 0;
  }
  io.out(problems.map((p) => `${formatProblem(p)}\n`).join(''));
  return 1;
}
