// Headers of the client's request that never reach the integration. Recorded on real API Gateway (REGIONAL
// endpoints, issue #12 of this project, docs/apigw-fidelity.md): a client's Content-MD5, Expect, Max-Forwards,
// Proxy-Authenticate, Server, TE, Trailer, Upgrade and WWW-Authenticate are absent from `$input.params()`, from the
// AWS_PROXY event's headers/multiValueHeaders and from what an HTTP_PROXY backend receives. The known-issues page
// names some of these hop-by-hop and reserved headers:
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html
import type { TraceHeaderRule } from '../trace.ts';
import type { MethodRequest } from './method-request.types.ts';

export const DROPPED_REQUEST_HEADERS = [
  'Content-MD5',
  'Expect',
  'Max-Forwards',
  'Proxy-Authenticate',
  'Server',
  'TE',
  'Trailer',
  'Upgrade',
  'WWW-Authenticate',
] as const;

const DROPPED = new Set<string>(DROPPED_REQUEST_HEADERS.map((h) => h.toLowerCase()));

export function isDroppedRequestHeader(name: string): boolean {
  return DROPPED.has(name.toLowerCase());
}

/** The method request as the integration sees it (the dropped headers removed), and the rules that applied. */
export function withoutDroppedHeaders(request: MethodRequest): { request: MethodRequest; rules: TraceHeaderRule[] } {
  const dropped = Object.keys(request.multiValueHeaders).filter(isDroppedRequestHeader);
  for (const name of Object.keys(request.headers))
    if (isDroppedRequestHeader(name) && !dropped.includes(name)) dropped.push(name);
  if (dropped.length === 0) return { request, rules: [] };
  const keep = <T>(map: Record<string, T>) =>
    Object.fromEntries(Object.entries(map).filter(([name]) => !isDroppedRequestHeader(name)));
  return {
    request: { ...request, headers: keep(request.headers), multiValueHeaders: keep(request.multiValueHeaders) },
    rules: dropped.map((header) => ({ header, rule: 'dropped-from-method-request' })),
  };
}
