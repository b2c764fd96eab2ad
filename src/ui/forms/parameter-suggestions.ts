// Suggestions for the request parameter table: valid mapping targets and sources for this design
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-parameter-mapping-sources.html):
// targets integration.request.{path|querystring|header}.NAME; sources the method's declared parameters, the body,
// stage variables, supported context variables, or a 'static' value. Suggestions only: the model validates.
import { CONTEXT_VARIABLES } from '../../model/context-variables.ts';
import { resourcePathParameters } from '../../model/resource-path.ts';
import { uriPlaceholders } from '../../model/names.ts';
import type { Design } from '../../model/types.ts';

export function sourceSuggestions(design: Pick<Design, 'method' | 'api'>): string[] {
  const declared = Object.keys(design.method.requestParameters ?? {});
  const pathParams = resourcePathParameters(design.method.resourcePath).map((p) => `method.request.path.${p.name}`);
  const stageVariables = Object.keys(design.api.stageVariables ?? {}).map((name) => `stageVariables.${name}`);
  const context = CONTEXT_VARIABLES.filter((v) => !v.endsWith('.*')).map((v) => `context.${v}`);
  return unique([...pathParams, ...declared, 'method.request.body', ...stageVariables, ...context, "'static value'"]);
}

export function targetSuggestions(design: {
  method: Design['method'];
  integration: { uri?: string | null };
}): string[] {
  const placeholders = uriPlaceholders(design.integration.uri ?? '').map((name) => `integration.request.path.${name}`);
  const fromDeclared = Object.keys(design.method.requestParameters ?? {}).flatMap((key) => {
    const m = /^method\.request\.(querystring|header|multivaluequerystring|multivalueheader)\.(.+)$/.exec(key);
    if (!m) return [];
    const location = m[1]!.replace('multivalue', '');
    return [`integration.request.${location}.${m[2]}`];
  });
  return unique([...placeholders, ...fromDeclared, 'integration.request.header.', 'integration.request.querystring.']);
}

/**
 * Candidates for cacheKeyParameters: the method request parameters used as mapping sources
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html, "Use method or integration
 * parameters as cache keys"), in mapping order.
 */
export function cacheKeyCandidates(
  requestParameters: Record<string, string> | undefined,
  chosen: readonly string[] = [],
): string[] {
  const sources = Object.values(requestParameters ?? {}).filter((s) =>
    /^method\.request\.(path|querystring|header|multivalueheader|multivaluequerystring)\./.test(s),
  );
  return unique([...sources, ...chosen]);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
