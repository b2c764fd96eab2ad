// What every integration module receives and returns: the pieces of the method request after parameter mapping,
// template and content conversion, turned into the exact HTTP request API Gateway sends.
import type { Design } from '../../model/types.ts';
import type { MappedParameters } from '../request/parameter-mapping.ts';
import type { MethodRequest } from '../request/method-request.types.ts';
import type { Payload } from '../request/payload-bytes.ts';
import type { TraceHttpMessage, TraceResponse } from '../trace.ts';

export interface IntegrationInput {
  design: Design;
  request: MethodRequest;
  /** Mapped integration request parameters (with the template's overrides applied, for non-proxy types). */
  params: MappedParameters;
  /** The integration request body: template output or passed-through body, after content conversion. */
  payload: Payload;
  /** Whether the method request payload is binary (its Content-Type matches binaryMediaTypes). */
  binaryPayload: boolean;
  stageVariables: Record<string, string>;
  /** $context as templates see it (requestId, apiId, identity, ...). */
  context: Record<string, unknown>;
}

export type IntegrationResult = { ok: true; message: TraceHttpMessage } | { ok: false; message: string };

/**
 * Calls the backend with the integration request: the seam the mock backends (MSW) plug into. The signal aborts when
 * API Gateway gives up (timeoutInMillis).
 */
export type BackendCaller = (request: TraceHttpMessage, options?: { signal?: AbortSignal }) => Promise<TraceResponse>;
