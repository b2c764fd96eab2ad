// connectionType / connectionId and credentials. Sources:
// - connectionType INTERNET|VPC_LINK, connectionId "only if you specify VPC_LINK", credentials role ARN |
//   arn:aws:iam::*:user/* | null: https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html
// - VPC_LINK with HTTP or HTTP_PROXY:
//   https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-api-with-vpclink-console.html
// - stage variables:
//   https://docs.aws.amazon.com/apigateway/latest/developerguide/aws-api-gateway-stage-variables-reference.html
import { describe, it } from 'vitest';
import { defaultIntegration } from '../../src/model/index.ts';
import { checkRuleCase, withIntegration, type RuleCase } from './helpers.ts';

const aws = (extra: Record<string, unknown>) => withIntegration({ ...defaultIntegration('AWS'), ...extra });
const withStageVariable = (design: ReturnType<typeof aws>, name: string) => ({
  ...design,
  api: { stageVariables: { [name]: 'x' } },
});
const CT = 'integration.connectionType';
const CI = 'integration.connectionId';
const CR = 'integration.credentials';

const cases: RuleCase[] = [
  {
    name: 'INTERNET without connectionId is the default',
    design: withIntegration({ connectionType: 'INTERNET', connectionId: null }),
    path: CI,
    message: null,
  },
  {
    name: 'connectionType absent is INTERNET',
    design: withIntegration({ connectionType: undefined }),
    path: CT,
    message: null,
  },
  {
    name: 'VPC_LINK with a VpcLink id',
    design: withIntegration({ connectionType: 'VPC_LINK', connectionId: 'a1b2c3' }),
    path: CI,
    message: null,
  },
  {
    name: 'VPC_LINK with ${stageVariables.vpcLinkId}',
    design: withStageVariable(
      withIntegration({ connectionType: 'VPC_LINK', connectionId: '${stageVariables.vpcLinkId}' }),
      'vpcLinkId',
    ),
    path: CI,
    message: null,
  },
  {
    name: 'VPC_LINK without connectionId',
    design: withIntegration({ connectionType: 'VPC_LINK', connectionId: null }),
    path: CI,
    message: 'required when connectionType is VPC_LINK',
  },
  {
    name: 'connectionId without VPC_LINK',
    design: withIntegration({ connectionType: 'INTERNET', connectionId: 'a1b2c3' }),
    path: CI,
    message: 'only used when connectionType is VPC_LINK',
  },
  {
    name: 'a connectionId that is neither an id nor a stage variable',
    design: withIntegration({ connectionType: 'VPC_LINK', connectionId: 'vpc link!' }),
    path: CI,
    message: 'is neither a VpcLink id',
  },
  {
    name: 'PRIVATE is not a connection type',
    design: withIntegration({ connectionType: 'PRIVATE' }),
    path: CT,
    message: 'must be INTERNET or VPC_LINK',
  },
  {
    name: 'VPC_LINK is only for HTTP types',
    design: aws({ connectionType: 'VPC_LINK', connectionId: 'a1b2c3' }),
    path: CT,
    message: 'only for HTTP and HTTP_PROXY',
  },
  {
    name: 'a role ARN',
    design: aws({ credentials: 'arn:aws:iam::123456789012:role/apigw-invoke' }),
    path: CR,
    message: null,
  },
  {
    name: 'a role ARN with a path',
    design: aws({ credentials: 'arn:aws:iam::123456789012:role/service-role/apigw-invoke' }),
    path: CR,
    message: null,
  },
  {
    name: "the caller's identity: arn:aws:iam::*:user/*",
    design: aws({ credentials: 'arn:aws:iam::*:user/*' }),
    path: CR,
    message: null,
  },
  { name: 'null: resource-based permissions', design: aws({ credentials: null }), path: CR, message: null },
  {
    name: 'a stage variable for the role (arn:aws:iam::<account_id>:${stageVariables.x})',
    design: withStageVariable(aws({ credentials: 'arn:aws:iam::123456789012:${stageVariables.role}' }), 'role'),
    path: CR,
    message: null,
  },
  {
    name: 'an 11-digit account id',
    design: aws({ credentials: 'arn:aws:iam::12345678901:role/x' }),
    path: CR,
    message: 'is not an IAM role ARN',
  },
  {
    name: 'a user ARN that is not the caller form',
    design: aws({ credentials: 'arn:aws:iam::123456789012:user/bob' }),
    path: CR,
    message: 'is not an IAM role ARN',
  },
  {
    name: 'credentials on HTTP have no effect (a warning)',
    design: withIntegration({ credentials: 'arn:aws:iam::123456789012:role/x' }),
    path: CR,
    message: 'used only by AWS and AWS_PROXY integrations',
    severity: 'warning',
  },
  {
    name: 'credentials on MOCK have no effect (a warning)',
    design: withIntegration({ ...defaultIntegration('MOCK'), credentials: 'arn:aws:iam::*:user/*' }),
    path: CR,
    message: 'ignores them for MOCK',
    severity: 'warning',
  },
];

describe('validateDesign: connection and credentials', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkRuleCase(c));
});
