// The method request, the API settings and the samples' stage variables. Sources:
// - resources, {param}:
//   https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-request.html
// - greedy {proxy+} at the end:
//   https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-set-up-simple-proxy.html
// - binaryMediaTypes, wildcards:
//   https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings.html
// - stage name, variable name and value patterns: https://docs.aws.amazon.com/apigateway/latest/api/API_Stage.html
// - 100 variables, 64/512 characters:
//   https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html
// - "Invalid HttpMethod specified ..." and "Cannot create a child of a resource with a greedy path variable" are real
//   AWS's (docs/apigw-behaviour.md#method-request, docs/apigw-behaviour.md#put-integration-validation).
import { describe, it } from 'vitest';
import { defaultDesign } from '../../src/model/index.ts';
import { checkRuleCase, withDesign, withIntegration, type RuleCase } from './helpers.ts';

const d = defaultDesign();
/** A design whose method is replaced; the integration's path mapping is dropped so only method rules fire. */
const method = (m: Record<string, unknown>) =>
  withDesign(
    { method: { ...d.method, ...m } },
    withIntegration({ requestParameters: {}, uri: 'https://petstore.example.com/pets' }),
  );
const api = (a: Record<string, unknown>) => withDesign({ api: { ...d.api, ...a } });
const many = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`v${i}`, 'x']));

const cases: RuleCase[] = [
  {
    name: 'method FETCH',
    design: method({ httpMethod: 'FETCH' }),
    path: 'method.httpMethod',
    message: 'Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY',
  },
  { name: 'method ANY', design: method({ httpMethod: 'ANY' }), path: 'method.httpMethod', message: null },
  { name: 'the root resource /', design: method({ resourcePath: '/' }), path: 'method.resourcePath', message: null },
  {
    name: 'a path without a leading /',
    design: method({ resourcePath: 'pets' }),
    path: 'method.resourcePath',
    message: 'must start with "/"',
  },
  {
    name: 'a trailing /',
    design: method({ resourcePath: '/pets/' }),
    path: 'method.resourcePath',
    message: 'must not end with "/"',
  },
  {
    name: 'an empty part',
    design: method({ resourcePath: '/pets//toys' }),
    path: 'method.resourcePath',
    message: 'empty path part',
  },
  {
    name: 'greedy {proxy+} as the last part',
    design: method({ resourcePath: '/api/{proxy+}' }),
    path: 'method.resourcePath',
    message: null,
  },
  {
    name: 'greedy {proxy+} with a child',
    design: method({ resourcePath: '/{proxy+}/photos' }),
    path: 'method.resourcePath',
    message: 'Cannot create a child of a resource with a greedy path variable: {proxy+}',
  },
  {
    name: 'a parameter that is not a whole part',
    design: method({ resourcePath: '/pets/id-{id}' }),
    path: 'method.resourcePath',
    message: 'must be a whole path part',
  },
  {
    name: 'the same parameter twice',
    design: method({ resourcePath: '/pets/{id}/toys/{id}' }),
    path: 'method.resourcePath',
    message: 'appears twice',
  },
  {
    name: 'declared parameters of every location',
    design: method({
      requestParameters: {
        'method.request.header.X-Trace': false,
        'method.request.querystring.page': true,
        'method.request.path.petId': true,
      },
    }),
    path: 'method.requestParameters["method.request.header.X-Trace"]',
    message: null,
  },
  {
    name: 'a declaration must be true or false',
    design: method({ requestParameters: { 'method.request.header.X-Trace': 'yes' } }),
    path: 'method.requestParameters["method.request.header.X-Trace"]',
    message: 'must be true (required) or false (optional)',
  },
  {
    name: 'method.request.body is not a parameter',
    design: method({ requestParameters: { 'method.request.body': true } }),
    path: 'method.requestParameters["method.request.body"]',
    message: 'not a method request parameter',
  },
  {
    name: 'a declared path parameter the path does not have (warning)',
    design: method({ requestParameters: { 'method.request.path.owner': true } }),
    path: 'method.requestParameters["method.request.path.owner"]',
    message: 'has no {owner}',
    severity: 'warning',
  },
  {
    name: 'binary media types with wildcards',
    design: api({ binaryMediaTypes: ['image/png', 'image/*', '*/*'] }),
    path: 'api.binaryMediaTypes[2]',
    message: null,
  },
  {
    name: 'a binary media type without a subtype',
    design: api({ binaryMediaTypes: ['image'] }),
    path: 'api.binaryMediaTypes[0]',
    message: 'is not a media type',
  },
  {
    name: 'a binary media type listed twice (warning)',
    design: api({ binaryMediaTypes: ['image/png', 'image/PNG'] }),
    path: 'api.binaryMediaTypes[1]',
    message: 'listed twice',
    severity: 'warning',
  },
  {
    name: 'stage name with a dot',
    design: api({ stageName: 'v1.0' }),
    path: 'api.stageName',
    message: 'Stage names can only contain alphanumeric characters, hyphens, and underscores',
  },
  { name: 'stage name prod-eu_1', design: api({ stageName: 'prod-eu_1' }), path: 'api.stageName', message: null },
  {
    name: 'a stage variable URL value',
    design: api({ stageVariables: { backend: 'https://pets.example.com/v1?x=1&y=2' } }),
    path: 'api.stageVariables["backend"]',
    message: null,
  },
  {
    name: 'a stage variable name with a dash',
    design: api({ stageVariables: { 'back-end': 'x' } }),
    path: 'api.stageVariables["back-end"]',
    message: 'only letters, digits and underscores',
  },
  {
    name: 'a stage variable value with a space',
    design: api({ stageVariables: { greeting: 'hello world' } }),
    path: 'api.stageVariables["greeting"]',
    message: 'must match [A-Za-z0-9-._~:/?#&=,]+',
  },
  {
    name: 'an empty stage variable value',
    design: api({ stageVariables: { empty: '' } }),
    path: 'api.stageVariables["empty"]',
    message: 'not empty',
  },
  {
    name: 'a 513-character value',
    design: api({ stageVariables: { long: 'a'.repeat(513) } }),
    path: 'api.stageVariables["long"]',
    message: 'the limit is 512',
  },
  {
    name: 'a 65-character name',
    design: api({ stageVariables: { ['n'.repeat(65)]: 'x' } }),
    path: `api.stageVariables["${'n'.repeat(65)}"]`,
    message: 'the limit is 64',
  },
  {
    name: '100 stage variables are allowed',
    design: api({ stageVariables: many(100) }),
    path: 'api.stageVariables',
    message: null,
  },
  {
    name: '101 stage variables are not',
    design: api({ stageVariables: many(101) }),
    path: 'api.stageVariables',
    message: 'a stage has at most 100',
  },
  {
    name: "a sample's stage variables follow the same rules",
    design: withDesign({ samples: [{ stageVariables: { 'bad-name': 'x' } }] }),
    path: 'samples[0].stageVariables["bad-name"]',
    message: 'only letters, digits and underscores',
  },
];

describe('validateDesign: method, API settings, stage variables', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkRuleCase(c));
});
