// The engine's public surface: everything outside src/engine imports the engine from this file only (a Biome rule
// enforces it, docs/architecture.md#engine-public-surface). Importable in Node, a browser and a Web Worker. Keep names
// and shapes stable: the CLI, the worker, the mock backends, benchmarks and outside tools use them
// (docs/design-contracts.md#engine-api). Add an export here deliberately, in its group, when outside code needs it.
import { withoutDroppedHeaders } from './request/dropped-headers.ts';
import type { Design, SampleRequest } from '../model/types.ts';
import { normalizeMethodRequest } from './request/method-request.ts';
import type { MethodRequest } from './request/method-request.types.ts';
import { buildContext, buildStageVariables, requestTemplateScope } from './vtl/context.ts';
import type { VtlError, VtlScope } from './vtl/render-vtl.ts';
import { renderVtl } from './vtl/render-vtl.ts';

// --- Rendering one mapping template (the Velocity runtime)
export type { VtlError, VtlScope, VtlResult, VtlOverrides, VtlLimits } from './vtl/render-vtl.ts';
export { renderVtl, buildContext, buildStageVariables };
export { DEFAULT_LIMITS } from './vtl/runtime/limits.ts';

// --- The method request: a sample request normalized against the design
export type { MethodRequest };
export { checkSampleBody, MAX_PAYLOAD_BYTES } from './request/payload-guard.ts';
export type { SampleBodyProblem } from './request/payload-guard.ts';
// The Java-regex compiler the engine runs selectionPatterns and String regex methods on (it lives in the model).
export { compileJavaRegex, JavaRegexError, translateJavaRegex } from '../model/java-regex.ts';
export type { JavaPattern, JavaRegexTranslation } from '../model/java-regex.ts';
export { normalizeMethodRequest, MethodRequestError, findHeader, matchResourcePath } from './request/method-request.ts';

// --- Payload bytes: how bodies travel as text or base64 (the mock backends speak the same encoding)
export { utf8Bytes, bytesToBase64, base64ToBytes } from './request/payload-bytes.ts';

// --- Integration responses: the selection rule, shared by the preview and the responses editor's "does it match?"
// (what patterns are matched against, without the Java-regex engine: the page prefills the check with it)
export type { SelectionSubject, SubjectKind } from './response/selection-subject.ts';
export {
  isLambdaCustomIntegration,
  parseLambdaError,
  selectionSubjectFor,
  subjectFromText,
  subjectKind,
  subjectText,
  traceSubjectText,
} from './response/selection-subject.ts';
export { selectIntegrationResponse } from './response/select-integration-response.ts';
export { headerValue } from './response/response-headers.ts';
export type { PatternVerdict, SelectionCheck, SelectionOutcome } from './response/selection-check.ts';
export { checkSelection, patternVerdict, selectionOutcome } from './response/selection-check.ts';

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
  // The headers API Gateway drops never reach a template (docs/apigw-fidelity.md), as in simulate.
  return requestTemplateScope(
    withoutDroppedHeaders(request).request,
    request.body,
    buildContext(request, design, sample, options),
    buildStageVariables(design, sample),
  );
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

// --- The round trip: simulate(design, request, options) -> Trace (docs/design-contracts.md#trace)
export { simulate } from './simulate.ts';
export type { SimulateOptions, BackendCaller } from './simulate.ts';
// Every type of the Trace is public: it is the contract the UI, the CLI and outside tools read.
export type * from './trace.ts';

// --- Diagnostics (template errors, lint findings) as plain data; the UI's Monaco adapter and the CLI format them.
export * from './lint/index.ts';

// --- Expectations: a sample's `expect` block checked against its Trace (the `test` command and Run all share it)
export {
  ABSENT,
  checkExpectations,
  deepEqual,
  outputMismatches,
  sampleMismatches,
  showValue,
} from './expectations/check-expectations.ts';
export type { Mismatch } from './expectations/check-expectations.ts';
