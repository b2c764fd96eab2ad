// Integration response responseParameters: `method.response.header.NAME` -> a mapping expression, the header being
// declared on the method response
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-parameter-mapping-sources.html;
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-response.html).
// PutIntegrationResponse refuses a header the method response does not declare with "Invalid mapping expression
// specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified:
// method.response.header.X]" (https://github.com/awslabs/aws-solutions-constructs/issues/1130), and response
// parameters for a status with no method response with "... errors : [No method response exists for method.]"
// (https://github.com/amazon-archives/aws-apigateway-importer/issues/121).
import { isParseError, parseResponseMappingSource, parseResponseMappingTarget } from '../mapping-expression.ts';
import { keyPath } from '../paths.ts';
import { isAbsent, isRecord, type ProblemList } from './problem-list.ts';
import { invalidMappingExpression, invalidMappingParameter } from './request-parameters.ts';

export function checkResponseParameters(
  parameters: unknown,
  base: string,
  methodResponse: unknown,
  statusCode: string | null,
  out: ProblemList,
): void {
  if (isAbsent(parameters)) return;
  if (!isRecord(parameters)) {
    out.error(base, 'expected an object of method.response.header.NAME -> mapping expression');
    return;
  }
  if (methodResponse === undefined && statusCode !== null && Object.keys(parameters).length > 0) {
    out.error(
      base,
      `Invalid mapping expression specified: Validation Result: warnings : [], errors : [No method response exists for method.] — add methodResponses[${JSON.stringify(statusCode)}]`,
    );
  }
  const declared =
    isRecord(methodResponse) && isRecord(methodResponse.responseParameters) ? methodResponse.responseParameters : {};
  for (const [key, value] of Object.entries(parameters)) {
    const path = keyPath(base, key);
    const target = parseResponseMappingTarget(key);
    if (isParseError(target)) out.error(path, `not a mapping target: ${target.error}`);
    else if (isRecord(methodResponse) && !(key in declared)) {
      out.error(
        path,
        `${invalidMappingParameter(key)} — declare it in methodResponses[${JSON.stringify(statusCode)}].responseParameters`,
      );
    }
    if (typeof value !== 'string') {
      out.error(path, invalidMappingExpression(value));
      continue;
    }
    const source = parseResponseMappingSource(value);
    if (isParseError(source)) out.error(path, `Invalid mapping expression specified: ${value} (${source.error})`);
  }
}
