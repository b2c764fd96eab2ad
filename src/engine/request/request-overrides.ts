// $context.requestOverride.{header|querystring|path}.NAME set by a request template. "Overrides are final": they are
// applied after the whole template is evaluated and after the standard parameter mappings, so they win; a list value
// becomes a multi-value parameter. Not available to proxy integrations.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-override-request-response-parameters.html
import type { MappedParameters } from './parameter-mapping.ts';
import { asList } from './parameter-mapping.ts';

export interface RequestOverrides {
  header: Record<string, string | string[]>;
  querystring: Record<string, string | string[]>;
  path: Record<string, string>;
}

/** Removes a header whatever the letter case of its name (a mapping `x-a` and an override `X-A` are one header). */
export function deleteHeader(headers: Record<string, unknown>, name: string): void {
  const lower = name.toLowerCase();
  for (const key of Object.keys(headers)) if (key.toLowerCase() === lower) delete headers[key];
}

export function applyRequestOverrides(
  mapped: MappedParameters,
  overrides: RequestOverrides | undefined,
): MappedParameters {
  if (!overrides) return mapped;
  const out: MappedParameters = {
    path: { ...mapped.path },
    querystring: { ...mapped.querystring },
    header: { ...mapped.header },
  };
  for (const [name, value] of Object.entries(overrides.path ?? {})) out.path[name] = asList(value).join(',');
  for (const [name, value] of Object.entries(overrides.querystring ?? {}))
    out.querystring[name] = asList(value).map(String);
  for (const [name, value] of Object.entries(overrides.header ?? {})) {
    deleteHeader(out.header, name);
    out.header[name] = asList(value).map(String);
  }
  return out;
}
