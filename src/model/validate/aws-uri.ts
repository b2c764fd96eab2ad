// integration.uri for AWS and AWS_PROXY:
// `arn:aws:apigateway:{region}:{subdomain.service|service}:path|action/{service_api}`
// (https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html, `uri`). Messages in quotes are real API
// Gateway's (docs/apigw-behaviour.md#put-integration-validation).
import { lambdaFunctionOf, parseAwsIntegrationUri } from '../aws-integration-uri.ts';
import { STAGE_VARIABLE_NAME_PATTERN, stageVariableReferences } from '../names.ts';
import type { IntegrationType } from '../types.ts';
import type { ProblemList } from './problem-list.ts';

const PARTITION = /^aws(-[a-z]+)*$/;
/** us-east-1, eu-central-2, us-gov-west-1, cn-north-1, ap-southeast-4 ... */
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const SERVICE = /^[a-z0-9-]+$/;
/** A Lambda function ARN with an optional version or alias; parts may be stage variables (same account only). */
const FUNCTION_ARN = /^arn:aws(-[a-z]+)*:lambda:[a-z]{2}(-[a-z]+)+-\d+:\d{12}:function:[^:/]+(:[^:/]+)?$/;

export const AWS_PROXY_SERVICES_MESSAGE =
  "Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations.";

export function checkAwsUri(uri: string, type: IntegrationType, out: ProblemList): void {
  const path = 'integration.uri';
  const parsed = parseAwsIntegrationUri(uri);
  if ('error' in parsed) {
    out.error(path, `${parsed.error}: expected arn:aws:apigateway:{region}:{service}:path/... or :action/...`);
    return;
  }
  for (const name of stageVariableReferences(uri)) {
    if (!STAGE_VARIABLE_NAME_PATTERN.test(name)) {
      out.error(path, `\${stageVariables.${name}}: a stage variable name has only letters, digits and underscores`);
    }
  }
  if (!PARTITION.test(parsed.partition))
    out.error(path, `Invalid ARN specified in the request: unknown partition "${parsed.partition}"`);
  if (!REGION.test(parsed.region))
    out.error(path, `Invalid ARN specified in the request: "${parsed.region}" is not an AWS Region like us-east-1`);
  if (!SERVICE.test(parsed.service) || (parsed.subdomain !== null && !/^[a-z0-9.-]+$/.test(parsed.subdomain))) {
    out.error(
      path,
      `Invalid ARN specified in the request: "${parsed.subdomain ? `${parsed.subdomain}.` : ''}${parsed.service}" is not an AWS service name`,
    );
  }
  if (parsed.kind !== 'stage-variable' && parsed.serviceApi === '') {
    out.error(path, `the ${parsed.kind} after "${parsed.kind}/" is empty`);
  }
  if (
    type === 'AWS_PROXY' &&
    parsed.service !== 'lambda' &&
    parsed.service !== 'firehose' &&
    parsed.kind !== 'stage-variable'
  ) {
    out.error(path, AWS_PROXY_SERVICES_MESSAGE);
    return;
  }
  if (parsed.service === 'lambda') checkLambdaInvocation(lambdaFunctionOf(parsed), out);
}

/**
 * Lambda is called through its Invoke API, `path/2015-03-31/functions/{function ARN}/invocations`
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html). The function
 * name, version or alias may be a stage variable
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/aws-api-gateway-stage-variables-reference.html).
 */
function checkLambdaInvocation(functionArn: string | null, out: ProblemList): void {
  const path = 'integration.uri';
  if (functionArn === null) {
    out.error(
      path,
      'a Lambda integration URI must call the Invoke API: arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{function ARN}/invocations',
    );
    return;
  }
  const withoutStageVariables = functionArn.replace(/\$\{stageVariables\.[^}]*\}/g, 'stagevariable');
  if (/^stagevariable$/.test(withoutStageVariables)) return;
  if (!FUNCTION_ARN.test(withoutStageVariables)) {
    out.error(
      path,
      `"${functionArn}" is not a Lambda function ARN like arn:aws:lambda:us-east-1:123456789012:function:my-function`,
    );
  }
}
