// What `lint` reads from each file: a design document, a tests file (with the API definition it points at, read by
// the `test` command's reader), or an API definition itself (CloudFormation/SAM, OpenAPI 3 / Swagger 2, get-resources
// output: readApiDesigns, one design per method). Unreadable input is a CliInputError saying `file:line:column:`
// (exit 2). A file a glob or folder found that is none of these (a sample request, a template's .vtl) is skipped.
import { dirname, join } from 'node:path';
import type { ApiDesigns } from '../formats/api-definition/read-api-designs.ts';
import { readApiValue } from '../formats/api-definition/read-api-designs.ts';
import { looksLikeDesign } from '../formats/design-json/import.ts';
import { parseStructuredText } from '../formats/shared/structured-text.ts';
import { DesignFormatError } from '../model/design-format-error.ts';
import { formatProblem } from '../model/paths.ts';
import { restoreDesign } from '../model/restore.ts';
import type { Design } from '../model/types.ts';
import { CliInputError, type CliIo } from './io.ts';
import { looksLikeTestsFile } from './tests-file.ts';
import { readTestsFileWithApi, type TestsFileWithApi } from './test-suites.ts';

export type LintInput =
  | { kind: 'design'; file: string; design: Design }
  | { kind: 'tests'; file: string; read: TestsFileWithApi }
  | { kind: 'api'; file: string; api: ApiDesigns }
  | { kind: 'other'; file: string; why: string };

const TESTS_FILE_NAME = /\.tests\.(ya?ml|json)$/i;
const STRUCTURED_FILE_NAME = /\.(json|ya?ml)$/i;

/** `explicit`: the file was named on the command line (not found by a glob or folder), so it must be lintable. */
export function readLintInput(io: CliIo, file: string, explicit: boolean): LintInput {
  if (!explicit && !STRUCTURED_FILE_NAME.test(file)) return { kind: 'other', file, why: 'not a JSON or YAML file' };
  const text = io.readText(file);
  if (TESTS_FILE_NAME.test(file)) return { kind: 'tests', file, read: readTestsFileWithApi(io, file, text) };
  const parsed = parseStructuredText(text);
  if (!parsed.ok) throw new CliInputError(syntaxError(file, parsed.error));
  const value = parsed.value;
  if (looksLikeTestsFile(value)) return { kind: 'tests', file, read: readTestsFileWithApi(io, file, text) };
  if (!looksLikeDesign(value)) {
    const read = readApiValue(value, { readFile: (path) => io.readText(join(dirname(file), path)) });
    if (read.ok) return { kind: 'api', file, api: read.api };
    // A hand-written design may leave out `format`; anything else a glob found is not lint's to read.
    if (!explicit && parsed.syntax === 'yaml') return { kind: 'other', file, why: read.error };
    if (!explicit && !isDesignLike(value)) return { kind: 'other', file, why: read.error };
  }
  try {
    return { kind: 'design', file, design: restoreDesign(value).design };
  } catch (e) {
    if (!(e instanceof DesignFormatError)) throw e;
    if (e.position || e.problems.length === 1) throw new CliInputError(`${file}: not a design: ${e.message}`);
    throw new CliInputError(`${file}: not a design:\n${e.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  }
}

/** A JSON object with a design's own sections (a design written by hand, without `format`). */
function isDesignLike(value: unknown): boolean {
  return value !== null && typeof value === 'object' && 'integration' in value;
}

/** "not valid YAML: line 3, column 5: message" -> "file:3:5: not valid YAML: message". */
function syntaxError(file: string, error: string): string {
  const m = /^(not valid (?:JSON|YAML)): line (\d+), column (\d+): ([\s\S]*)$/.exec(error);
  return m ? `${file}:${m[2]}:${m[3]}: ${m[1]}: ${m[4]}` : `${file}: ${error}`;
}
