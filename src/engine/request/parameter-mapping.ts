// integration.request.{path|querystring|header}.NAME <- source: the values API Gateway puts into the integration
// request. A source that is absent is simply not sent (no empty value, no error): the mapping expression names an
// optional method request parameter the client did not give
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html).
// Multi-value sources give several query string values, or one comma-joined header (the override doc's
// `multivalueheader=foo,header1Valheader2Val`, docs/apigw-behaviour.md#context-overrides).
import { isParseError, parseRequestMappingTarget } from '../../model/mapping-expression.ts';
import type { ParameterSources, SourceValue } from './parameter-sources.ts';
import { resolveSource } from './parameter-sources.ts';

/** The mapped integration request parameters, before the template's overrides. */
export interface MappedParameters {
  path: Record<string, string>;
  querystring: Record<string, string[]>;
  /** Header name (as written in the target) -> values; sent comma-joined. */
  header: Record<string, string[]>;
}

export interface ParameterMappingResult {
  mapped: MappedParameters;
  /** Each target with its resolved value (null: source absent, not sent) — Trace.requestParameters. */
  resolved: Record<string, SourceValue>;
  /** Why some targets got no value, target -> reason. */
  notes: Record<string, string>;
}

export function emptyMappedParameters(): MappedParameters {
  return { path: {}, querystring: {}, header: {} };
}

export function asList(value: string | string[]): string[] {
  return Array.isArray(value) ? value : [value];
}

export function mapRequestParameters(
  requestParameters: Record<string, string> | undefined | null,
  sources: ParameterSources,
): ParameterMappingResult {
  const mapped = emptyMappedParameters();
  const resolved: Record<string, SourceValue> = {};
  const notes: Record<string, string> = {};
  for (const [target, expression] of Object.entries(requestParameters ?? {})) {
    const where = parseRequestMappingTarget(target);
    if (isParseError(where)) {
      resolved[target] = null;
      notes[target] = `"${target}" is not an integration request parameter: ${where.error}`;
      continue;
    }
    if (typeof expression !== 'string') {
      resolved[target] = null;
      notes[target] = `the mapping expression must be a string, got ${JSON.stringify(expression)}`;
      continue;
    }
    const { value, missing } = resolveSource(expression, sources);
    resolved[target] = value;
    if (value === null) {
      notes[target] = `not sent: ${missing ?? 'the source is absent'}`;
      continue;
    }
    if (where.location === 'path') mapped.path[where.name] = asList(value).join(',');
    else mapped[where.location][where.name] = asList(value);
  }
  return { mapped, resolved, notes };
}
