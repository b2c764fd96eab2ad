// integration.uri for every type. Sources: API_Integration `uri`
// https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html (RFC 3986 http(s) URL;
// arn:aws:apigateway:{region}:{subdomain.service|service}:path|action/{service_api}), ports
// https://docs.aws.amazon.com/apigateway/latest/developerguide/setup-http-integrations.html, stage variables
// https://docs.aws.amazon.com/apigateway/latest/developerguide/aws-api-gateway-stage-variables-reference.html, recorded
// AWS messages: docs/apigw-behaviour.md#put-integration-validation.
import { describe, it } from 'vitest';
import { defaultIntegration } from '../../src/model/index.ts';
import { checkRuleCase, withIntegration, type RuleCase } from './helpers.ts';

const http = (uri: unknown, extra: Record<string, unknown> = {}) => withIntegration({ uri, ...extra });
const aws = (uri: unknown) => withIntegration({ ...defaultIntegration('AWS'), uri });
const awsProxy = (uri: unknown) => withIntegration({ ...defaultIntegration('AWS_PROXY'), uri });
const U = 'integration.uri';
/** Defines stage variables so that the "stage variable is defined nowhere" warning stays out of the way. */
const defining = (design: ReturnType<typeof http>, ...names: string[]) => ({
  ...design,
  api: { ...design.api, stageVariables: Object.fromEntries(names.map((n) => [n, 'value'])) },
});
const FN = 'arn:aws:lambda:us-east-1:123456789012:function:my-function';

const cases: RuleCase[] = [
  // HTTP and HTTP_PROXY
  {
    name: 'https URL with a {id} placeholder is valid',
    design: http('https://petstore.example.com/pets/{id}'),
    path: U,
    message: null,
  },
  { name: 'missing uri for HTTP', design: http(undefined), path: U, message: 'required for HTTP integrations' },
  {
    name: 'missing uri is still required with VPC_LINK (API_Integration: "for either standard integration ... or private integration")',
    design: http(null, { connectionType: 'VPC_LINK', connectionId: 'abc123' }),
    path: U,
    message: 'required for HTTP integrations',
  },
  {
    name: '"non-valid-http" gets AWS\'s "Invalid HTTP endpoint specified for URI"',
    design: http('non-valid-http'),
    path: U,
    message: 'Invalid HTTP endpoint specified for URI',
  },
  {
    name: 'ftp is not http(s)',
    design: http('ftp://example.com/file'),
    path: U,
    message: 'the scheme must be http or https',
  },
  {
    name: 'a space must be encoded (RFC 3986)',
    design: http('https://example.com/my pets'),
    path: U,
    message: 'write %20',
  },
  { name: 'non-ASCII must be encoded', design: http('https://example.com/café'), path: U, message: 'must be encoded' },
  {
    name: 'a bare % is not a percent-encoding',
    design: http('https://example.com/100%'),
    path: U,
    message: '"%" must start a percent-encoding',
  },
  { name: 'percent-encoded path is fine', design: http('https://example.com/my%20pets'), path: U, message: null },
  { name: 'port 8080 (1024-65535) is supported', design: http('http://example.com:8080/x'), path: U, message: null },
  { name: 'port 443 is supported', design: http('https://example.com:443/x'), path: U, message: null },
  {
    name: 'port 81 is not (80, 443, 1024-65535 only)',
    design: http('http://example.com:81/x'),
    path: U,
    message: 'port 81 is not supported',
  },
  {
    name: 'a stage variable as the whole host',
    design: defining(http('http://${stageVariables.backend}/pets'), 'backend'),
    path: U,
    message: null,
  },
  {
    name: 'a stage variable as a subdomain',
    design: defining(http('https://${stageVariables.env}.example.com/pets'), 'env'),
    path: U,
    message: null,
  },
  {
    name: 'a stage variable in the query',
    design: defining(http('https://example.com/foo?q=${stageVariables.q}'), 'q'),
    path: U,
    message: null,
  },
  {
    name: 'a stage variable name with a dash',
    design: http('https://${stageVariables.my-host}/'),
    path: U,
    message: 'a stage variable name has only letters',
  },
  {
    name: 'HTTP_PROXY to {proxy} is valid',
    design: withIntegration({
      ...defaultIntegration('HTTP_PROXY'),
      uri: 'https://example.com/{proxy}',
      requestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' },
    }),
    path: U,
    message: null,
  },
  {
    name: 'a {placeholder} with no integration.request.path mapping is a warning',
    design: http('https://example.com/pets/{petName}'),
    path: U,
    message: 'placeholder {petName} has no integration.request.path.petName mapping',
    severity: 'warning',
  },
  {
    name: 'a path mapping with no placeholder is a warning',
    design: http('https://example.com/pets'),
    path: 'integration.requestParameters["integration.request.path.id"]',
    message: 'integration.uri has no {id} placeholder',
    severity: 'warning',
  },
  {
    name: 'a stage variable defined nowhere (neither api nor samples) is a warning',
    design: http('https://${stageVariables.backend}/pets'),
    path: U,
    message: 'stage variable "backend" is defined neither in api.stageVariables nor in any sample',
    severity: 'warning',
  },
  {
    name: "a sample's stageVariables define it too",
    design: {
      ...http('https://${stageVariables.backend}/pets'),
      samples: [{ stageVariables: { backend: 'localhost' } }],
    },
    path: U,
    message: null,
  },
  // AWS and AWS_PROXY
  {
    name: 'Lambda invoke URI for AWS is valid',
    design: aws(`arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${FN}/invocations`),
    path: U,
    message: null,
  },
  {
    name: 'S3 action URI is valid',
    design: aws('arn:aws:apigateway:us-west-2:s3:action/GetObject&Bucket=b&Key=k'),
    path: U,
    message: null,
  },
  {
    name: 'a subdomain.service URI is valid',
    design: aws('arn:aws:apigateway:us-east-1:mybucket.s3:path/key'),
    path: U,
    message: null,
  },
  {
    name: 'a stage variable for the whole path|action part',
    design: defining(aws('arn:aws:apigateway:us-east-1:sqs:${stageVariables.queueAction}'), 'queueAction'),
    path: U,
    message: null,
  },
  {
    name: '"non-valid-arn": "Invalid ARN specified in the request" (real AWS)',
    design: aws('non-valid-arn'),
    path: U,
    message: 'Invalid ARN specified in the request',
  },
  {
    name: 'an IAM role ARN: "AWS ARN for integration must contain path or action" (real AWS)',
    design: aws('arn:aws:iam::0000000000:role/service-role/x'),
    path: U,
    message: 'AWS ARN for integration must contain path or action',
  },
  {
    name: 'apigateway ARN without path/ or action/',
    design: aws('arn:aws:apigateway:us-east-1:s3:GetObject'),
    path: U,
    message: 'must contain path or action',
  },
  {
    name: 'a bad region',
    design: aws('arn:aws:apigateway:useast1:s3:path/b/k'),
    path: U,
    message: 'is not an AWS Region',
  },
  { name: 'missing uri for AWS', design: aws(undefined), path: U, message: 'required for AWS integrations' },
  {
    name: 'Lambda URI that is not the Invoke path',
    design: aws('arn:aws:apigateway:us-east-1:lambda:path/functions/x'),
    path: U,
    message: 'must call the Invoke API',
  },
  {
    name: 'a Lambda alias from a stage variable (stage variables reference)',
    design: defining(
      awsProxy(
        `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${FN}:\${stageVariables.alias}/invocations`,
      ),
      'alias',
    ),
    path: U,
    message: null,
  },
  {
    name: 'a Lambda function name from a stage variable',
    design: defining(
      awsProxy(
        'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:${stageVariables.fn}/invocations',
      ),
      'fn',
    ),
    path: U,
    message: null,
  },
  {
    name: 'a function ARN with a bad account id',
    design: awsProxy(
      'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123:function:f/invocations',
    ),
    path: U,
    message: 'is not a Lambda function ARN',
  },
  {
    name: 'AWS_PROXY with S3 (real AWS message)',
    design: awsProxy('arn:aws:apigateway:us-east-1:s3:path/bucket/key'),
    path: U,
    message:
      "Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations.",
  },
  {
    name: 'AWS_PROXY with Firehose is allowed',
    design: awsProxy('arn:aws:apigateway:us-east-1:firehose:action/PutRecord'),
    path: U,
    message: null,
  },
  // MOCK
  { name: 'MOCK needs no uri', design: withIntegration({ ...defaultIntegration('MOCK') }), path: U, message: null },
  {
    name: 'MOCK ignores a uri (real AWS accepted MOCK with uri http://example.com)',
    design: withIntegration({ ...defaultIntegration('MOCK'), uri: 'http://example.com' }),
    path: U,
    message: null,
  },
];

describe('validateDesign: integration.uri', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkRuleCase(c));
});
