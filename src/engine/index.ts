// The engine's public entry points (design.md §5), importable in Node and in the browser: renderTemplate here;
// simulate and the rest are added by their owners. Keep names and shapes stable: benchmarks and outside tools use them.
import type { Design, SampleRequest } from '../model/types.ts';
import { normalizeMethodRequest } from './request/method-request.ts';
import type { MethodRequest } from './request/method-request.types.ts';
import { buildContext, buildStageVariables } from './vtl/context.ts';
import type { VtlError, VtlScope } from './vtl/render-vtl.ts';
import { renderVtl } from './vtl/render-vtl.ts';

export type { VtlError, VtlScope, VtlResult, VtlOverrides, VtlLimits } from './vtl/render-vtl.ts';
export type { MethodRequest };
export { renderVtl, buildContext, buildStageVariables };
export { normalizeMethodRequest, MethodRequestError, findHeader, matchResourcePath } from './request/method-request.ts';

export interface RenderTemplateOptions {
  /** Fixed request ids and time in $context (tests, CI). */
  deterministic?: boolean;
  now?: Date;
}

/** The scope a template sees for a method request: $input (body, params), $context, $stageVariables. */
export function templateScope(
  request: MethodRequest,
  design: Design | undefined,
  sample: SampleRequest,
  options: RenderTemplateOptions = {},
): VtlScope {
  return {
    // A base64 (binary) body is given to the template as the text it is: converting payloads is the pipeline's job.
    body: request.body,
    params: { path: request.pathParameters, querystring: request.query, header: request.headers },
    context: buildContext(request, design, sample, options),
    stageVariables: buildStageVariables(design, sample),
  };
}

/**
 * Renders a mapping template against a sample request (and optionally a design for the resource path, stage and
 * stage variables). Throws MethodRequestError when the sample does not fit the design (e.g. its path does not match).
 */
export function renderTemplate(
  template: string,
  request: SampleRequest,
  design?: Design,
  options: RenderTemplateOptions = {},
): { output: string } | { error: VtlError } {
  const methodRequest = normalizeMethodRequest(request, design);
  const result = renderVtl(template, templateScope(methodRequest, design, request, options));
  return result.ok ? { output: result.output } : { error: result.error };
}

// The request pipeline (design.md §6): simulate(design, request, options) -> Trace.
export { simulate } from './simulate.ts';
export type { SimulateOptions, BackendCaller } from './simulate.ts';
export type {
  Trace,
  TraceMethodRequest,
  TraceTemplateSelection,
  TraceContentHandling,
  TraceHttpMessage,
  TraceResponse,
  TraceError,
  TemplateOutcome,
  Conversion,
} from './trace.ts';

// Diagnostics (template errors, lint findings) as plain data; the UI's Monaco adapter and the CLI format them.
export * from './lint/index.ts';
