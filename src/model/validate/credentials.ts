// integration.credentials: "For AWS integrations, three options are available. To specify an IAM Role for API Gateway
// to assume, use the role's Amazon Resource Name (ARN). To require that the caller's identity be passed through from
// the request, specify the string arn:aws:iam::*:user/*. To use resource-based permissions on supported AWS services,
// specify null." (https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html, `credentials`).
// A stage variable may stand for the role part: `arn:aws:iam::<account_id>:${stageVariables.<variable_name>}`
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/aws-api-gateway-stage-variables-reference.html).
import type { Integration, IntegrationType } from '../types.ts';
import { isAbsent, type ProblemList } from './problem-list.ts';

export const CALLER_CREDENTIALS = 'arn:aws:iam::*:user/*';

/** An IAM role ARN: 12-digit account, optional path, role name of [\w+=,.@-]{1,64}. */
const ROLE_ARN = /^arn:aws(-[a-z]+)*:iam::\d{12}:role\/([\x21-\x7E]+\/)*[\w+=,.@-]{1,64}$/;
const ROLE_ARN_WITH_STAGE_VARIABLE = /^arn:aws(-[a-z]+)*:iam::\d{12}:\$\{stageVariables\.[A-Za-z0-9_]+\}$/;

export function checkCredentials(integration: Integration, type: IntegrationType, out: ProblemList): void {
  const path = 'integration.credentials';
  const credentials = integration.credentials as unknown;
  if (isAbsent(credentials)) return;
  if (typeof credentials !== 'string' || !isCredentialsValue(credentials)) {
    out.error(
      path,
      `${JSON.stringify(credentials)} is not an IAM role ARN (arn:aws:iam::123456789012:role/NAME), ` +
        `"${CALLER_CREDENTIALS}" (the caller's identity) or null (resource-based permissions)`,
    );
    return;
  }
  if (type !== 'AWS' && type !== 'AWS_PROXY') {
    out.warning(
      path,
      `credentials are used only by AWS and AWS_PROXY integrations; API Gateway ignores them for ${type}`,
    );
  }
}

export function isCredentialsValue(text: string): boolean {
  return text === CALLER_CREDENTIALS || ROLE_ARN.test(text) || ROLE_ARN_WITH_STAGE_VARIABLE.test(text);
}
