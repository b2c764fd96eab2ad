// Method response headers set by an integration response's responseParameters that API Gateway does not send as
// named. Recorded on real API Gateway (REGIONAL endpoints, issue #12 of this project, docs/apigw-fidelity.md):
// mapping `method.response.header.<X>` gives the client `x-amzn-Remapped-<X>` for the headers below, keeps the name
// for Accept*, Age, Content-Encoding, Content-Type, Pragma, Range, Referer, TE and Warn, and drops Transfer-Encoding.
// The Developer Guide's known-issues page lists the remapping for headers "sent back by your integration endpoint":
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html
import type { TraceHeaderRule } from '../trace.ts';

const REMAPPED = new Set(
  [
    'Authorization',
    'Connection',
    'Content-Length',
    'Content-MD5',
    'Date',
    'Expect',
    'Host',
    'Max-Forwards',
    'Proxy-Authenticate',
    'Server',
    'Trailer',
    'Upgrade',
    'User-Agent',
    'WWW-Authenticate',
  ].map((h) => h.toLowerCase()),
);
const DROPPED = new Set(['transfer-encoding']);

export interface ReservedHeadersResult {
  headers: Record<string, string>;
  multiValueHeaders: Record<string, string[]>;
  rules: TraceHeaderRule[];
}

/** Applies the remap/drop table to the headers the responseParameters mapped. */
export function applyReservedHeaderRules(
  headers: Record<string, string>,
  multiValueHeaders: Record<string, string[]>,
): ReservedHeadersResult {
  const out: ReservedHeadersResult = { headers: {}, multiValueHeaders: {}, rules: [] };
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (DROPPED.has(lower)) {
      out.rules.push({ header: name, rule: 'dropped-from-method-response' });
      continue;
    }
    const target = REMAPPED.has(lower) ? `x-amzn-Remapped-${name}` : name;
    if (target !== name) out.rules.push({ header: name, rule: 'remapped', to: target });
    out.headers[target] = value;
    const multi = multiValueHeaders[name];
    if (multi) out.multiValueHeaders[target] = multi;
  }
  return out;
}
