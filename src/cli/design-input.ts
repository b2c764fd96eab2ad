// How every command reads its inputs: a design file through the model's restore step (which enforces the design
// document's schema), a sample request file through the sample schema, and, for commands that run or ship a design, the
// design's problems first (designProblems: API Gateway's rules, template syntax, base64 sample bodies). Problems are
// printed one `path: message` per line, never as a stack trace: exit 2 for input that is not a design (or not a
// sample), exit 1 for a design API Gateway would refuse.
import { DesignFormatError } from '../model/design-format-error.ts';
import { formatProblem } from '../model/paths.ts';
import { restoreDesign } from '../model/restore.ts';
import { checkSample } from '../model/schema/index.ts';
import type { Design, Problem, SampleRequest } from '../model/types.ts';
import { designProblems } from '../engine/index.ts';
import { errorsOf } from '../model/validate/index.ts';
import { CliInputError, readJsonFile, type CliIo } from './io.ts';

const indented = (problems: readonly Problem[]) => problems.map((p) => `  ${formatProblem(p)}`).join('\n');

/**
 * Reads and restores a design file; notes and unknown-field warnings go to stderr. CliInputError (exit 2) if not a
 * design.
 */
export function readDesignFile(io: CliIo, file: string, options: { quiet?: boolean } = {}): Design {
  const json = readJsonFile(io, file);
  try {
    const { design, notes, warnings } = restoreDesign(json);
    if (!options.quiet) {
      for (const note of notes) io.err(`${file}: note: ${note}\n`);
      for (const warning of warnings) io.err(`${file}: warning: ${formatProblem(warning)}\n`);
    }
    return design;
  } catch (e) {
    if (!(e instanceof DesignFormatError)) throw e;
    if (e.position || e.problems.length === 1) throw new CliInputError(`${file}: not a design: ${e.message}`);
    throw new CliInputError(`${file}: not a design:\n${indented(e.problems)}`);
  }
}

/**
 * Reads a sample request file (`--request`): a JSON object of the sample schema
 * (docs/design-contracts.md#sample-request).
 */
export function readSampleFile(io: CliIo, file: string): SampleRequest {
  const json = readJsonFile(io, file);
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new CliInputError(
      `${file}: expected a sample request (a JSON object with method, path, headers, query, body, ...)`,
    );
  }
  const { errors, warnings } = checkSample(json);
  if (errors.length === 1) throw new CliInputError(`${file}: not a sample request: ${formatProblem(errors[0]!)}`);
  if (errors.length > 0) throw new CliInputError(`${file}: not a sample request:\n${indented(errors)}`);
  for (const warning of warnings) io.err(`${file}: warning: ${formatProblem(warning)}\n`);
  return json as SampleRequest;
}

/**
 * The errors API Gateway would refuse the design for (warnings are not counted), printed under the file name.
 * Returns true when there are none.
 */
export function designAccepted(io: CliIo, file: string, design: Design, what: string): boolean {
  const errors = errorsOf(designProblems(design));
  if (errors.length === 0) return true;
  io.err(`${file}: ${what}: API Gateway would refuse this design:\n${indented(errors)}\n`);
  return false;
}
