// requestTemplates, passthroughBehavior, contentHandling, timeoutInMillis, cache settings and what proxies ignore.
// Sources:
// - enums, "Custom timeout between 50 and 29,000 milliseconds", cacheKeyParameters "must also be specified for Method
//   requestParameters": https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html
// - 300 KB templates:
//   https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html
// - above 29 s by quota:
//   https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/
// - proxies pass everything through:
//   https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html
// - "Invalid content type specified: 123" is real AWS's message (docs/apigw-behaviour.md#put-integration-validation).
import { describe, it } from 'vitest';
import { defaultDesign, defaultIntegration } from '../../src/model/index.ts';
import { checkRuleCase, withDesign, withIntegration, type RuleCase } from './helpers.ts';

const templates = (t: Record<string, unknown>) => withIntegration({ requestTemplates: t });
const proxy = (extra: Record<string, unknown>) => withIntegration({ ...defaultIntegration('HTTP_PROXY'), ...extra });
const declaring = (parameters: Record<string, boolean>) =>
  withDesign({ method: { ...defaultDesign().method, requestParameters: parameters } });

const cases: RuleCase[] = [
  {
    name: 'application/json template',
    design: templates({ 'application/json': '{}' }),
    path: 'integration.requestTemplates["application/json"]',
    message: null,
  },
  {
    name: 'key 123: "Invalid content type specified: 123"',
    design: templates({ '123': '{}' }),
    path: 'integration.requestTemplates["123"]',
    message: 'Invalid content type specified: 123',
  },
  {
    name: 'a key with parameters never matches (parameters are dropped before the lookup)',
    design: templates({ 'application/json; charset=utf-8': '{}' }),
    path: 'integration.requestTemplates["application/json; charset=utf-8"]',
    message: 'Invalid content type specified',
  },
  {
    name: 'a wildcard key is a warning',
    design: templates({ 'application/*': '{}' }),
    path: 'integration.requestTemplates["application/*"]',
    message: 'a wildcard key is not documented to match',
    severity: 'warning',
  },
  {
    name: 'a template must be a string',
    design: templates({ 'application/json': { a: 1 } }),
    path: 'integration.requestTemplates["application/json"]',
    message: 'must be a string',
  },
  {
    name: 'a template of 300 KB is allowed',
    design: templates({ 'application/json': 'x'.repeat(300 * 1024) }),
    path: 'integration.requestTemplates["application/json"]',
    message: null,
  },
  {
    name: 'a template over 300 KB is not',
    design: templates({ 'application/json': 'x'.repeat(300 * 1024 + 1) }),
    path: 'integration.requestTemplates["application/json"]',
    message: "API Gateway's limit for a mapping template is 300 KB",
  },
  {
    name: 'passthroughBehavior NEVER',
    design: withIntegration({ passthroughBehavior: 'NEVER' }),
    path: 'integration.passthroughBehavior',
    message: null,
  },
  {
    name: 'passthroughBehavior SOMETIMES',
    design: withIntegration({ passthroughBehavior: 'SOMETIMES' }),
    path: 'integration.passthroughBehavior',
    message: 'must be WHEN_NO_MATCH, WHEN_NO_TEMPLATES or NEVER',
  },
  {
    name: 'contentHandling CONVERT_TO_TEXT',
    design: withIntegration({ contentHandling: 'CONVERT_TO_TEXT' }),
    path: 'integration.contentHandling',
    message: null,
  },
  {
    name: 'contentHandling null is passthrough',
    design: withIntegration({ contentHandling: null }),
    path: 'integration.contentHandling',
    message: null,
  },
  {
    name: 'contentHandling CONVERT_TO_JSON',
    design: withIntegration({ contentHandling: 'CONVERT_TO_JSON' }),
    path: 'integration.contentHandling',
    message: 'must be CONVERT_TO_BINARY, CONVERT_TO_TEXT or null',
  },
  {
    name: 'timeout 50 ms (minimum)',
    design: withIntegration({ timeoutInMillis: 50 }),
    path: 'integration.timeoutInMillis',
    message: null,
  },
  {
    name: 'timeout 29000 ms (default maximum)',
    design: withIntegration({ timeoutInMillis: 29000 }),
    path: 'integration.timeoutInMillis',
    message: null,
  },
  {
    name: 'timeout 49 ms',
    design: withIntegration({ timeoutInMillis: 49 }),
    path: 'integration.timeoutInMillis',
    message: 'below the minimum of 50 ms',
  },
  {
    name: 'timeout 60000 ms needs a quota increase (a warning, not an error)',
    design: withIntegration({ timeoutInMillis: 60000 }),
    path: 'integration.timeoutInMillis',
    message: 'need a quota increase',
    severity: 'warning',
  },
  {
    name: 'timeout 1.5 ms is not an integer',
    design: withIntegration({ timeoutInMillis: 1.5 }),
    path: 'integration.timeoutInMillis',
    message: 'must be an integer',
  },
  {
    name: 'timeout "29000" (a string)',
    design: withIntegration({ timeoutInMillis: '29000' }),
    path: 'integration.timeoutInMillis',
    message: 'must be an integer',
  },
  {
    name: 'cache key: the implicit path parameter',
    design: withIntegration({ cacheKeyParameters: ['method.request.path.petId'] }),
    path: 'integration.cacheKeyParameters[0]',
    message: null,
  },
  {
    name: 'cache key: a declared query string',
    design: withIntegration(
      { cacheKeyParameters: ['method.request.querystring.page'] },
      declaring({ 'method.request.querystring.page': false }),
    ),
    path: 'integration.cacheKeyParameters[0]',
    message: null,
  },
  {
    name: 'cache key: an undeclared header',
    design: withIntegration({ cacheKeyParameters: ['method.request.header.X-Tenant'] }),
    path: 'integration.cacheKeyParameters[0]',
    message: 'is not declared',
  },
  {
    name: 'cache key: an integration.request target is not a method request parameter',
    design: withIntegration({ cacheKeyParameters: ['integration.request.path.id'] }),
    path: 'integration.cacheKeyParameters[0]',
    message: 'is not a method request parameter',
  },
  {
    name: 'cacheNamespace must be a string',
    design: withIntegration({ cacheNamespace: 42 }),
    path: 'integration.cacheNamespace',
    message: 'must be a string',
  },
  {
    name: 'HTTP_PROXY: request templates have no effect (warning)',
    design: proxy({ requestTemplates: { 'application/json': '{}' } }),
    path: 'integration.requestTemplates',
    message: 'has no effect',
    severity: 'warning',
  },
  {
    name: 'HTTP_PROXY: passthroughBehavior NEVER has no effect (warning)',
    design: proxy({ passthroughBehavior: 'NEVER' }),
    path: 'integration.passthroughBehavior',
    message: 'has no effect',
    severity: 'warning',
  },
  {
    name: 'HTTP_PROXY: the stored default WHEN_NO_MATCH is not worth a warning',
    design: proxy({ passthroughBehavior: 'WHEN_NO_MATCH' }),
    path: 'integration.passthroughBehavior',
    message: null,
  },
  {
    name: 'AWS_PROXY: contentHandling has no effect (warning)',
    design: withIntegration({ ...defaultIntegration('AWS_PROXY'), contentHandling: 'CONVERT_TO_TEXT' }),
    path: 'integration.contentHandling',
    message: 'has no effect',
    severity: 'warning',
  },
  {
    name: 'HTTP_PROXY: integration responses have no effect (warning)',
    design: proxy({ integrationResponses: { '200': { statusCode: '200' } } }),
    path: 'integration.integrationResponses',
    message: 'have no effect',
    severity: 'warning',
  },
];

describe('validateDesign: templates, passthrough, content handling, timeout, cache, proxies', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkRuleCase(c));
});
