// Integration response -> method response header mappings (IntegrationResponse.responseParameters). Targets:
// `method.response.header.NAME` only. Sources: `integration.response.header.NAME`,
// `integration.response.multivalueheader.NAME`, `integration.response.body`, `integration.response.body.JSONPATH`
// (JSONPath without `$.`), `stageVariables.NAME`, `context.VAR`, `'static'`.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html
// (docs/apigw-behaviour.md#response-parameters)
import { JSONPath } from 'jsonpath-plus';
import {
  isParseError,
  parseResponseMappingSource,
  parseResponseMappingTarget,
} from '../../model/mapping-expression.ts';
import { stringifyMapped } from '../request/parameter-sources.ts';
import { findHeaderKey } from './response-headers.ts';

export interface ResponseParameterSources {
  /** Integration (backend) response headers. */
  headers: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  /** Integration response body as text. */
  body: string;
  /**
   * True for a Lambda custom-integration function error: then a JSON-string `errorMessage` is deserialised before
   * body-to-header mappings, so `integration.response.body.errorMessage.errorType` works ("At runtime, API Gateway
   * deserializes the integration.response.body parameter when performing header mappings. However, this
   * deserialization applies only to body-to-header mappings for Lambda custom error responses" —
   * https://docs.aws.amazon.com/apigateway/latest/developerguide/handle-errors-in-lambda-integration.html).
   */
  lambdaError: boolean;
  stageVariables: Record<string, string>;
  context: Record<string, unknown>;
}

export interface MappedResponseParameters {
  headers: Record<string, string>;
  multiValueHeaders: Record<string, string[]>;
  /** Each mapping with the value it resolved to (null: the source had no value, so no header is sent). */
  resolved: Record<string, string | string[] | null>;
  problems: string[];
}

export function mapResponseParameters(
  responseParameters: Record<string, string> | undefined,
  sources: ResponseParameterSources,
): MappedResponseParameters {
  const result: MappedResponseParameters = { headers: {}, multiValueHeaders: {}, resolved: {}, problems: [] };
  for (const [target, expression] of Object.entries(responseParameters ?? {})) {
    const parsedTarget = parseResponseMappingTarget(target);
    if (isParseError(parsedTarget)) {
      result.problems.push(`${target}: ${parsedTarget.error}`);
      continue;
    }
    const value = resolveSource(String(expression).trim(), sources);
    if ('problem' in value) {
      result.problems.push(`${target}: ${value.problem}`);
      result.resolved[target] = null;
      continue;
    }
    result.resolved[target] = value.value;
    if (value.value === null) continue;
    const name = parsedTarget.name;
    if (Array.isArray(value.value)) {
      result.multiValueHeaders[name] = value.value;
      result.headers[name] = value.value.join(',');
    } else {
      result.headers[name] = value.value;
    }
  }
  return result;
}

type Resolved = { value: string | string[] | null } | { problem: string };

function resolveSource(expression: string, s: ResponseParameterSources): Resolved {
  const parsed = parseResponseMappingSource(expression);
  if (isParseError(parsed))
    return { problem: `${JSON.stringify(expression)} is not a response mapping source: ${parsed.error}` };
  switch (parsed.kind) {
    case 'static':
      return { value: parsed.value };
    case 'stage-variable':
      return { value: s.stageVariables[parsed.name] ?? null };
    case 'context':
      return { value: stringifyMapped(dotPath(s.context, parsed.name)) };
    case 'integration-response-header':
      return { value: parsed.multiValue ? multiHeader(s, parsed.name) : singleHeader(s, parsed.name) };
    case 'integration-response-body':
      return parsed.jsonPath === null ? { value: s.body } : bodyPath(s, parsed.jsonPath);
    default:
      return { problem: `${JSON.stringify(expression)} is a request-side source` };
  }
}

function findKey<T>(map: Record<string, T> | undefined, name: string): T | undefined {
  const key = findHeaderKey(map, name);
  return key === undefined ? undefined : map![key];
}

function singleHeader(s: ResponseParameterSources, name: string): string | null {
  // With several values, the last one (as for method.request.header.*); undocumented for responses.
  const multi = findKey(s.multiValueHeaders, name);
  if (multi && multi.length > 0) return multi[multi.length - 1]!;
  return findKey(s.headers, name) ?? null;
}

function multiHeader(s: ResponseParameterSources, name: string): string[] | null {
  const multi = findKey(s.multiValueHeaders, name);
  if (multi && multi.length > 0) return multi;
  const single = findKey(s.headers, name);
  return single === undefined ? null : [single];
}

function bodyPath(s: ResponseParameterSources, path: string): Resolved {
  let json: unknown;
  try {
    json = JSON.parse(s.body);
  } catch {
    return { value: null }; // not JSON: a body path resolves to nothing
  }
  if (s.lambdaError && json && typeof json === 'object' && !Array.isArray(json)) {
    const message = (json as Record<string, unknown>).errorMessage;
    if (typeof message === 'string') {
      try {
        json = { ...(json as Record<string, unknown>), errorMessage: JSON.parse(message) };
      } catch {
        // a plain-text errorMessage stays a string
      }
    }
  }
  let found: unknown[];
  try {
    // `eval: 'safe'`: filter expressions run in jsonpath-plus's sandboxed evaluator (designs are untrusted input).
    found = JSONPath({ path: `$.${path}`, json: json as object, wrap: true, eval: 'safe' }) as unknown[];
  } catch (e) {
    return { problem: `invalid JSONPath ${JSON.stringify(path)}: ${(e as Error).message}` };
  }
  if (found.length === 0) return { value: null };
  return { value: stringifyMapped(found.length === 1 ? found[0] : found) };
}

function dotPath(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, part)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}
