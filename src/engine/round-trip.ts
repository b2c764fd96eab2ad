// The round trip behind `simulate`, above the phases it orchestrates: method request (request/) -> requestParameters
// -> template selection / passthrough -> content handling + request template -> overrides -> the integration request
// per type (integrations/) -> the response half (response/respond.ts: the backend or MOCK's answer, integration
// response, method response). The Velocity runtime and the method-request parser are passed in (EngineParts), which
// keeps this file free of their internals; simulate.ts binds the real ones.
import type { Design, SampleRequest } from '../model/types.ts';
import { buildIntegrationRequest } from './integrations/index.ts';
import { forbiddenMappedHeader } from './integrations/forbidden-headers.ts';
import { mockDefaultStatus, parseMockStatusCode, UNPARSABLE_STATUS_LOG } from './integrations/mock.ts';
import type { TemplateOverrides, TemplateRender } from './integrations/template-renderer.ts';
import type { BackendCaller } from './integrations/types.ts';
import { ExecutionLog } from './log/execution-log.ts';
import { endpointRequestLines, methodRequestLines } from './log/request-log.ts';
import { missingAuthenticationToken, unsupportedMediaType } from './request/gateway-rejections.ts';
import { effectiveContentType, isBinaryMediaType } from './request/media-type.ts';
import type { MethodRequest } from './request/method-request.types.ts';
import { mapRequestParameters } from './request/parameter-mapping.ts';
import { headerValues } from './request/parameter-sources.ts';
import { payloadText, type Payload } from './request/payload-bytes.ts';
import { guardSampleBody } from './request/payload-guard.ts';
import { buildRequestBody } from './request/request-body.ts';
import { applyRequestOverrides } from './request/request-overrides.ts';
import { isProxyIntegration, selectRequestTemplate } from './request/template-selection.ts';
import { internalServerError } from './response/gateway-errors.ts';
import type { ResponseTemplateRenderer } from './response/integration-response.ts';
import { type RespondInput, type RespondResult, respond } from './response/respond.ts';
import type { Trace, TraceContentHandling, TraceError, TraceHeaderRule, TraceResponse } from './trace.ts';
import { withoutDroppedHeaders } from './request/dropped-headers.ts';
import { undeliveredMappedHeaders, undeliveredRules } from './integrations/hop-by-hop.ts';
import { FORWARDED_HEADERS } from './integrations/lambda-proxy-event.ts';
import { buildStageVariables, requestTemplateScope } from './vtl/context.ts';
import type { VtlScope } from './vtl/render-vtl.ts';

export interface SimulateOptions {
  /** Fixed request ids and clock (tests, CI): the same input always gives the same Trace. */
  deterministic?: boolean;
  /** The clock reading to use (overrides the deterministic default). */
  now?: Date;
  /** Calls the backend; without it, non-MOCK traces stop at the integration request. */
  backend?: BackendCaller;
  /**
   * A monotonic clock in milliseconds (e.g. `performance.now`) that times the backend call: the integration latency
   * the log prints and Trace.backendCall carries. Without it, deterministic runs read 0 ms and others `Date.now`.
   */
  clock?: () => number;
}

/** The scope a mapping template renders in: $input (body, params), $context, $stageVariables. */
export type TemplateScope = VtlScope;

export interface EngineParts {
  /** Throws (with a message saying what and where) when the sample does not fit the method. */
  normalizeMethodRequest(sample: SampleRequest, design: Design): MethodRequest;
  buildContext(
    request: MethodRequest,
    design: Design,
    sample: SampleRequest,
    options: { deterministic?: boolean; now?: Date },
  ): Record<string, unknown>;
  renderTemplate(template: string, scope: TemplateScope): TemplateRender;
}

export function emptyTrace(): Trace {
  return {
    methodRequest: null,
    requestParameters: {},
    templateSelection: null,
    contentHandling: null,
    integrationRequest: null,
    backend: null,
    integrationResponse: null,
    methodResponse: null,
    error: null,
    log: [],
  };
}

function proxyContentHandling(design: Design, binary: boolean): TraceContentHandling {
  const setting = design.integration.contentHandling ?? null;
  if (design.integration.type === 'HTTP_PROXY')
    return { setting, conversion: 'NONE', reason: 'HTTP_PROXY passes the payload through as is' };
  return binary
    ? {
        setting,
        conversion: 'TO_TEXT',
        reason:
          'Binary payload (its Content-Type matches binaryMediaTypes): base64-encoded into the event body, isBase64Encoded true',
      }
    : { setting, conversion: 'NONE', reason: 'Text payload: the event body is the UTF-8 string' };
}

export async function runSimulation(
  design: Design,
  sample: SampleRequest,
  options: SimulateOptions,
  parts: EngineParts,
): Promise<Trace> {
  const trace = emptyTrace();
  const refused = guardSampleBody(sample); // payload limit and base64 check, before anything runs (payload-guard.ts)
  if (refused) {
    trace.error = refused.error;
    trace.methodResponse = refused.response;
    trace.log = [refused.logLine];
    return trace;
  }
  let request: MethodRequest;
  try {
    request = parts.normalizeMethodRequest(sample, design);
  } catch (e) {
    trace.error = { stage: 'method', message: (e as Error).message };
    trace.methodResponse = missingAuthenticationToken();
    return trace;
  }
  trace.methodRequest = request;
  const addRules = (rules: readonly TraceHeaderRule[]) => {
    if (rules.length > 0) trace.headerRules = [...(trace.headerRules ?? []), ...rules];
  };
  // Downstream of here the integration sees the request without the headers API Gateway drops.
  const visible = withoutDroppedHeaders(request);
  request = visible.request;
  addRules(visible.rules);
  const { integration } = design;
  const context = parts.buildContext(request, design, sample, {
    deterministic: options.deterministic,
    now: options.now,
  });
  const epoch = Number(context.requestTimeEpoch);
  const log = new ExecutionLog(
    String(context.requestId ?? ''),
    Number.isFinite(epoch) ? new Date(epoch) : (options.now ?? new Date()),
  );
  trace.log = log.lines;
  const finish = (response: TraceResponse, error: TraceError | null, reason?: string): Trace => {
    if (reason) log.add(reason);
    log.add(`Method completed with status: ${response.statusCode}`);
    trace.methodResponse = response;
    trace.error = error;
    return trace;
  };

  const stageVariables = buildStageVariables(design, sample);
  const binaryMediaTypes = design.api?.binaryMediaTypes;
  const contentTypeHeader = headerValues(request, 'Content-Type')?.at(-1);
  const binary = isBinaryMediaType(effectiveContentType(contentTypeHeader), binaryMediaTypes);
  const methodPayload: Payload = { body: request.body, isBase64Encoded: request.isBase64Encoded };
  for (const line of methodRequestLines(String(context.requestId ?? ''), request, binary)) log.add(line);

  const mapping = mapRequestParameters(integration.requestParameters, {
    request,
    bodyText: payloadText(methodPayload),
    stageVariables,
    context,
  });
  trace.requestParameters = mapping.resolved;

  const choice = selectRequestTemplate(integration, contentTypeHeader);
  trace.templateSelection = choice.selection;
  if (choice.selection.outcome === 'REJECTED') return finish(unsupportedMediaType(), null);

  const render = (template: string, body: string, earlier?: TemplateOverrides) =>
    parts.renderTemplate(template, {
      ...requestTemplateScope(request, body, context, stageVariables),
      ...(earlier ? { overrides: earlier } : {}),
    });
  let payload = methodPayload;
  let params = mapping.mapped;
  let requestTemplateOverrides: TemplateOverrides | undefined;
  if (isProxyIntegration(integration)) {
    trace.contentHandling = proxyContentHandling(design, binary);
  } else {
    const body = buildRequestBody({ integration, binaryMediaTypes, payload: methodPayload, choice, render });
    trace.templateSelection = body.selection;
    trace.contentHandling = body.contentHandling;
    if (!body.ok) return finish(internalServerError(), body.error, body.logLine);
    payload = body.payload;
    params = applyRequestOverrides(params, body.overrides?.request);
    requestTemplateOverrides = body.overrides ?? undefined;
  }
  const forbidden = forbiddenMappedHeader(integration.type, Object.keys(params.header));
  if (forbidden) {
    const message = `${forbidden} header already present`;
    return finish(
      internalServerError(),
      { stage: 'parameters', message: `${forbidden} cannot be mapped: API Gateway sets it itself` },
      `Execution failed due to configuration error: ${message}`,
    );
  }

  const respondInput: Omit<RespondInput, 'backend'> = {
    integration,
    methodResponses: design.methodResponses,
    acceptHeader: headerValues(request, 'Accept')?.at(-1),
    binaryMediaTypes,
    stageVariables,
    context,
    // MOCK: what the request template set in $context.requestOverride / responseOverride is readable (and, for the
    // response, applied) in the response template (recorded on AWS, docs/apigw-fidelity.md).
    render:
      integration.type === 'MOCK'
        ? responseRenderer((t, b) => render(t, b, requestTemplateOverrides), requestTemplateOverrides?.response)
        : responseRenderer(render, undefined),
  };
  const record = (result: RespondResult): Trace => {
    trace.backend = result.backend;
    if (result.backendCall) trace.backendCall = result.backendCall;
    trace.integrationResponse = result.integrationResponse;
    trace.methodResponse = result.methodResponse;
    trace.error = result.error;
    trace.responseDetails = result.details;
    addRules(result.headerRules ?? []);
    for (const line of [...result.backendLog, ...result.log]) log.add(line);
    return trace;
  };
  if (integration.type === 'MOCK') {
    const status =
      parseMockStatusCode(payloadText(payload)) ??
      mockDefaultStatus(integration, trace.templateSelection, payloadText(payload));
    if (status === null)
      return finish(
        internalServerError(),
        { stage: 'integration', message: 'MOCK: the request template must produce {"statusCode": <integer>}' },
        UNPARSABLE_STATUS_LOG,
      );
    return record(
      await respond({
        ...respondInput,
        backend: { statusCode: status, headers: {}, body: '', isBase64Encoded: false },
        inheritedOverrides: requestTemplateOverrides?.response,
      }),
    );
  }

  const built = buildIntegrationRequest({
    design,
    request,
    params,
    payload,
    binaryPayload: binary,
    stageVariables,
    context,
  });
  if (!built.ok)
    return finish(
      internalServerError(),
      { stage: 'integration', message: built.message },
      `Execution failed due to configuration error: ${built.message}`,
    );
  trace.integrationRequest = built.message;
  addRules(undeliveredRules(undeliveredMappedHeaders(integration.type, Object.keys(params.header))));
  if (integration.type === 'AWS_PROXY')
    addRules(FORWARDED_HEADERS.map((header) => ({ header, rule: 'added-by-gateway' as const })));
  for (const line of endpointRequestLines(built.message)) log.add(line);
  if (!options.backend) return trace;
  const clock = options.clock ?? (options.deterministic ? () => 0 : () => Date.now());
  return record(
    await respond({ ...respondInput, backend: { caller: options.backend, request: built.message, clock } }),
  );
}

/**
 * Response templates render with $input.body = the integration response body. MOCK also inherits the request
 * template's $context.responseOverride (the response template's own settings win; LS-snap 2025-05-16).
 */
function responseRenderer(
  render: (template: string, body: string) => TemplateRender,
  inherited: TemplateOverrides['response'] | undefined,
): ResponseTemplateRenderer {
  return (template, body) => {
    const r = render(template, body);
    if (!r.ok) return { ok: false, message: r.error.message, line: r.error.line, column: r.error.column };
    const own = r.overrides.response;
    return {
      ok: true,
      output: r.output,
      overrides: { status: own.status ?? inherited?.status, header: { ...(inherited?.header ?? {}), ...own.header } },
    };
  };
}
