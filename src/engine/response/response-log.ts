// Execution-log lines of the response half, worded as the console's method "Test" prints them. Wording from real
// test-invoke logs (e.g. "Received response. Status: 200, Integration latency: 940 ms", "Endpoint response headers:
// {Date=..., Content-Type=application/json}", "Endpoint response body before transformations: ...", "Method response
// body after transformations: ...", "Method response headers: {...}", "Successfully completed execution",
// "Method completed with status: 200"; also reproduced by LocalStack's test_invoke.py template).
import { javaMapString, logBody } from '../log/execution-log.ts';
import type { TraceResponse } from '../trace.ts';

function headerMap(r: TraceResponse): Record<string, string | readonly string[]> {
  return { ...r.headers, ...(r.multiValueHeaders ?? {}) };
}

export function endpointResponseLines(backend: TraceResponse, latencyMs: number): string[] {
  return [
    `Received response. Status: ${backend.statusCode}, Integration latency: ${latencyMs} ms`,
    `Endpoint response headers: ${javaMapString(headerMap(backend))}`,
    `Endpoint response body before transformations: ${logBody(backend.body, backend.isBase64Encoded)}`,
  ];
}

export function methodResponseLines(response: TraceResponse): string[] {
  return [
    `Method response body after transformations: ${logBody(response.body, response.isBase64Encoded)}`,
    `Method response headers: ${javaMapString(headerMap(response))}`,
    'Successfully completed execution',
    `Method completed with status: ${response.statusCode}`,
  ];
}

/** A failed execution ends with the reason and the status API Gateway sent. */
export function failureLines(reason: string, response: TraceResponse): string[] {
  return [reason, `Method completed with status: ${response.statusCode}`];
}

/** "Lambda execution failed with status 200 due to customer function error: ..." (real test-invoke wording). */
export function lambdaFunctionErrorLine(errorMessage: string | null, lambdaRequestId: string | undefined): string {
  return `Lambda execution failed with status 200 due to customer function error: ${errorMessage ?? 'null'}. Lambda request id: ${lambdaRequestId ?? 'unknown'}`;
}
