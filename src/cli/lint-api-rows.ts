// `lint` over an API definition (every method readApiDesigns found) and over a tests file (the methods of the API it
// points at, each with the tests that name it as its samples, and each test run to the integration request for
// OUT001). Rows name the method and the template (`POST /pets integration.requestTemplates["application/json"]`), and
// their line and column are in the user's file: a template finding at template line 3, column 5 is placed where that
// character is written (source-location.ts); where it cannot be placed exactly (a folded block, a `${Param}` that
// !Sub replaced earlier on the line) the row points at the value's start and the message says the template position.
import { dirname, join } from 'node:path';
import type { LintFinding, Trace, TraceOutputProblem } from '../engine/index.ts';
import type { ApiDesigns, ApiMethodDesign } from '../formats/api-definition/read-api-designs.ts';
import type { Design, SampleRequest } from '../model/types.ts';
import { renderedTemplate, templateKeyPath } from './api-template-paths.ts';
import type { CliIo } from './io.ts';
import type { LintRow } from './lint-row.ts';
import { SourceFile } from './source-location.ts';
import type { TestsFileWithApi } from './test-suites.ts';
import { testsFileCases } from './test-suites.ts';

type Engine = typeof import('../engine/index.ts');

/** Reads each file named by a method's source once (the API file, or a SAM DefinitionUri file next to it). */
export class SourceFiles {
  private readonly files = new Map<string, SourceFile | null>();

  constructor(private readonly io: CliIo) {}

  get(path: string): SourceFile | null {
    if (!this.files.has(path)) {
      try {
        this.files.set(path, new SourceFile(this.io.readText(path)));
      } catch {
        this.files.set(path, null);
      }
    }
    return this.files.get(path) ?? null;
  }
}

function methodFile(apiFile: string, method: ApiMethodDesign): string {
  return method.source.file ? join(dirname(apiFile), method.source.file) : apiFile;
}

/** The lint findings of every method of an API definition; methods that could not be read are warnings (READ001). */
export function apiRows(
  engine: Engine,
  apiFile: string,
  api: ApiDesigns,
  sources: SourceFiles,
  samplesOf: (method: ApiMethodDesign) => SampleRequest[] = () => [],
): LintRow[] {
  const rows: LintRow[] = [];
  for (const method of api.methods.values()) {
    const design: Design = { ...method.design, samples: samplesOf(method) };
    const file = methodFile(apiFile, method);
    for (const finding of engine.lintDesign(design)) rows.push(placeFinding(file, method, design, finding, sources));
  }
  for (const [where, problem] of api.problems) {
    const at = /^Resources\.[^.]+$/.test(where) ? where.split('.') : [];
    const pos = (at.length ? sources.get(apiFile)?.positionOf(at) : null) ?? { line: 1, column: 1 };
    rows.push({
      file: apiFile,
      location: where,
      line: pos.line,
      column: pos.column,
      severity: 'warning',
      rule: 'READ001',
      message: `this method could not be read, so it was not linted: ${problem}`,
    });
  }
  return rows;
}

function placeFinding(
  file: string,
  method: ApiMethodDesign,
  design: Design,
  finding: LintFinding,
  sources: SourceFiles,
): LintRow {
  const source = sources.get(file);
  const keyPath = finding.target ? templateKeyPath(method.source, finding.target) : undefined;
  const template = finding.target ? templateText(design, finding.target) : undefined;
  const at =
    keyPath && template !== undefined
      ? source?.positionOf(keyPath, { template, line: finding.line, column: finding.column })
      : undefined;
  const pos = at ?? source?.positionOf(method.source.path) ?? { line: 1, column: 1 };
  const inTemplate = finding.target && !(at?.exact && at.lineForLine);
  return {
    file,
    location: `${method.key} ${finding.location}`,
    line: pos.line,
    column: pos.column,
    severity: finding.severity,
    rule: finding.code,
    message: inTemplate
      ? `${finding.message} (template line ${finding.line}, column ${finding.column})`
      : finding.message,
  };
}

function templateText(design: Design, target: NonNullable<LintFinding['target']>): string | undefined {
  return target.kind === 'request'
    ? design.integration.requestTemplates?.[target.contentType]
    : design.integration.integrationResponses?.[target.statusCode]?.responseTemplates?.[target.contentType];
}

/** A tests file: its API's methods (with the tests naming each as samples), then each test's output checked. */
export async function testsFileRows(
  engine: Engine,
  file: string,
  read: TestsFileWithApi,
  sources: SourceFiles,
): Promise<LintRow[]> {
  const methods = [...read.api.methods.values()];
  const cases = testsFileCases(read).map((c, index) => ({
    c,
    test: read.tests.tests[index]!,
    index,
    method: methods.find((m) => m.source === c.source),
  }));
  const samplesByMethod = new Map<ApiMethodDesign, SampleRequest[]>();
  for (const { c, method } of cases)
    if (method && c.sample) samplesByMethod.set(method, [...(samplesByMethod.get(method) ?? []), c.sample]);
  const rows = apiRows(engine, read.apiFile, read.api, sources, (m) => samplesByMethod.get(m) ?? []);
  for (const { c, test, index, method } of cases) {
    if (!c.design || !c.sample || !method || c.setupError) continue;
    let trace: Trace;
    try {
      trace = await engine.simulate(c.design, c.sample, { deterministic: true });
    } catch {
      continue; // a request that does not fit the method: `test` says why
    }
    for (const problem of trace.outputProblems ?? []) {
      const placed = placeOutputProblem(read.apiFile, method, c.design, trace, problem, sources);
      rows.push({
        file: placed?.file ?? file,
        location: placed?.location ?? `tests[${index}] ${c.operation}`,
        line: placed?.line ?? test.line,
        column: placed?.column ?? test.column,
        severity: 'error',
        rule: 'OUT001',
        message: `${engine.describeOutputProblem(problem, c.name)} (test at ${file}:${test.line})`,
      });
    }
  }
  return rows;
}

/** Where the template that wrote a bad body wrote it, in the API file; null when the problem has no template line. */
function placeOutputProblem(
  apiFile: string,
  method: ApiMethodDesign,
  design: Design,
  trace: Trace,
  problem: TraceOutputProblem,
  sources: SourceFiles,
): { file: string; location: string; line: number; column: number } | null {
  const line = problem.template?.line;
  const column = problem.template?.column;
  const target = renderedTemplate(trace, problem.stage === 'integrationRequest' ? 'request' : 'response');
  if (line === undefined || column === undefined || !target) return null;
  const file = methodFile(apiFile, method);
  const keyPath = templateKeyPath(method.source, target);
  const template = templateText(design, target);
  const pos =
    keyPath && template !== undefined ? sources.get(file)?.positionOf(keyPath, { template, line, column }) : null;
  if (!pos) return null;
  return { file, location: `${method.key} ${problem.template!.location}`, line: pos.line, column: pos.column };
}
