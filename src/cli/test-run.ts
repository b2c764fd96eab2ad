// Runs test suites through the engine: each suite in one deterministic mock session (a test can read what an earlier
// one of its file wrote: S3 objects, DynamoDB items), each case checked against its `expect` block. A failure
// names what differed and, when the engine reports a template error, the template and its line in the API file.
import { dirname, join } from 'node:path';
import { sampleMismatches, type Mismatch, type Trace } from '../engine/index.ts';
import type { BackendCaller } from '../mocks/fetch-backend.ts';
import { MockSession } from '../mocks/mock-session.ts';
import type { Design, SampleRequest } from '../model/types.ts';
import type { CliIo } from './io.ts';
import { renderedTemplate, templateKeyPath } from './api-template-paths.ts';
import { SourceFile } from './source-location.ts';
import { createTestBackends } from '../mocks/test-backends.ts';
import type { TestCase, TestSuite } from './test-suites.ts';

export type SimulateFn = (
  design: Design,
  request: SampleRequest,
  options: { deterministic: boolean; backend: BackendCaller },
) => Promise<Trace>;

export interface CaseResult {
  name: string;
  line?: number;
  passed: boolean;
  mismatches: Mismatch[];
  /** What else the report says under a failure: the engine's error and where its template is. */
  details: string[];
  durationMs: number;
}

export interface SuiteResult {
  suite: TestSuite;
  cases: CaseResult[];
}

export async function runSuites(suites: TestSuite[], simulate: SimulateFn, io: CliIo): Promise<SuiteResult[]> {
  const results: SuiteResult[] = [];
  const sources = new Map<string, SourceFile | null>();
  const sourceFile = (path: string) => {
    if (!sources.has(path)) {
      try {
        sources.set(path, new SourceFile(io.readText(path)));
      } catch {
        sources.set(path, null);
      }
    }
    return sources.get(path) ?? null;
  };
  for (const suite of suites) {
    const session = new MockSession({ deterministic: true });
    const backendFor = createTestBackends(session);
    const cases: CaseResult[] = [];
    for (const testCase of suite.cases) {
      const started = performance.now();
      const result = await runCase(testCase, simulate, backendFor);
      if (result.trace?.error && result.mismatches.length > 0)
        result.details.push(engineErrorLine(suite, testCase, result.trace, sourceFile));
      cases.push({
        name: testCase.name,
        ...(testCase.line !== undefined ? { line: testCase.line } : {}),
        passed: result.mismatches.length === 0,
        mismatches: result.mismatches,
        details: result.mismatches.length === 0 ? [] : result.details,
        durationMs: performance.now() - started,
      });
    }
    results.push({ suite, cases });
  }
  return results;
}

async function runCase(
  testCase: TestCase,
  simulate: SimulateFn,
  backendFor: (design: Design) => BackendCaller,
): Promise<{ mismatches: Mismatch[]; details: string[]; trace?: Trace }> {
  if (testCase.setupError || !testCase.design || !testCase.sample || !testCase.expect) {
    return {
      mismatches: [{ field: 'operation', expected: testCase.operation ?? 'a method', actual: undefined }],
      details: [`    ${testCase.setupError ?? 'the test has nothing to run'}`],
    };
  }
  try {
    const trace = await simulate(testCase.design, testCase.sample, {
      deterministic: true,
      backend: backendFor(testCase.design),
    });
    const { describeOutputProblem } = await import('../engine/index.ts');
    return {
      mismatches: sampleMismatches(testCase.expect, trace),
      details: (trace.outputProblems ?? []).map((p) => `    ${describeOutputProblem(p, testCase.name)}`),
      trace,
    };
  } catch (e) {
    return {
      mismatches: [{ field: 'simulate', expected: 'a trace', actual: (e as Error).message, note: 'could not run' }],
      details: [],
    };
  }
}

/** "(the engine reported an error at stage template: ...)", with the template's file and line when known. */
function engineErrorLine(
  suite: TestSuite,
  testCase: TestCase,
  trace: Trace,
  sourceFile: (path: string) => SourceFile | null,
): string {
  const error = trace.error!;
  const base = `    (the engine reported an error at stage ${error.stage}: ${error.message})`;
  if (error.stage !== 'template' || !testCase.source || !suite.api) return base;
  const source = testCase.source;
  const target =
    (trace.integrationRequest ? renderedTemplate(trace, 'response') : undefined) ?? renderedTemplate(trace, 'request');
  const path = target ? templateKeyPath(source, target) : undefined;
  if (!path) return base;
  const file = source.file ? join(dirname(suite.api), source.file) : suite.api;
  const line = sourceFile(file)?.lineOf(path, error.line);
  const at = error.line !== undefined ? `, template line ${error.line}, column ${error.column}` : '';
  return `    ${file}${line ? `:${line}` : ''}: ${error.message} (in ${path.join('.')}${at})`;
}
