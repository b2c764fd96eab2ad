// integration.requestParameters: `integration.request.{path|querystring|header}.NAME` -> a mapping expression. Source:
// https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-parameter-mapping-sources.html ("You can use
// parameter mapping in your integration request for proxy and non-proxy integrations"). A non-string value gets real
// API Gateway's message (docs/apigw-behaviour.md#put-integration-validation); a method request parameter that is not
// declared gets the one PutIntegration answers, "Invalid mapping expression specified: Validation Result: warnings :
// [], errors : [Invalid mapping expression parameter specified: method.request.path.petId]"
// (https://github.com/aws/aws-cdk/issues/17318,
// https://repost.aws/knowledge-center/api-gateway-proxy-path-parameter-error), followed by how to declare it.
import { isParseError, parseRequestMappingSource, parseRequestMappingTarget } from '../mapping-expression.ts';
import { keyPath } from '../paths.ts';
import type { Design } from '../types.ts';
import { declaredParameters, howToDeclare } from './declared-parameters.ts';
import { isAbsent, isRecord, type ProblemList } from './problem-list.ts';

/** PutIntegration's / PutIntegrationResponse's message for a parameter the method (response) does not declare. */
export function invalidMappingParameter(parameter: string): string {
  return `Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified: ${parameter}]`;
}

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
        `${invalidMappingParameter(value)} — the method does not declare it; ${howToDeclare(source.location, source.name)}`,
      );
    }
  }
}
