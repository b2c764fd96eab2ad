// `integration-designer lint <files, folders and globs…> [--format json]` (docs/design-contracts.md#command-line): the
// engine's lint rules (docs/lint-rules.md) over every template and setting, and each sample run to the integration
// request to check that the body a template writes parses as its content type and fits its schema or model (OUT001).
// It reads design documents, tests files (with the API definition each points at) and API definitions themselves
// (lint-inputs.ts). Human output: `file: location:line:column: severity RULE message` for a design document (line and
// column inside the template), `file:line:column: location: severity RULE message` for an API definition (in the
// file); `--format json`: an array of `{ file, location, line, column, severity, rule, message }`. Exit 1 when there
// is an error or a warning, 0 otherwise (info findings do not fail), 2 on bad usage or unreadable input.
import { normalize } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import type { Design } from '../model/types.ts';
import { CliInputError, reportInputError, parseArgs, type CliIo } from './io.ts';
import { apiRows, SourceFiles, testsFileRows } from './lint-api-rows.ts';
import { type LintInput, readLintInput } from './lint-inputs.ts';
import { humanReport, type LintRow, type PrintedRow } from './lint-row.ts';
import { expandTestFiles } from './test-files.ts';

export type { LintRow } from './lint-row.ts';

const USAGE_LINE = 'usage: integration-designer lint <files, folders and globs…> [--format human|json]\n';

type Engine = typeof import('../engine/index.ts');

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
    return reportInputError(io, e, USAGE_LINE);
  }
  // Files as `test` finds them: a folder means its tests files and design documents, a glob what it matches.
  const { files, empty } = await expandTestFiles(patterns);
  if (empty.length) {
    io.err(`lint: ${empty[0]}: no file matches\n`);
    return 2;
  }
  const named = new Set(patterns.filter((p) => !isDynamicPattern(p)));
  let inputs: LintInput[];
  try {
    inputs = files.map((file) => readLintInput(io, file, named.has(file)));
  } catch (e) {
    return reportInputError(io, e);
  }
  const engine: Engine = await import('../engine/index.ts');
  const rows = await lintInputs(engine, inputs, io);
  if (format === 'json')
    io.out(
      `${JSON.stringify(
        rows.map(({ row }) => row),
        null,
        2,
      )}\n`,
    );
  else io.out(humanReport(rows));
  return rows.some(({ row }) => row.severity !== 'info') ? 1 : 0;
}

async function lintInputs(engine: Engine, inputs: LintInput[], io: CliIo): Promise<PrintedRow[]> {
  const sources = new SourceFiles(io);
  // An API definition a tests file points at is linted with the tests file (its parameters, its tests as samples),
  // not a second time on its own.
  const viaTests = new Set(inputs.flatMap((i) => (i.kind === 'tests' ? [normalize(i.read.apiFile)] : [])));
  const printed: PrintedRow[] = [];
  const add = (rows: LintRow[], inFile: boolean) => printed.push(...rows.map((row) => ({ row, inFile })));
  for (const input of inputs) {
    if (input.kind === 'other') io.err(`lint: skipped ${input.file}: ${input.why}\n`);
    else if (input.kind === 'design') add(await designRows(engine, input.file, input.design), false);
    else if (input.kind === 'tests') add(await testsFileRows(engine, input.file, input.read, sources), true);
    else if (!viaTests.has(normalize(input.file))) add(apiRows(engine, input.file, input.api, sources), true);
  }
  return printed;
}

/** A design document: its findings, then each sample run to the integration request (no backend is called). */
async function designRows(engine: Engine, file: string, design: Design) {
  const rows: LintRow[] = engine.lintDesign(design).map((f) => ({
    file,
    location: f.location,
    line: f.line,
    column: f.column,
    severity: f.severity,
    rule: f.code,
    message: f.message,
  }));
  for (const sample of design.samples) {
    let trace: Awaited<ReturnType<Engine['simulate']>>;
    try {
      trace = await engine.simulate(design, sample, { deterministic: true });
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
        message: engine.describeOutputProblem(p, sample.name),
      });
    }
  }
  return rows;
}
