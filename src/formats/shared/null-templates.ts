// API Gateway answers `"application/json": null` for a template entry with no body (see the GetIntegrationResponse
// example in https://docs.aws.amazon.com/apigateway/latest/api/API_GetIntegrationResponse.html). The design keeps
// templates as text, so such an entry becomes the empty template "", which is what the console shows for it.
import { isPlainObject } from './values.ts';
import type { PlainObject } from './values.ts';

function emptyForNull(templates: unknown, where: string, notes: string[]): unknown {
  if (!isPlainObject(templates)) return templates;
  const out: PlainObject = {};
  for (const [key, value] of Object.entries(templates)) {
    if (value === null) notes.push(`${where}.${key}: null (no body) read as an empty template`);
    out[key] = value === null ? '' : value;
  }
  return out;
}

export function nullTemplatesToEmpty(integration: PlainObject, notes: string[]): PlainObject {
  const out: PlainObject = { ...integration };
  if ('requestTemplates' in out)
    out.requestTemplates = emptyForNull(out.requestTemplates, 'integration.requestTemplates', notes);
  if (isPlainObject(out.integrationResponses)) {
    out.integrationResponses = Object.fromEntries(
      Object.entries(out.integrationResponses).map(([code, r]) => [
        code,
        isPlainObject(r) && 'responseTemplates' in r
          ? {
              ...r,
              responseTemplates: emptyForNull(
                r.responseTemplates,
                `integration.integrationResponses.${code}.responseTemplates`,
                notes,
              ),
            }
          : r,
      ]),
    );
  }
  return out;
}
