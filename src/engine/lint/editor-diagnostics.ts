// What the template editors show besides each template's own error: the lint findings of every template and the
// output problems of the run (a body that does not parse, at the template line that wrote it). The worker calls
// this once per run; the UI only turns the result into markers.
import type { Design } from '../../model/types.ts';
import type { Trace, TraceOutputProblem } from '../trace.ts';
import type { Diagnostic } from './diagnostic.ts';
import { designTemplates, lintTemplate } from './lint-design.ts';
import { describeOutputProblem } from './output/check-trace-output.ts';
import type { TemplateTarget } from './rule.ts';
import type { ResponseTemplateDiagnostics, TemplateDiagnostics } from './template-errors.ts';

export function addEditorDiagnostics(
  design: Design,
  trace: Trace,
  sampleName: string | undefined,
  request: TemplateDiagnostics,
  response: ResponseTemplateDiagnostics,
): void {
  const add = (target: TemplateTarget, diagnostics: Diagnostic[]) => {
    if (!diagnostics.length) return;
    if (target.kind === 'request') {
      request[target.contentType] = [...(request[target.contentType] ?? []), ...diagnostics];
    } else {
      const byKey = response[target.statusCode] ?? {};
      byKey[target.contentType] = [...(byKey[target.contentType] ?? []), ...diagnostics];
      response[target.statusCode] = byKey;
    }
  };
  for (const { target, template } of designTemplates(design)) add(target, lintTemplate(template, target, design));
  for (const problem of trace.outputProblems ?? []) {
    const target = targetOf(problem, trace);
    if (target) add(target, [outputDiagnostic(problem, sampleName)]);
  }
}

function targetOf(problem: TraceOutputProblem, trace: Trace): TemplateTarget | null {
  if (problem.kind === 'schema') return null; // about the body as a whole, shown in the preview
  if (problem.stage === 'integrationRequest') {
    const key = trace.templateSelection?.matchedKey;
    return key ? { kind: 'request', contentType: key } : null;
  }
  const statusCode = trace.integrationResponse?.statusCode;
  const key = trace.responseDetails?.templateSelection?.matchedKey;
  return statusCode && key ? { kind: 'response', statusCode, contentType: key } : null;
}

function outputDiagnostic(problem: TraceOutputProblem, sampleName: string | undefined): Diagnostic {
  const line = problem.template?.line ?? 1;
  const column = problem.template?.column ?? 1;
  return {
    severity: 'error',
    code: 'OUT001',
    message: describeOutputProblem(problem, sampleName),
    line,
    column,
    endLine: line,
    endColumn: column + 1,
  };
}
