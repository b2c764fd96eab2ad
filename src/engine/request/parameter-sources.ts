// Resolves one requestParameters mapping expression (the value side) against the method request, as listed in
// https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-parameter-mapping-sources.html:
// method.request.{path|querystring|multivaluequerystring|header|multivalueheader}.NAME, method.request.body,
// method.request.body.JSONPATH (no `$.` prefix), stageVariables.NAME, context.NAME and 'STATIC'.
import { isParseError, parseRequestMappingSource } from '../../model/mapping-expression.ts';
import { javaToString } from '../vtl/java/to-string.ts';
import type { JValue } from '../vtl/java/values.ts';
import { parsePayload } from '../vtl/json/json-parse.ts';
import { evaluateJsonPath } from '../vtl/json/jsonpath.ts';
import { toJsonText } from '../vtl/json/json-serialize.ts';
import { LruCache } from '../vtl/lru-cache.ts';
import type { MethodRequest } from './method-request.types.ts';
import { ownValue } from './own-keys.ts';

export interface ParameterSources {
  request: MethodRequest;
  /** The method request body as text (binary bodies read as UTF-8). */
  bodyText: string;
  stageVariables: Record<string, string>;
  /** $context as the templates see it. */
  context: Record<string, unknown>;
}

/** A resolved value: one string, several (multi-value sources), or null when the source is absent (not sent). */
export type SourceValue = string | string[] | null;

export interface ResolvedSource {
  value: SourceValue;
  /** Why the value is null, in words. */
  missing?: string;
}

const absent = (missing: string): ResolvedSource => ({ value: null, missing });

/** Values of a header, matching its name regardless of case (HTTP header names are case-insensitive, RFC 9110). */
export function headerValues(request: MethodRequest, name: string): string[] | undefined {
  const lower = name.toLowerCase();
  for (const [key, values] of Object.entries(request.multiValueHeaders)) {
    if (key.toLowerCase() === lower) return values;
  }
  const single = Object.entries(request.headers).find(([key]) => key.toLowerCase() === lower);
  return single ? [single[1]] : undefined;
}

/** Every header with all its values, client casing and order kept (multiValueHeaders, completed from headers). */
export function allHeaders(request: MethodRequest): Array<[string, string[]]> {
  const out: Array<[string, string[]]> = Object.entries(request.multiValueHeaders).map(([k, v]) => [k, [...v]]);
  for (const [name, value] of Object.entries(request.headers))
    if (!(name in request.multiValueHeaders)) out.push([name, [value]]);
  return out;
}

/** Every query string parameter with all its values (multiValueQuery, completed from query). */
export function allQuery(request: MethodRequest): Array<[string, string[]]> {
  const out: Array<[string, string[]]> = Object.entries(request.multiValueQuery).map(([k, v]) => [k, [...v]]);
  for (const [name, value] of Object.entries(request.query))
    if (!(name in request.multiValueQuery)) out.push([name, [value]]);
  return out;
}

/**
 * One value for single-element lists, the list otherwise (a multi-value source with one value maps like a single one).
 */
function collapse(values: string[]): SourceValue {
  return values.length === 1 ? values[0]! : values;
}

/** A JSON value as a mapped parameter: strings as is, other scalars printed, objects and arrays as compact JSON. */
export function stringifyMapped(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * Bodies parsed as json-smart reads payloads, kept by text: the designer re-runs the same sample at every keystroke,
 * and several mappings may select from one body. The values are only read here, never changed.
 */
const parsedBodies = new LruCache<string, { json: JValue } | null>(4);

function parsedBody(text: string): { json: JValue } | null {
  let parsed = parsedBodies.get(text);
  if (parsed === undefined) {
    try {
      parsed = { json: parsePayload(text) };
    } catch {
      parsed = null;
    }
    parsedBodies.set(text, parsed);
  }
  return parsed;
}

/**
 * method.request.body.JSONPATH: evaluated like the templates' $input.path (Jayway semantics, src/engine/vtl/json), so
 * numbers print as Java does; objects and arrays map as compact JSON text (docs/apigw-behaviour.md#parameter-mapping).
 */
function fromBody(path: string | null, sources: ParameterSources): ResolvedSource {
  if (path === null) return { value: sources.bodyText };
  const parsed = parsedBody(sources.bodyText);
  if (!parsed) return absent('the body is not valid JSON, so a JSONPath cannot select from it');
  let found: ReturnType<typeof evaluateJsonPath>;
  try {
    found = evaluateJsonPath(parsed.json, `$.${path}`);
  } catch (e) {
    return absent(`$.${path} is not a valid JSONPath: ${(e as Error).message}`);
  }
  const v = found.found ? found.value : null;
  if (v === null || v === undefined) return absent(`$.${path} selects nothing in the body`);
  if (typeof v === 'string') return { value: v };
  return { value: v instanceof Map || Array.isArray(v) ? toJsonText(v) : javaToString(v) };
}

function fromContext(path: string, context: Record<string, unknown>): ResolvedSource {
  let current: unknown = context;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, part)) {
      return absent(`$context.${path} is not set`);
    }
    current = (current as Record<string, unknown>)[part];
  }
  const value = stringifyMapped(current);
  return value === null ? absent(`$context.${path} is not set`) : { value };
}

export function resolveSource(expression: string, sources: ParameterSources): ResolvedSource {
  const parsed = parseRequestMappingSource(expression.trim());
  if (isParseError(parsed)) return absent(`"${expression}" is not a valid mapping source: ${parsed.error}`);
  const { request } = sources;
  switch (parsed.kind) {
    case 'static':
      return { value: parsed.value };
    case 'stage-variable': {
      const value = ownValue(sources.stageVariables, parsed.name);
      return value === undefined ? absent(`stage variable ${parsed.name} is not set`) : { value };
    }
    case 'context':
      return fromContext(parsed.name, sources.context);
    case 'method-request-body':
      return fromBody(parsed.jsonPath, sources);
    case 'method-request':
      break;
    default:
      return absent(`"${expression}" is not a request mapping source`);
  }
  const { location, name } = parsed;
  switch (location) {
    case 'path': {
      const value = ownValue(request.pathParameters, name);
      return value === undefined ? absent(`path parameter ${name} is not in the request`) : { value };
    }
    case 'querystring':
    case 'multivaluequerystring': {
      const values =
        ownValue(request.multiValueQuery, name) ??
        (Object.hasOwn(request.query, name) ? [request.query[name]!] : undefined);
      if (!values || values.length === 0) return absent(`query string parameter ${name} is not in the request`);
      return { value: location === 'querystring' ? values[values.length - 1]! : collapse(values) };
    }
    case 'header':
    case 'multivalueheader': {
      const values = headerValues(request, name);
      if (!values || values.length === 0) return absent(`header ${name} is not in the request`);
      return { value: location === 'header' ? values[values.length - 1]! : collapse(values) };
    }
  }
}
