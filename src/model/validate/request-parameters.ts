// integration.requestParameters: `integration.request.{path|querystring|header}.NAME` -> a mapping expression.
// Source: https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-parameter-mapping-sources.html
// ("You can use parameter mapping in your integration request for proxy and non-proxy integrations").
// A non-string value gets real API Gateway's message (apigw-semantics.md §8); the message for a method request
// parameter that is not declared is "Invalid mapping expression specified"
// (https://repost.aws/knowledge-center/api-gateway-proxy-path-parameter-error).
import { isParseError, parseRequestMappingSource, parseRequestMappingTarget } from '../mapping-expression.ts';
import { keyPath } from '../paths.ts';
import type { Design } from '../types.ts';
import { declaredParameters, howToDeclare } from './declared-parameters.ts';
import { isAbsent, isRecord, type ProblemList } from './problem-list.ts';

export function invalidMappingExpression(value: unknown): string {
  const shown = typeof value === 'string' ? value : JSON.stringify(value);
  return `Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression specified: ${shown}]`;
}

export function checkRequestParameters(design: Design, out: ProblemList): void {
  const base = 'integration.requestParameters';
  const parameters = design.integration.requestParameters as unknown;
  if (isAbsent(parameters)) return;
  if (!isRecord(parameters)) {
    out.error(base, 'expected an object of integration.request.{path|querystring|header}.NAME -> mapping expression');
    return;
  }
  const declared = declaredParameters(design);
  for (const [key, value] of Object.entries(parameters)) {
    const path = keyPath(base, key);
    const target = parseRequestMappingTarget(key);
    if (isParseError(target)) out.error(path, `not a mapping target: ${target.error}`);
    if (typeof value !== 'string') {
      out.error(path, invalidMappingExpression(value));
      continue;
    }
    const source = parseRequestMappingSource(value);
    if (isParseError(source)) {
      out.error(path, `Invalid mapping expression specified: ${value} (${source.error})`);
    } else if (source.kind === 'method-request' && !declared.has(source.location, source.name)) {
      out.error(
        path,
        `Invalid mapping expression specified: ${value} is not a declared method request parameter; ${howToDeclare(source.location, source.name)}`,
      );
    }
  }
}
