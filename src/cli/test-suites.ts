// What `test` runs, read from its files: a design document gives one case per sample with an `expect` block; a
// tests file gives one case per test, each run against the design of the method it names in the user's API
// definition (readApiDesigns). Unreadable input throws CliInputError (exit 2) saying the file, line and column.
import { dirname, join } from 'node:path';
import type { ApiDesigns, ApiMethodDesign, ApiMethodSource } from '../formats/api-definition/read-api-designs.ts';
import { readApiDesigns } from '../formats/api-definition/read-api-designs.ts';
import { DesignFormatError } from '../model/design-format-error.ts';
import { designProblems } from '../engine/index.ts';
import { formatProblem } from '../model/paths.ts';
import { restoreDesign } from '../model/restore.ts';
import { errorsOf } from '../model/validate/index.ts';
import type { Design, SampleExpect, SampleRequest } from '../model/types.ts';
import { CliInputError, type CliIo, describeJsonError } from './io.ts';
import { looksLikeTestsFile, readTestsFile, TestsFileError, type TestsFile, type TestsFileTest } from './tests-file.ts';

export interface TestCase {
  name: string;
  /** The line of the test in a tests file, and the method it names ("VERB /path"). */
  line?: number;
  operation?: string;
  design?: Design;
  sample?: SampleRequest;
  expect?: SampleExpect;
  /** Why the case cannot run (an operation the API does not have, a method that could not be read). */
  setupError?: string;
  /** Where the method and its templates are, for reports (tests files). */
  source?: ApiMethodSource;
}

export interface TestSuite {
  file: string;
  kind: 'design' | 'tests';
  /** The API definition a tests file points at (as a path from the working directory). */
  api?: string;
  cases: TestCase[];
}

const TESTS_FILE_NAME = /\.tests\.(ya?ml|json)$/i;

export function readSuite(io: CliIo, file: string): TestSuite {
  const text = io.readText(file);
  if (TESTS_FILE_NAME.test(file)) return readTestsSuite(io, file, text);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    if (/\.ya?ml$/i.test(file)) return readTestsSuite(io, file, text);
    throw new CliInputError(`${file}: not valid JSON: ${describeJsonError(text, e as Error)}`);
  }
  if (looksLikeTestsFile(value)) return readTestsSuite(io, file, text);
  let design: Design;
  try {
    design = restoreDesign(value).design;
  } catch (e) {
    if (!(e instanceof DesignFormatError)) throw e;
    if (e.position || e.problems.length === 1) throw new CliInputError(`${file}: not a design: ${e.message}`);
    throw new CliInputError(`${file}: not a design:\n${e.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  }
  // A design API Gateway would refuse is not run: each of its cases fails with the design's errors (`path: message`).
  const errors = errorsOf(designProblems(design));
  const setupError = errors.length
    ? `API Gateway would refuse this design: ${errors.map(formatProblem).join('; ')}`
    : undefined;
  const cases = design.samples
    .map((sample, index) => ({ sample, index }))
    .filter(({ sample }) => sample.expect !== undefined && sample.expect !== null)
    .map(({ sample, index }) => ({
      name: sample.name ?? `sample ${index + 1}`,
      design,
      sample,
      expect: sample.expect as SampleExpect,
      ...(setupError ? { setupError } : {}),
    }));
  return { file, kind: 'design', cases };
}

/** A tests file and the API definition it points at, read (the `test` and `lint` commands both take it this way). */
export interface TestsFileWithApi {
  tests: TestsFile;
  /** The API definition's path from the working directory. */
  apiFile: string;
  api: ApiDesigns;
}

export function readTestsFileWithApi(io: CliIo, file: string, text: string): TestsFileWithApi {
  let tests: TestsFile;
  try {
    tests = readTestsFile(text);
  } catch (e) {
    if (e instanceof TestsFileError) throw new CliInputError(`${file}:${e.line}:${e.column}: ${e.message}`);
    throw e;
  }
  const apiFile = join(dirname(file), tests.api);
  let apiText: string;
  try {
    apiText = io.readText(apiFile);
  } catch (e) {
    if (e instanceof CliInputError) throw new CliInputError(`${file}: api: ${e.message}`);
    throw e;
  }
  const read = readApiDesigns(apiText, {
    parameters: tests.parameters,
    stageVariables: tests.stageVariables,
    readFile: (path) => io.readText(join(dirname(apiFile), path)),
  });
  if (!read.ok) throw new CliInputError(`${apiFile}: ${read.error}`);
  return { tests, apiFile, api: read.api };
}

function readTestsSuite(io: CliIo, file: string, text: string): TestSuite {
  const read = readTestsFileWithApi(io, file, text);
  return { file, kind: 'tests', api: read.apiFile, cases: testsFileCases(read) };
}

/** One case per test: the design of the method it names, with the test's request as its one sample. */
export function testsFileCases({ tests, apiFile, api }: TestsFileWithApi): TestCase[] {
  const { methods, problems } = api;
  return tests.tests.map((test): TestCase => {
    const method = methods.get(`${test.verb} ${test.resourcePath}`) ?? methods.get(`ANY ${test.resourcePath}`);
    const base = { name: test.name, line: test.line, operation: `${test.verb} ${test.resourcePath}` };
    if (!method) {
      const key = `${test.verb} ${test.resourcePath}`;
      const problem = problems.get(key);
      const known = [...methods.keys()].sort().join(', ') || '(none)';
      return {
        ...base,
        setupError: problem
          ? `${apiFile}: ${key} could not be read: ${problem}`
          : `${apiFile} has no method ${key}; it has: ${known}`,
      };
    }
    return { ...base, ...caseFor(method, test, tests), source: method.source };
  });
}

function caseFor(method: ApiMethodDesign, test: TestsFileTest, file: TestsFile) {
  const design = structuredClone(method.design);
  if (test.stageVariables) design.api.stageVariables = { ...design.api.stageVariables, ...test.stageVariables };
  const backend = test.backend ?? file.backend;
  if (backend) design.backend = structuredClone(backend) as Design['backend'];
  const sample = { ...test.request, expect: test.expect };
  design.samples = [sample];
  return { design, sample, expect: test.expect };
}
