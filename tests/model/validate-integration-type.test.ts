// integration.type and integration.httpMethod. Sources in each case name; recorded AWS messages are from
// docs/apigw-behaviour.md#put-integration-validation (LocalStack's AWS-validated snapshots of real API Gateway).
import { describe, it } from 'vitest';
import { defaultIntegration, EXAMPLE_LAMBDA_URI } from '../../src/model/index.ts';
import { checkRuleCase, withIntegration, type RuleCase } from './helpers.ts';

const PUT_INTEGRATION = 'https://docs.aws.amazon.com/apigateway/latest/api/API_PutIntegration.html';
const LAMBDA_POST = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-request-basic-setup.html';
const mock = defaultIntegration('MOCK');
const proxy = defaultIntegration('AWS_PROXY');

const cases: RuleCase[] = [
  {
    name: `HTTPS_PROXY is not a type, with AWS's enum message (${PUT_INTEGRATION})`,
    design: withIntegration({ type: 'HTTPS_PROXY' }),
    path: 'integration.type',
    message:
      "Value 'HTTPS_PROXY' at 'putIntegrationInput.type' failed to satisfy constraint: Member must satisfy enum value set: [HTTP, MOCK, AWS_PROXY, HTTP_PROXY, AWS]",
  },
  {
    name: 'lowercase http is not a type either',
    design: withIntegration({ type: 'http' }),
    path: 'integration.type',
    message: "Value 'http'",
  },
  {
    name: 'each of the five types is accepted',
    design: withIntegration({ type: 'HTTP_PROXY', requestTemplates: {}, integrationResponses: {} }),
    path: 'integration.type',
    message: null,
  },
  {
    name: 'HTTP without httpMethod: "Enumeration value for HttpMethod must be non-empty" (real AWS)',
    design: withIntegration({ httpMethod: undefined }),
    path: 'integration.httpMethod',
    message: 'Enumeration value for HttpMethod must be non-empty',
  },
  {
    name: 'an empty httpMethod is missing too',
    design: withIntegration({ httpMethod: '' }),
    path: 'integration.httpMethod',
    message: 'must be non-empty',
  },
  {
    name: 'AWS without httpMethod (real AWS)',
    design: withIntegration({ ...defaultIntegration('AWS'), httpMethod: null }),
    path: 'integration.httpMethod',
    message: 'Enumeration value for HttpMethod must be non-empty',
  },
  {
    name: 'MOCK needs no httpMethod (real AWS accepted MOCK without one)',
    design: withIntegration({ ...mock }),
    path: 'integration.httpMethod',
    message: null,
  },
  {
    name: 'FETCH is not a verb (GET PUT POST DELETE PATCH OPTIONS HEAD ANY)',
    design: withIntegration({ httpMethod: 'FETCH' }),
    path: 'integration.httpMethod',
    message: 'Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY',
  },
  {
    name: 'verbs are upper case',
    design: withIntegration({ httpMethod: 'put' }),
    path: 'integration.httpMethod',
    message: 'Invalid HttpMethod specified',
  },
  {
    name: 'ANY is a verb',
    design: withIntegration({ httpMethod: 'ANY' }),
    path: 'integration.httpMethod',
    message: null,
  },
  {
    name: `AWS_PROXY Lambda with GET: Lambda is invoked with POST (${LAMBDA_POST})`,
    design: withIntegration({ ...proxy, httpMethod: 'GET' }),
    path: 'integration.httpMethod',
    message: 'Lambda functions are invoked with POST',
  },
  {
    name: 'AWS (non-proxy) Lambda with PUT: POST too',
    design: withIntegration({ ...defaultIntegration('AWS'), uri: EXAMPLE_LAMBDA_URI, httpMethod: 'PUT' }),
    path: 'integration.httpMethod',
    message: 'Lambda functions are invoked with POST',
  },
  {
    name: 'AWS S3 with GET is fine (not Lambda)',
    design: withIntegration({
      ...defaultIntegration('AWS'),
      uri: 'arn:aws:apigateway:us-west-2:s3:path/bucket/key',
      httpMethod: 'GET',
    }),
    path: 'integration.httpMethod',
    message: null,
  },
];

describe('validateDesign: integration type and HTTP method', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkRuleCase(c));
});
