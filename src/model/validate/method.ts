// The method request (method.httpMethod, resourcePath, requestParameters) and methodResponses. Sources:
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-request.html,
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-response.html.
import { isParseError, parseMethodRequestParameter, parseResponseMappingTarget } from '../mapping-expression.ts';
import { keyPath } from '../paths.ts';
import { resourcePathParameters, resourcePathProblems } from '../resource-path.ts';
import { METHOD_VERBS } from '../types.ts';
import type { Design } from '../types.ts';
import { isAbsent, isRecord, type ProblemList } from './problem-list.ts';
import { checkStatusCode } from './status-code.ts';

export function checkMethod(design: Design, out: ProblemList): void {
  const method = design.method as unknown;
  if (!isRecord(method)) {
    out.error('method', 'required: { "httpMethod": ..., "resourcePath": ... }');
    return;
  }
  if (typeof method.httpMethod !== 'string' || !(METHOD_VERBS as readonly string[]).includes(method.httpMethod)) {
    // Real PutMethod message (docs/apigw-behaviour.md#put-integration-validation).
    out.error(
      'method.httpMethod',
      `Invalid HttpMethod specified: ${JSON.stringify(method.httpMethod)}. Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY`,
    );
  }
  const resourcePath = method.resourcePath;
  if (typeof resourcePath !== 'string') out.error('method.resourcePath', 'required: a path like /pets/{petId}');
  else for (const problem of resourcePathProblems(resourcePath)) out.error('method.resourcePath', problem);
  const pathNames = new Set(
    typeof resourcePath === 'string' ? resourcePathParameters(resourcePath).map((p) => p.name) : [],
  );

  const parameters = method.requestParameters;
  if (isAbsent(parameters)) return;
  if (!isRecord(parameters)) {
    out.error(
      'method.requestParameters',
      'expected an object of method.request.{location}.NAME -> required (true/false)',
    );
    return;
  }
  for (const [key, required] of Object.entries(parameters)) {
    const path = keyPath('method.requestParameters', key);
    const parsed = parseMethodRequestParameter(key);
    if (isParseError(parsed)) out.error(path, `not a method request parameter: ${parsed.error}`);
    else if (parsed.location === 'path' && !pathNames.has(parsed.name)) {
      out.warning(path, `method.resourcePath has no {${parsed.name}}, so this path parameter never has a value`);
    }
    if (typeof required !== 'boolean')
      out.error(path, `must be true (required) or false (optional), not ${JSON.stringify(required)}`);
  }
}

export function checkMethodResponses(design: Design, out: ProblemList): void {
  const responses = design.methodResponses as unknown;
  if (isAbsent(responses)) return;
  if (!isRecord(responses)) {
    out.error('methodResponses', 'expected an object of status code -> method response');
    return;
  }
  for (const [key, response] of Object.entries(responses)) {
    const path = keyPath('methodResponses', key);
    if (!isRecord(response)) {
      out.error(path, 'expected a method response object');
      continue;
    }
    checkStatusCode(response.statusCode, key, `${path}.statusCode`, out);
    const parameters = response.responseParameters;
    if (isAbsent(parameters)) continue;
    if (!isRecord(parameters)) {
      out.error(
        `${path}.responseParameters`,
        'expected an object of method.response.header.NAME -> required (true/false)',
      );
      continue;
    }
    for (const [name, required] of Object.entries(parameters)) {
      const parameterPath = keyPath(`${path}.responseParameters`, name);
      const parsed = parseResponseMappingTarget(name);
      if (isParseError(parsed)) out.error(parameterPath, `not a method response header: ${parsed.error}`);
      if (typeof required !== 'boolean')
        out.error(parameterPath, `must be true (required) or false (optional), not ${JSON.stringify(required)}`);
    }
  }
}
