// $context.responseOverride.status / .header.NAME set by a response template (or, for MOCK, the request template):
// "Overrides are final" and are applied after the template and after responseParameters, so they win.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-override-request-response-parameters.html
// A status that is not an integer in 100-599 is ignored: LocalStack's code says AWS does so; UNVERIFIED against AWS.
import { setHeader } from './response-headers.ts';

export interface ResponseOverrides {
  status?: unknown;
  header?: Record<string, unknown>;
}

export function applyResponseOverrides(
  statusCode: number,
  headers: Record<string, string>,
  overrides: ResponseOverrides | undefined,
): { statusCode: number; headers: Record<string, string>; notes: string[] } {
  const notes: string[] = [];
  const out = { ...headers };
  let status = statusCode;
  if (overrides?.status !== undefined && overrides.status !== null && overrides.status !== '') {
    const s = overrides.status;
    if (typeof s === 'number' && Number.isInteger(s) && s >= 100 && s <= 599) status = s;
    else
      notes.push(
        `$context.responseOverride.status ${JSON.stringify(s)} ignored: not an integer in 100-599 (unverified AWS behaviour)`,
      );
  }
  for (const [name, value] of Object.entries(overrides?.header ?? {})) {
    if (value === undefined || value === null) continue;
    setHeader(out, name, Array.isArray(value) ? value.map(String).join(',') : String(value));
  }
  return { statusCode: status, headers: out, notes };
}
