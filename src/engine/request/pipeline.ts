// The request pipeline behind `simulate`: method request -> requestParameters -> template selection / passthrough ->
// content handling + request template -> overrides -> the integration request per type -> (MOCK, or a given backend)
// the response half. The Velocity runtime and the method-request parser are passed in (EngineParts), which keeps
// this file free of their internals; ../simulate.ts binds the real ones.
import type { Design, SampleRequest } from '../../model/types.ts';
import { buildIntegrationRequest } from '../integrations/index.ts';
import { forbiddenMappedHeader } from '../integrations/forbidden-headers.ts';
import { mockDefaultStatus, parseMockStatusCode, UNPARSABLE_STATUS_LOG } from '../integrations/mock.ts';
import type { TemplateOverrides, TemplateRender } from '../integrations/template-renderer.ts';
import type { BackendCaller } from '../integrations/types.ts';
import { ExecutionLog } from '../log/execution-log.ts';
import { endpointRequestLines, methodRequestLines } from '../log/request-log.ts';
import { missingAuthenticationToken, unsupportedMediaType } from './gateway-rejections.ts';
import { effectiveContentType, isBinaryMediaType } from './media-type.ts';
import type { MethodRequest } from './method-request.types.ts';
import { mapRequestParameters } from './parameter-mapping.ts';
import { headerValues } from './parameter-sources.ts';
import { payloadText, type Payload } from './payload-bytes.ts';
import { buildRequestBody } from './request-body.ts';
import { applyRequestOverrides } from './request-overrides.ts';
import { isProxyIntegration, selectRequestTemplate } from './template-selection.ts';
import { internalServerError } from '../response/gateway-errors.ts';
import { respond } from '../integrations/respond.ts';
import type { Trace, TraceContentHandling, TraceError, TraceResponse } from '../trace.ts';

export interface SimulateOptions {
  /** Fixed request ids and clock (tests, CI): the same input always gives the same Trace. */
  deterministic?: boolean;
  /** The clock reading to use (overrides the deterministic default). */
  now?: Date;
  /** Calls the backend; without it, non-MOCK traces stop at the integration request. */
  backend?: BackendCaller;
}

/** The scope a mapping template renders in: $input (body, params), $context, $stageVariables. */
export interface TemplateScope {
  body: string;
  params: { path: Record<string, string>; querystring: Record<string, string>; header: Record<string, string> };
  context: Record<string, unknown>;
  stageVariables: Record<string, string>;
}

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
  let request: MethodRequest;
  try {
    request = parts.normalizeMethodRequest(sample, design);
  } catch (e) {
    trace.error = { stage: 'method', message: (e as Error).message };
    trace.methodResponse = missingAuthenticationToken();
    return trace;
  }
  trace.methodRequest = request;
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

  const stageVariables = { ...(design.api?.stageVariables ?? {}), ...(sample.stageVariables ?? {}) };
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

  const render = (template: string, body: string) =>
    parts.renderTemplate(template, {
      body,
      params: { path: request.pathParameters, querystring: request.query, header: request.headers },
      context,
      stageVariables,
    });
  let payload = methodPayload;
  let params = mapping.mapped;
  let responseOverrides: TemplateOverrides['response'] | undefined;
  if (isProxyIntegration(integration)) {
    trace.contentHandling = proxyContentHandling(design, binary);
  } else {
    const body = buildRequestBody({ integration, binaryMediaTypes, payload: methodPayload, choice, render });
    trace.templateSelection = body.selection;
    trace.contentHandling = body.contentHandling;
    if (!body.ok) return finish(internalServerError(), body.error, body.logLine);
    payload = body.payload;
    params = applyRequestOverrides(params, body.overrides?.request);
    responseOverrides = body.overrides?.response;
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

  const respondInput = { design, request, stageVariables, context, render, responseOverrides, log, trace, options };
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
    await respond({
      ...respondInput,
      backend: { statusCode: status, headers: {}, body: '', isBase64Encoded: false },
      mock: true,
    });
    return trace;
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
  for (const line of endpointRequestLines(built.message)) log.add(line);
  if (options.backend) await respond({ ...respondInput, backend: options.backend, mock: false });
  return trace;
}
