// Checks what a run produced against what the receiver expects: the integration request body against its content
// type (JSON, XML, form) and the sample's JSON Schema or the API model it names, the method response body against its
// content type. When a template wrote an invalid body, the template is rendered again with an output source map (same
// template, same scope: only on failure, so ordinary runs pay nothing) to say which template line and column wrote
// the bad part.
import type { ApiModel, SampleRequest } from '../../../model/types.ts';
import type { Trace, TraceOutputProblem } from '../../trace.ts';
import { renderVtl, type VtlScope } from '../../vtl/render-vtl.ts';
import { templateLocation } from '../template-location.ts';
import { SourceText } from '../source-text.ts';
import { checkFormat, formatOf } from './output-formats.ts';
import { sampleSchemas } from './model-schema.ts';
import { schemaViolations } from './schema-check.ts';

/** A template the run rendered, with the scope it saw and what it wrote. */
export interface RenderRecord {
  template: string;
  scope: VtlScope;
  output: string;
}

const FORMAT_NAMES = { json: 'JSON', xml: 'XML', form: 'form (x-www-form-urlencoded) data' } as const;

export async function checkTraceOutput(
  trace: Trace,
  sample: SampleRequest,
  renders: readonly RenderRecord[],
  models?: Record<string, ApiModel>,
): Promise<TraceOutputProblem[]> {
  const problems: TraceOutputProblem[] = [];
  const request = trace.integrationRequest;
  const selection = trace.templateSelection;
  if (request && !request.isBase64Encoded) {
    const contentType = headerOf(request.headers, 'content-type') ?? selection?.matchedKey ?? null;
    const key = selection?.outcome === 'TEMPLATE' ? selection.matchedKey : null;
    if (key) {
      const problem = await formatProblem(
        'integrationRequest',
        contentType,
        request.body,
        renders,
        templateLocation({ kind: 'request', contentType: key }),
      );
      if (problem) problems.push(problem);
    }
    if (!problems.length) problems.push(...(await schemaProblems(sample, models, request.body, contentType)));
  }
  const response = trace.methodResponse;
  const responseKey = trace.responseDetails?.templateSelection?.matchedKey;
  const status = trace.integrationResponse?.statusCode;
  if (response && !response.isBase64Encoded && responseKey && status) {
    const contentType = headerOf(response.headers, 'content-type') ?? responseKey;
    const location = templateLocation({ kind: 'response', statusCode: status, contentType: responseKey });
    const problem = await formatProblem('methodResponse', contentType, response.body, renders, location);
    if (problem) problems.push(problem);
  }
  return problems;
}

async function formatProblem(
  stage: TraceOutputProblem['stage'],
  contentType: string | null,
  body: string,
  renders: readonly RenderRecord[],
  location: string,
): Promise<TraceOutputProblem | null> {
  const format = formatOf(contentType);
  if (!format) return null;
  const found = await checkFormat(format, body);
  if (!found) return null;
  const at = new SourceText(body).positionOf(found.offset);
  const problem: TraceOutputProblem = {
    stage,
    kind: format,
    contentType: contentType ?? '',
    message: `not valid ${FORMAT_NAMES[format]}: ${found.message}`,
    outputOffset: found.offset,
    outputLine: at.line,
    outputColumn: at.column,
  };
  const render = renders.find((r) => r.output === body);
  if (render) {
    const mapped = renderVtl(render.template, render.scope, undefined, { sourceMap: true });
    const pos = mapped.ok && mapped.output === body ? mapped.sourceMap?.templatePositionOf(found.offset) : null;
    problem.template = { location, ...(pos ? { line: pos.line, column: pos.column } : {}) };
  } else problem.template = { location };
  return problem;
}

/** The sample's `schema` and `model` (model-schema.ts) against the JSON integration request. */
async function schemaProblems(
  sample: SampleRequest,
  models: Record<string, ApiModel> | undefined,
  body: string,
  contentType: string | null,
): Promise<TraceOutputProblem[]> {
  const { checks, problems } = sampleSchemas(sample, models);
  const problem = (message: string): TraceOutputProblem => ({
    stage: 'integrationRequest',
    kind: 'schema',
    contentType: contentType ?? '',
    message,
  });
  const out = problems.map((p) => problem(`cannot be checked: the sample ${p}`));
  if (!checks.length) return out;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    const what = checks.map((c) => c.what).join(' and ');
    return [...out, problem(`is not JSON, but ${what} expects a JSON body`)];
  }
  for (const check of checks) {
    const { violations, invalid } = await schemaViolations(check.schema, value, {
      draft: check.draft,
      what: check.what,
    });
    if (invalid) out.push(problem(`cannot be checked: ${invalid}`));
    out.push(...violations.map((message) => problem(`does not match ${check.what}: ${message}`)));
  }
  return out;
}

function headerOf(headers: Record<string, string>, name: string): string | undefined {
  for (const [k, v] of Object.entries(headers ?? {})) if (k.toLowerCase() === name) return v;
  return undefined;
}

/**
 * One sentence for people: "the template produced invalid JSON for sample 'missing name' at line 7, column 3 of
 * integration.requestTemplates["application/json"] (output line 2, column 12): ...". The preview and the CLI print
 * this; neither re-derives it.
 */
export function describeOutputProblem(problem: TraceOutputProblem, sampleName?: string): string {
  const forSample = sampleName ? ` for sample '${sampleName}'` : '';
  const what = problem.stage === 'integrationRequest' ? 'integration request' : 'method response';
  if (problem.kind === 'schema') return `The ${what}${forSample} ${problem.message}`;
  const t = problem.template;
  const where = t?.line ? ` at line ${t.line}, column ${t.column} of ${t.location}` : t ? ` (${t.location})` : '';
  const output = problem.outputLine ? ` (output line ${problem.outputLine}, column ${problem.outputColumn})` : '';
  return `The template produced invalid ${problem.kind === 'json' ? 'JSON' : problem.kind === 'xml' ? 'XML' : 'form data'}${forSample}${where}${output}: ${problem.message.replace(/^not valid [^:]+: /, '')}`;
}
