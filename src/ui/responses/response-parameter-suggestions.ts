// Suggestions for an integration response's responseParameters (target ← source), from the design and the last run:
// targets are the method response's declared headers; sources the backend's response headers (as the last run got
// them), its body and body fields, stage variables, context variables and a static value.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-parameter-mapping-sources.html
import { CONTEXT_VARIABLES } from '../../model/context-variables.ts';
import type { MethodResponse } from '../../model/types.ts';

export function responseTargetSuggestions(methodResponse: MethodResponse | undefined): string[] {
  return unique([...Object.keys(methodResponse?.responseParameters ?? {}), 'method.response.header.']);
}

export interface ResponseSourceInput {
  /** The names of the headers the backend answered with in the last run. */
  backendHeaderNames?: readonly string[];
  backendBody?: string;
  stageVariables?: Record<string, string>;
}

export function responseSourceSuggestions(input: ResponseSourceInput): string[] {
  const headers = (input.backendHeaderNames ?? []).map((name) => `integration.response.header.${name}`);
  const stageVariables = Object.keys(input.stageVariables ?? {}).map((name) => `stageVariables.${name}`);
  const context = CONTEXT_VARIABLES.filter((v) => !v.endsWith('.*')).map((v) => `context.${v}`);
  return unique([
    ...headers,
    'integration.response.body',
    ...bodyFields(input.backendBody),
    ...stageVariables,
    ...context,
    "'static value'",
  ]);
}

/** `integration.response.body.NAME` for the top-level fields of a JSON object body. */
function bodyFields(body: string | undefined): string[] {
  if (!body) return [];
  try {
    const parsed: unknown = JSON.parse(body);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return [];
    return Object.keys(parsed)
      .filter((k) => /^[A-Za-z_$][\w$]*$/.test(k))
      .map((k) => `integration.response.body.${k}`);
  } catch {
    return [];
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
