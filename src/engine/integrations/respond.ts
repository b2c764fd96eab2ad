// The response half as simulate runs it: MOCK answers from its own status code; other types call the given backend
// (with the integration's timeout) and log what came back; then the integration response, mapping and method
// response come from src/engine/response.
import type { Design } from '../../model/types.ts';
import type { TemplateOverrides, TemplateRenderer } from './template-renderer.ts';
import type { BackendCaller } from './types.ts';
import type { ExecutionLog } from '../log/execution-log.ts';
import type { MethodRequest } from '../request/method-request.types.ts';
import { headerValues } from '../request/parameter-sources.ts';
import { backendFailure, callBackend } from '../response/backend-call.ts';
import type { ResponseTemplateRenderer } from '../response/integration-response.ts';
import { processResponse } from '../response/process-response.ts';
import { endpointResponseLines, methodResponseLines } from '../response/response-log.ts';
import { applyResponseOverrides } from '../response/response-overrides.ts';
import type { ResponseStageResult } from '../response/response-stage.ts';
import type { Trace, TraceResponse } from '../trace.ts';

export interface RespondInput {
  design: Design;
  request: MethodRequest;
  stageVariables: Record<string, string>;
  context: Record<string, unknown>;
  render: TemplateRenderer;
  /** $context.responseOverride set by the request template (honoured for MOCK, LS-snap 2025-05-16). */
  responseOverrides: TemplateOverrides['response'] | undefined;
  log: ExecutionLog;
  trace: Trace;
  options: { deterministic?: boolean };
  /** MOCK: the mocked endpoint response; otherwise the caller. */
  backend: TraceResponse | BackendCaller;
  mock: boolean;
}

/**
 * Response templates render with $input.body = the integration response body; MOCK also inherits the request
 * template's responseOverride (the response template's own settings win). `used` records whether it ran.
 */
function responseRenderer(input: RespondInput, used: { rendered: boolean }): ResponseTemplateRenderer {
  const inherited = input.mock ? input.responseOverrides : undefined;
  return (template, body) => {
    used.rendered = true;
    const r = input.render(template, body);
    if (!r.ok) return { ok: false, message: r.error.message, line: r.error.line, column: r.error.column };
    const own = r.overrides.response;
    return {
      ok: true,
      output: r.output,
      overrides: { status: own.status ?? inherited?.status, header: { ...(inherited?.header ?? {}), ...own.header } },
    };
  };
}

function record(input: RespondInput, stage: ResponseStageResult): void {
  input.trace.integrationResponse = stage.integrationResponse;
  input.trace.methodResponse = stage.methodResponse;
  input.trace.error = stage.error;
  input.trace.responseDetails = stage.details;
  for (const line of stage.log) input.log.add(line);
}

export async function respond(input: RespondInput): Promise<void> {
  const { design, trace } = input;
  let backend: TraceResponse;
  if (typeof input.backend === 'function') {
    // Deterministic runs log an integration latency of 0 ms.
    const clock = input.options.deterministic ? () => 0 : undefined;
    const result = await callBackend(
      input.backend,
      trace.integrationRequest!,
      design.integration.timeoutInMillis,
      clock,
    );
    if (!result.ok) return record(input, backendFailure(result));
    backend = result.response;
    trace.backend = backend;
    for (const line of endpointResponseLines(backend, result.latencyMs)) input.log.add(line);
  } else {
    backend = input.backend;
  }
  const used = { rendered: false };
  const stage = processResponse({
    integration: design.integration,
    methodResponses: design.methodResponses,
    backend,
    acceptHeader: headerValues(input.request, 'Accept')?.at(-1),
    binaryMediaTypes: design.api?.binaryMediaTypes,
    stageVariables: input.stageVariables,
    context: input.context,
    render: responseRenderer(input, used),
  });
  record(input, input.mock && !used.rendered ? withInheritedOverrides(stage, input.responseOverrides) : stage);
}

/** MOCK without a response template: the request template's responseOverride still applies (LS-snap 2025-05-16). */
function withInheritedOverrides(
  stage: ResponseStageResult,
  overrides: TemplateOverrides['response'] | undefined,
): ResponseStageResult {
  const hasAny = overrides && (overrides.status !== undefined || Object.keys(overrides.header).length > 0);
  if (!hasAny || stage.error) return stage;
  const applied = applyResponseOverrides(stage.methodResponse.statusCode, stage.methodResponse.headers, overrides);
  const methodResponse = { ...stage.methodResponse, statusCode: applied.statusCode, headers: applied.headers };
  const before = stage.log.slice(0, stage.log.length - methodResponseLines(stage.methodResponse).length);
  return {
    ...stage,
    methodResponse,
    log: [...before, ...methodResponseLines(methodResponse)],
    details: { ...stage.details, notes: [...stage.details.notes, ...applied.notes] },
  };
}
