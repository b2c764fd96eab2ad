// The response half of the round trip, one entry point for every integration type: call the backend (or take the MOCK's
// answer), log what came back, then pass it through (HTTP_PROXY), parse it (AWS_PROXY) or select and map the
// integration response (HTTP, AWS, MOCK) into the method response.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-integration-settings-integration-response.html
import type { Integration, MethodResponse } from '../../model/types.ts';
import type { TraceBackendCall, TraceHttpMessage, TraceResponse } from '../trace.ts';
import { type AbortableBackendCaller, backendFailure, callBackend } from './backend-call.ts';
import { type NonProxyResponseInput, processNonProxyResponse } from './integration-response.ts';
import { httpProxyResult, lambdaProxyResult } from './proxy-response.ts';
import { headerValue } from './response-headers.ts';
import { endpointResponseLines } from './response-log.ts';
import type { ResponseStageResult } from './response-stage.ts';
import { parseLambdaError } from './select-integration-response.ts';

/** The backend to call with the integration request, with its clock for the integration latency. */
export interface BackendCall {
  caller: AbortableBackendCaller;
  request: TraceHttpMessage;
  /** Milliseconds, monotonic; the latency is the difference of two readings. */
  clock?: () => number;
}

export interface RespondInput extends Omit<NonProxyResponseInput, 'backend' | 'integration' | 'methodResponses'> {
  integration: Integration;
  methodResponses?: Record<string, MethodResponse>;
  /** What answered: a given response (the MOCK's own, or a test's), or the backend to call. */
  backend: TraceResponse | BackendCall;
}

export interface RespondResult extends ResponseStageResult {
  /** The backend's answer as received (null for a given MOCK answer, or when the call failed). */
  backend: TraceResponse | null;
  /** Lines logged before the response stage's own: "Received response. Status: ..., Integration latency: N ms". */
  backendLog: string[];
  backendCall?: TraceBackendCall;
}

function isCall(backend: TraceResponse | BackendCall): backend is BackendCall {
  return typeof (backend as BackendCall).caller === 'function';
}

export async function respond(input: RespondInput): Promise<RespondResult> {
  if (!isCall(input.backend)) return { ...stage(input, input.backend), backend: null, backendLog: [] };
  const { caller, request, clock } = input.backend;
  const result = await callBackend(caller, request, input.integration.timeoutInMillis, clock);
  if (!result.ok) {
    const backendCall: TraceBackendCall = {
      outcome: result.kind === 'timeout' ? 'timeout' : 'unreachable',
      latencyMs: result.latencyMs,
      functionError: null,
      message: result.message,
    };
    return { ...backendFailure(result), backend: null, backendLog: [], backendCall };
  }
  const backend = result.response;
  const backendCall: TraceBackendCall = {
    outcome: 'answered',
    latencyMs: result.latencyMs,
    functionError:
      headerValue(backend.headers, 'X-Amz-Function-Error') !== undefined ? parseLambdaError(backend.body) : null,
  };
  return {
    ...stage(input, backend),
    backend,
    backendLog: endpointResponseLines(backend, result.latencyMs),
    backendCall,
  };
}

function stage(input: RespondInput, backend: TraceResponse): ResponseStageResult {
  const proxyInput = { backend, acceptHeader: input.acceptHeader, binaryMediaTypes: input.binaryMediaTypes };
  switch (input.integration.type) {
    case 'AWS_PROXY':
      return lambdaProxyResult(proxyInput);
    case 'HTTP_PROXY':
      return httpProxyResult(proxyInput);
    default:
      return processNonProxyResponse({ ...input, backend });
  }
}
