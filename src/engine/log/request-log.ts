// Execution-log lines of the request half, worded as the console's method "Test" prints them (real test-invoke
// output, e.g. the DG example in execution-log.ts and published logs):
//   Starting execution for request: <id> / HTTP Method: GET, Resource Path: /employees / Method request path: {} /
//   Method request query string: {} / Method request headers: {} / Method request body before transformations: ... /
//   Endpoint request URI: ... / Endpoint request headers: {...} / Endpoint request body after transformations: ... /
//   Sending request to ...
import type { TraceHttpMessage, TraceMethodRequest } from '../trace.ts';
import { javaMapString, logBody } from './execution-log.ts';

export function methodRequestLines(requestId: string, request: TraceMethodRequest, binaryBody: boolean): string[] {
  return [
    `Starting execution for request: ${requestId}`,
    `HTTP Method: ${request.method}, Resource Path: ${request.path}`,
    `Method request path: ${javaMapString(request.pathParameters)}`,
    `Method request query string: ${javaMapString({ ...request.query, ...request.multiValueQuery })}`,
    `Method request headers: ${javaMapString({ ...request.headers, ...request.multiValueHeaders })}`,
    `Method request body before transformations: ${logBody(request.body, binaryBody)}`,
  ];
}

export function endpointRequestLines(message: TraceHttpMessage): string[] {
  return [
    `Endpoint request URI: ${message.url}`,
    `Endpoint request headers: ${javaMapString({ ...message.headers, ...(message.multiValueHeaders ?? {}) })}`,
    `Endpoint request body after transformations: ${logBody(message.body, message.isBase64Encoded)}`,
    `Sending request to ${message.url}`,
  ];
}
