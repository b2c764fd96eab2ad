// Mapped headers that do not reach an HTTP or HTTP_PROXY backend. Recorded on real API Gateway (REGIONAL endpoints,
// issue #12 of this project, docs/apigw-fidelity.md): `integration.request.header.Connection`, `Proxy-Authenticate`,
// `TE` and `Via` mappings are accepted by PutIntegration but the backend does not receive them; other mapped headers,
// `Trailer` and `Upgrade` included, arrive. (For AWS integrations some of these are refused at run time instead:
// forbidden-headers.ts.)
import type { IntegrationType } from '../../model/types.ts';
import type { TraceHeaderRule } from '../trace.ts';

const NOT_DELIVERED = new Set(['connection', 'proxy-authenticate', 'te', 'via']);

/** The mapped header names the backend of this integration type will not receive. */
export function undeliveredMappedHeaders(type: IntegrationType, mapped: readonly string[]): string[] {
  if (type !== 'HTTP' && type !== 'HTTP_PROXY') return [];
  return mapped.filter((name) => NOT_DELIVERED.has(name.toLowerCase()));
}

export function undeliveredRules(names: readonly string[]): TraceHeaderRule[] {
  return names.map((header) => ({ header, rule: 'hop-by-hop-not-delivered' }));
}
