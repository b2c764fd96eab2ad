// integration.integrationResponses and methodResponses. Sources:
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-integration-settings-integration-response.html
// (at least one, the default; no method response for the status -> 500),
// https://docs.aws.amazon.com/apigateway/latest/api/API_IntegrationResponse.html (selectionPattern),
// https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-parameter-mapping-sources.html (response
// mappings), the statusCode message is real AWS's (docs/apigw-behaviour.md#put-integration-validation).
import { describe, it } from 'vitest';
import { defaultDesign, defaultIntegrationResponse } from '../../src/model/index.ts';
import { checkRuleCase, withDesign, withIntegration, type RuleCase } from './helpers.ts';

const responses = (r: Record<string, unknown>, methodResponses?: Record<string, unknown>) => {
  const design = withIntegration({ integrationResponses: { '200': defaultIntegrationResponse(), ...r } });
  return methodResponses === undefined ? design : withDesign({ methodResponses }, design);
};
const both = {
  '200': { statusCode: '200' },
  '400': { statusCode: '400', responseParameters: { 'method.response.header.X-Error': false } },
};
const R400 = 'integration.integrationResponses["400"]';

const cases: RuleCase[] = [
  {
    name: 'a 400 for 4\\d{2} with its method response',
    design: responses({ '400': { statusCode: '400', selectionPattern: '4\\d{2}' } }, both),
    path: `${R400}.selectionPattern`,
    message: null,
  },
  {
    name: 'statusCode "wrong": real AWS message',
    design: responses({ wrong: { statusCode: 'wrong', selectionPattern: '5\\d{2}' } }),
    path: 'integration.integrationResponses["wrong"].statusCode',
    message:
      "1 validation error detected: Value 'wrong' at 'statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d",
  },
  {
    name: 'statusCode 600 is outside [1-5]\\d\\d',
    design: responses({ '600': { statusCode: '600', selectionPattern: 'x' } }),
    path: 'integration.integrationResponses["600"].statusCode',
    message: "Value '600'",
  },
  {
    name: 'the key must equal the statusCode',
    design: responses({ '400': { statusCode: '404', selectionPattern: '4\\d{2}' } }),
    path: `${R400}.statusCode`,
    message: 'must equal its key "400"',
  },
  {
    name: 'a missing statusCode',
    design: responses({ '400': { selectionPattern: '4\\d{2}' } }),
    path: `${R400}.statusCode`,
    message: 'required',
  },
  {
    name: 'two default responses',
    design: responses({ '400': { statusCode: '400', selectionPattern: null } }, both),
    path: `${R400}.selectionPattern`,
    message: 'only one integration response can be the default',
  },
  {
    name: 'an empty selectionPattern is a default too',
    design: responses({ '400': { statusCode: '400', selectionPattern: '' } }, both),
    path: `${R400}.selectionPattern`,
    message: 'only one integration response can be the default',
  },
  {
    name: 'an unterminated group is not a valid Java regex',
    design: responses({ '400': { statusCode: '400', selectionPattern: '(4\\d{2}' } }, both),
    path: `${R400}.selectionPattern`,
    message: 'not a valid Java regular expression',
  },
  {
    name: 'a literal { is "Illegal repetition" in Java',
    design: responses({ '400': { statusCode: '400', selectionPattern: '{"error".*' } }, both),
    path: `${R400}.selectionPattern`,
    message: 'Illegal repetition',
  },
  {
    name: 'a Lambda error pattern .*Invalid request.* (DG handle-errors-in-lambda-integration)',
    design: responses({ '400': { statusCode: '400', selectionPattern: '.*Invalid request.*' } }, both),
    path: `${R400}.selectionPattern`,
    message: null,
  },
  {
    name: 'a pattern Java has but the linear-time engine cannot run (a backreference) is a warning',
    design: responses({ '400': { statusCode: '400', selectionPattern: '(4)\\1\\d' } }, both),
    path: `${R400}.selectionPattern`,
    message: 'not checked',
    severity: 'warning',
  },
  {
    name: 'the same pattern twice is a warning',
    design: responses(
      {
        '400': { statusCode: '400', selectionPattern: '4\\d{2}' },
        '401': { statusCode: '401', selectionPattern: '4\\d{2}' },
      },
      { ...both, '401': { statusCode: '401' } },
    ),
    path: 'integration.integrationResponses["401"].selectionPattern',
    message: 'same pattern as integration response "400"',
    severity: 'warning',
  },
  {
    name: 'no method response for 400 -> 500 at runtime',
    design: responses({ '400': { statusCode: '400', selectionPattern: '4\\d{2}' } }),
    path: `${R400}.statusCode`,
    message: 'there is no method response 400',
  },
  {
    name: 'no integration response at all on a non-proxy integration',
    design: withIntegration({ integrationResponses: {} }),
    path: 'integration.integrationResponses',
    message: 'needs at least one integration response',
  },
  {
    name: 'a declared header from a response header',
    design: responses(
      {
        '400': {
          statusCode: '400',
          selectionPattern: '4\\d{2}',
          responseParameters: { 'method.response.header.X-Error': 'integration.response.header.X-Backend-Error' },
        },
      },
      both,
    ),
    path: `${R400}.responseParameters["method.response.header.X-Error"]`,
    message: null,
  },
  {
    name: 'a header from a body JSONPath (integration.response.body.error.code)',
    design: responses(
      {
        '400': {
          statusCode: '400',
          selectionPattern: '4\\d{2}',
          responseParameters: {
            'method.response.header.X-Error': 'integration.response.body.error.code',
          },
        },
      },
      both,
    ),
    path: `${R400}.responseParameters["method.response.header.X-Error"]`,
    message: null,
  },
  {
    // PutIntegrationResponse's words (https://github.com/awslabs/aws-solutions-constructs/issues/1130).
    name: 'an undeclared header: PutIntegrationResponse refuses it with AWS message',
    design: responses(
      {
        '400': {
          statusCode: '400',
          selectionPattern: '4\\d{2}',
          responseParameters: { 'method.response.header.X-Other': "'x'" },
        },
      },
      both,
    ),
    path: `${R400}.responseParameters["method.response.header.X-Other"]`,
    message:
      'Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified: method.response.header.X-Other]',
  },
  {
    name: 'method.response.body is not a target',
    design: responses(
      {
        '400': {
          statusCode: '400',
          selectionPattern: '4\\d{2}',
          responseParameters: { 'method.response.body': "'x'" },
        },
      },
      both,
    ),
    path: `${R400}.responseParameters["method.response.body"]`,
    message: 'expected method.response.header.NAME',
  },
  {
    name: 'method.request.header is not a response source',
    design: responses(
      {
        '400': {
          statusCode: '400',
          selectionPattern: '4\\d{2}',
          responseParameters: { 'method.response.header.X-Error': 'method.request.header.X' },
        },
      },
      both,
    ),
    path: `${R400}.responseParameters["method.response.header.X-Error"]`,
    message: 'expected integration.response.{header|multivalueheader}.NAME',
  },
  {
    name: 'a boolean response mapping: real AWS message',
    design: responses(
      {
        '400': {
          statusCode: '400',
          selectionPattern: '4\\d{2}',
          responseParameters: { 'method.response.header.X-Error': false },
        },
      },
      both,
    ),
    path: `${R400}.responseParameters["method.response.header.X-Error"]`,
    message: 'errors : [Invalid mapping expression specified: false]',
  },
  {
    name: 'response template key 123: real AWS message',
    design: responses(
      { '400': { statusCode: '400', selectionPattern: '4\\d{2}', responseTemplates: { '123': '{}' } } },
      both,
    ),
    path: `${R400}.responseTemplates["123"]`,
    message: 'Invalid content type specified: 123',
  },
  {
    name: 'response contentHandling CONVERT_TO_BINARY',
    design: responses(
      { '400': { statusCode: '400', selectionPattern: '4\\d{2}', contentHandling: 'CONVERT_TO_BINARY' } },
      both,
    ),
    path: `${R400}.contentHandling`,
    message: null,
  },
  {
    name: 'response contentHandling BASE64',
    design: responses({ '400': { statusCode: '400', selectionPattern: '4\\d{2}', contentHandling: 'BASE64' } }, both),
    path: `${R400}.contentHandling`,
    message: 'must be CONVERT_TO_BINARY, CONVERT_TO_TEXT or null',
  },
  {
    name: 'method response key must equal its statusCode',
    design: withDesign({ methodResponses: { '200': { statusCode: '201' } } }),
    path: 'methodResponses["200"].statusCode',
    message: 'must equal its key',
  },
  {
    name: 'method response header values are booleans',
    design: withDesign({
      methodResponses: { '200': { statusCode: '200', responseParameters: { 'method.response.header.X': 'yes' } } },
    }),
    path: 'methodResponses["200"].responseParameters["method.response.header.X"]',
    message: 'must be true (required) or false (optional)',
  },
  {
    // PutIntegrationResponse's words (https://github.com/amazon-archives/aws-apigateway-importer/issues/121).
    name: 'response parameters for a status with no method response: AWS message',
    design: responses(
      {
        '400': {
          statusCode: '400',
          selectionPattern: '4\\d{2}',
          responseParameters: { 'method.response.header.X-Error': "'x'" },
        },
      },
      { '200': { statusCode: '200' } },
    ),
    path: `${R400}.responseParameters`,
    message: 'errors : [No method response exists for method.]',
  },
  {
    name: 'the default design has none of these problems',
    design: defaultDesign(),
    path: 'integration.integrationResponses["200"].statusCode',
    message: null,
  },
];

describe('validateDesign: integration responses and method responses', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkRuleCase(c));
});
