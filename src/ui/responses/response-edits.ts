// Pure edits of integration responses and method responses, both keyed by status code. The key follows the status
// code as the user types it — unless another response already has that code, when only statusCode changes (and the
// model's validation says the two disagree), so typing never overwrites another response.
import type { Design, IntegrationResponse, MethodResponse } from '../../model/types.ts';
import { renameEntry, setEntry, withIntegration } from '../../store/design-edits.ts';

export function withStatusCode<R extends { statusCode: string }>(
  record: Record<string, R>,
  key: string,
  statusCode: string,
): Record<string, R> {
  const current = record[key];
  if (!current) return record;
  const collides = statusCode !== key && statusCode in record;
  const updated = setEntry(record, key, { ...current, statusCode });
  return collides || statusCode === '' ? updated : renameEntry(updated, key, statusCode);
}

/** A status code no response in `record` uses yet, from the usual error codes. */
export function freeStatusCode(
  record: Record<string, unknown> | undefined,
  preferred = ['400', '500', '404', '403', '401', '502', '504', '201', '204'],
): string {
  const taken = new Set(Object.keys(record ?? {}));
  const found = preferred.find((code) => !taken.has(code));
  if (found) return found;
  for (let code = 200; code <= 599; code++) if (!taken.has(String(code))) return String(code);
  return '599';
}

export function editIntegrationResponses(
  design: Design,
  recipe: (r: Record<string, IntegrationResponse>) => Record<string, IntegrationResponse>,
): Design {
  return withIntegration(design, { integrationResponses: recipe(design.integration.integrationResponses ?? {}) });
}

export function editIntegrationResponse(design: Design, key: string, patch: Partial<IntegrationResponse>): Design {
  return editIntegrationResponses(design, (r) => (r[key] ? setEntry(r, key, { ...r[key]!, ...patch }) : r));
}

export function editMethodResponses(
  design: Design,
  recipe: (r: Record<string, MethodResponse>) => Record<string, MethodResponse>,
): Design {
  return { ...design, methodResponses: recipe(design.methodResponses ?? {}) };
}

/** A new integration response: a status code not used yet, a pattern matching it (status) or any error (Lambda). */
export function newIntegrationResponse(statusCode: string, lambdaError: boolean): IntegrationResponse {
  const pattern = lambdaError ? '.+' : `${statusCode[0]}\\d{2}`;
  return {
    statusCode,
    selectionPattern: pattern,
    responseParameters: {},
    responseTemplates: {},
    contentHandling: null,
  };
}
