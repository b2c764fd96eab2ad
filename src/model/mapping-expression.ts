// Parameter mapping expressions (requestParameters / responseParameters keys and values), parsed into data so the
// validator, the engine and the UI read them the same way.
// Source: https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-parameter-mapping-sources.html
import { isSupportedContextVariable } from './context-variables.ts';
import { PARAMETER_NAME_PATTERN, STAGE_VARIABLE_NAME_PATTERN } from './names.ts';

export type MethodRequestLocation = 'path' | 'querystring' | 'header' | 'multivalueheader' | 'multivaluequerystring';
export const METHOD_REQUEST_LOCATIONS: readonly MethodRequestLocation[] = [
  'path',
  'querystring',
  'header',
  'multivalueheader',
  'multivaluequerystring',
];
export type IntegrationRequestLocation = 'path' | 'querystring' | 'header';
export const INTEGRATION_REQUEST_LOCATIONS: readonly IntegrationRequestLocation[] = ['path', 'querystring', 'header'];

export type MappingSource =
  | { kind: 'method-request'; location: MethodRequestLocation; name: string }
  | { kind: 'method-request-body'; jsonPath: string | null }
  | { kind: 'integration-response-header'; multiValue: boolean; name: string }
  | { kind: 'integration-response-body'; jsonPath: string | null }
  | { kind: 'static'; value: string }
  | { kind: 'stage-variable'; name: string }
  | { kind: 'context'; name: string };

export type Parsed<T> = T | { error: string };

export function isParseError<T>(parsed: Parsed<T>): parsed is { error: string } {
  return typeof parsed === 'object' && parsed !== null && 'error' in parsed;
}

const REQUEST_SOURCE_HINT =
  'expected method.request.{path|querystring|header|multivalueheader|multivaluequerystring}.NAME, method.request.body, ' +
  "method.request.body.JSONPATH, 'static value', stageVariables.NAME or context.VARIABLE";
const RESPONSE_SOURCE_HINT =
  'expected integration.response.{header|multivalueheader}.NAME, integration.response.body, ' +
  "integration.response.body.JSONPATH, 'static value', stageVariables.NAME or context.VARIABLE";

/** A requestParameters value: where an integration request parameter comes from. */
export function parseRequestMappingSource(expression: string): Parsed<MappingSource> {
  const common = parseCommonSource(expression);
  if (common) return common;
  if (expression === 'method.request.body') return { kind: 'method-request-body', jsonPath: null };
  if (expression.startsWith('method.request.body.')) {
    const jsonPath = expression.slice('method.request.body.'.length);
    const problem = jsonPathProblem(jsonPath);
    return problem ? { error: problem } : { kind: 'method-request-body', jsonPath };
  }
  const m = /^method\.request\.([a-z]+)\.(.*)$/.exec(expression);
  if (m && (METHOD_REQUEST_LOCATIONS as readonly string[]).includes(m[1]!)) {
    const name = m[2]!;
    if (!PARAMETER_NAME_PATTERN.test(name)) return { error: badName(name) };
    return { kind: 'method-request', location: m[1] as MethodRequestLocation, name };
  }
  return { error: REQUEST_SOURCE_HINT };
}

/** A responseParameters value: where a method response header comes from. */
export function parseResponseMappingSource(expression: string): Parsed<MappingSource> {
  const common = parseCommonSource(expression);
  if (common) return common;
  if (expression === 'integration.response.body') return { kind: 'integration-response-body', jsonPath: null };
  if (expression.startsWith('integration.response.body.')) {
    const jsonPath = expression.slice('integration.response.body.'.length);
    const problem = jsonPathProblem(jsonPath);
    return problem ? { error: problem } : { kind: 'integration-response-body', jsonPath };
  }
  const m = /^integration\.response\.(header|multivalueheader)\.(.*)$/.exec(expression);
  if (m) {
    const name = m[2]!;
    if (!PARAMETER_NAME_PATTERN.test(name)) return { error: badName(name) };
    return { kind: 'integration-response-header', multiValue: m[1] === 'multivalueheader', name };
  }
  return { error: RESPONSE_SOURCE_HINT };
}

/** A requestParameters key: `integration.request.{path|querystring|header}.NAME`. */
export function parseRequestMappingTarget(key: string): Parsed<{ location: IntegrationRequestLocation; name: string }> {
  const m = /^integration\.request\.([a-z]+)\.(.*)$/.exec(key);
  if (!m || !(INTEGRATION_REQUEST_LOCATIONS as readonly string[]).includes(m[1]!)) {
    return { error: 'expected integration.request.{path|querystring|header}.NAME' };
  }
  if (!PARAMETER_NAME_PATTERN.test(m[2]!)) return { error: badName(m[2]!) };
  return { location: m[1] as IntegrationRequestLocation, name: m[2]! };
}

/** A responseParameters key: `method.response.header.NAME` (the only mappable method response target). */
export function parseResponseMappingTarget(key: string): Parsed<{ name: string }> {
  const m = /^method\.response\.header\.(.*)$/.exec(key);
  if (!m) return { error: 'expected method.response.header.NAME' };
  if (!PARAMETER_NAME_PATTERN.test(m[1]!)) return { error: badName(m[1]!) };
  return { name: m[1]! };
}

/** A method.requestParameters key (a declared method request parameter). */
export function parseMethodRequestParameter(key: string): Parsed<{ location: MethodRequestLocation; name: string }> {
  const parsed = parseRequestMappingSource(key);
  if (isParseError(parsed) || parsed.kind !== 'method-request') {
    return { error: 'expected method.request.{path|querystring|header|multivalueheader|multivaluequerystring}.NAME' };
  }
  return { location: parsed.location, name: parsed.name };
}

function parseCommonSource(expression: string): Parsed<MappingSource> | null {
  if (expression.startsWith("'")) {
    // A static value "must be enclosed within a pair of single quotes".
    if (expression.length < 2 || !expression.endsWith("'"))
      return { error: "a static value must be enclosed in single quotes, like 'value'" };
    return { kind: 'static', value: expression.slice(1, -1) };
  }
  if (expression.startsWith('stageVariables.')) {
    const name = expression.slice('stageVariables.'.length);
    if (!STAGE_VARIABLE_NAME_PATTERN.test(name))
      return { error: `stage variable name "${name}" must be letters, digits and underscores` };
    return { kind: 'stage-variable', name };
  }
  if (expression.startsWith('context.')) {
    const name = expression.slice('context.'.length);
    if (!isSupportedContextVariable(name)) return { error: `"${name}" is not a supported context variable` };
    return { kind: 'context', name };
  }
  return null;
}

/** JSONPath in a mapping is written without the leading `$.`: `method.request.body.petstore.pets[0].name`. */
function jsonPathProblem(jsonPath: string): string | null {
  if (jsonPath === '') return 'the JSONPath after "body." is empty';
  if (jsonPath.startsWith('$'))
    return `write the JSONPath without the leading "$." (for example body.${jsonPath.replace(/^\$\.?/, '')})`;
  if (/\s/.test(jsonPath)) return 'a JSONPath in a mapping expression cannot contain spaces';
  let depth = 0;
  for (const c of jsonPath) {
    if (c === '[') depth++;
    else if (c === ']' && --depth < 0) break;
  }
  return depth === 0 ? null : `unbalanced brackets in JSONPath "${jsonPath}"`;
}

function badName(name: string): string {
  return `parameter name "${name}" must match ^[a-zA-Z0-9._$-]+$`;
}
