// Which method request parameters a design declares. A mapping may only read a declared parameter; the path parameters
// of method.resourcePath count as declared, as the console declares them for you (CloudFormation and OpenAPI users must
// declare them explicitly, https://repost.aws/knowledge-center/api-gateway-proxy-path-parameter-error: exporters write
// them out).
import { resourcePathParameters } from '../resource-path.ts';
import type { MethodRequestLocation } from '../mapping-expression.ts';
import type { Design } from '../types.ts';
import { isRecord } from './problem-list.ts';

export interface DeclaredParameters {
  /** Whether `method.request.{location}.{name}` may be read by a mapping or used as a cache key. */
  has(location: MethodRequestLocation, name: string): boolean;
}

/**
 * A header declared as `method.request.header.X` may be read as `multivalueheader.X` and the other way round
 * (likewise query strings): API Gateway declares a parameter once and maps either form. This pairing is our reading
 * of https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-parameter-mapping-sources.html, not a
 * documented rule.
 */
const SAME_PARAMETER: Record<MethodRequestLocation, MethodRequestLocation[]> = {
  path: ['path'],
  querystring: ['querystring', 'multivaluequerystring'],
  multivaluequerystring: ['querystring', 'multivaluequerystring'],
  header: ['header', 'multivalueheader'],
  multivalueheader: ['header', 'multivalueheader'],
};

export function declaredParameters(design: Design): DeclaredParameters {
  const method: Record<string, unknown> = isRecord(design.method) ? design.method : {};
  const declared = new Set(isRecord(method.requestParameters) ? Object.keys(method.requestParameters) : []);
  const resourcePath = typeof method.resourcePath === 'string' ? method.resourcePath : '/';
  for (const p of resourcePathParameters(resourcePath)) declared.add(`method.request.path.${p.name}`);
  return {
    has: (location, name) => SAME_PARAMETER[location].some((l) => declared.has(`method.request.${l}.${name}`)),
  };
}

/** The hint that says how to declare a parameter. */
export function howToDeclare(location: MethodRequestLocation, name: string): string {
  if (location === 'path') return `add {${name}} to method.resourcePath`;
  const declaredAs = location.startsWith('multivalue') ? location.slice('multivalue'.length) : location;
  return `declare "method.request.${declaredAs}.${name}" in method.requestParameters`;
}
