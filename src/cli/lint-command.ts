// `integration-designer lint <files and globs…> [--format json]` (docs/design-contracts.md#command-line): the engine's
// lint rules (docs/lint-rules.md) over every template and setting of each design document, plus each sample run to the
// integration request to check that the body a template writes parses as its content type (rule OUT001). Human output:
// `file: location:line:column: severity RULE message`; `--format json`: an array of `{ file, location, line, column,
// severity, rule, message }`, line and column inside the template that `location` names (1 and 1 for a field). Exit 1
// when there is an error or a warning, 0 otherwise (info findings do not fail), 2 on bad usage or unreadable input.
import { glob, isDynamicPattern } from 'tinyglobby';
import type { LintFinding } from '../engine/index.ts';
import { DesignFormatError } from '../model/design-format-error.ts';
import { restoreDesign } from '../model/restore.ts';
import type { Design } from '../model/types.ts';
import { CliInputError, parseArgs, readJsonFile, type CliIo } from './io.ts';

const USAGE_LINE = 'usage: integration-designer lint <files and globs…> [--format human|json]\n';

export interface LintRow {
  file: string;
  location: string;
  line: number;
  column: number;
  severity: 'error' | 'warning' | 'info';
  rule: string;
  message: string;
}

export async function lintCommand(args: string[], io: CliIo): Promise<number> {
  let patterns: string[];
  let format: 'human' | 'json';
  try {
    const { positionals, flags } = parseArgs(args, ['format']);
    const unknown = Object.keys(flags).find((f) => f !== 'format');
    if (unknown !== undefined) throw new CliInputError(`lint: unknown option --${unknown}`);
    const f = flags.format ?? 'human';
    if (f !== 'human' && f !== 'json')
      throw new CliInputError(`lint: --format must be human or json, not ${String(f)}`);
    format = f;
    if (!positionals.length) throw new CliInputError('lint: expected at least one file or glob');
    patterns = positionals;
  } catch (e) {
    if (!(e instanceof CliInputError)) throw e;
    io.err(`${e.message}\n${USAGE_LINE}`);
    return 2;
  }
  const files: string[] = [];
  for (const pattern of patterns) {
    if (!isDynamicPattern(pattern)) {
      files.push(pattern);
      continue;
    }
    const matched = (await glob(pattern, { onlyFiles: true, expandDirectories: false })).sort();
    if (!matched.length) {
      io.err(`lint: ${pattern}: no file matches\n`);
      return 2;
    }
    files.push(...matched);
  }
  const { lintDesign, simulate, describeOutputProblem } = await import('../engine/index.ts');
  const rows: LintRow[] = [];
  for (const file of [...new Set(files)]) {
    let design: Design;
    try {
      design = restoreDesign(readJsonFile(io, file)).design;
    } catch (e) {
      if (e instanceof CliInputError) io.err(`${e.message}\n`);
      else if (e instanceof DesignFormatError) io.err(`${file}: not a design: ${e.message}\n`);
      else throw e;
      return 2;
    }
    rows.push(...lintDesign(design).map((f) => toRow(file, f)));
    // Each sample to the integration request (no backend is called): does the body parse as its content type?
    for (const sample of design.samples) {
      let trace: Awaited<ReturnType<typeof simulate>>;
      try {
        trace = await simulate(design, sample, { deterministic: true });
      } catch {
        continue; // a sample that does not fit the design: `validate` and `simulate` say why
      }
      for (const p of trace.outputProblems ?? []) {
        rows.push({
          file,
          location: p.template?.location ?? p.stage,
          line: p.template?.line ?? 1,
          column: p.template?.column ?? 1,
          severity: 'error',
          rule: 'OUT001',
          message: describeOutputProblem(p, sample.name),
        });
      }
    }
  }
  if (format === 'json') io.out(`${JSON.stringify(rows, null, 2)}\n`);
  else io.out(human(rows));
  return rows.some((r) => r.severity !== 'info') ? 1 : 0;
}

function toRow(file: string, f: LintFinding): LintRow {
  return {
    file,
    location: f.location,
    line: f.line,
    column: f.column,
    severity: f.severity,
    rule: f.code,
    message: f.message,
  };
}

function human(rows: readonly LintRow[]): string {
  const lines = rows.map((r) => {
    const at = r.location.includes('Templates[') ? `${r.location}:${r.line}:${r.column}` : r.location;
    return `${r.file}: ${at}: ${r.severity} ${r.rule}: ${r.message}\n`;
  });
  const count = (s: LintRow['severity']) => rows.filter((r) => r.severity === s).length;
  const summary = rows.length
    ? `${rows.length} finding${rows.length === 1 ? '' : 's'} (${count('error')} errors, ${count('warning')} warnings, ${count('info')} info)\n`
    : 'no findings\n';
  return lines.join('') + summary;
}
