// integration.requestParameters. Source:
// https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-parameter-mapping-sources.html (targets,
// sources, the name pattern '^[a-zA-Z0-9._$-]+$', "The name must be one of the supported context variables"); a boolean
// value's message is real AWS's (docs/apigw-behaviour.md#put-integration-validation); an undeclared parameter is
// "Invalid mapping expression specified" (https://repost.aws/knowledge-center/api-gateway-proxy-path-parameter-error).
import { describe, it } from 'vitest';
import { defaultDesign } from '../../src/model/index.ts';
import { checkRuleCase, withDesign, withIntegration, type RuleCase } from './helpers.ts';

const base = defaultDesign();
/** The default design plus one mapping, with these method request parameters declared. */
function mapping(target: string, source: unknown, declared: Record<string, boolean> = {}) {
  const design = withDesign({ method: { ...base.method, requestParameters: declared } });
  return withIntegration({ requestParameters: { ...base.integration.requestParameters, [target]: source } }, design);
}
const at = (target: string) => `integration.requestParameters[${JSON.stringify(target)}]`;
const H = 'integration.request.header.X-Pet';

const cases: RuleCase[] = [
  {
    name: 'path parameter of the resource path is implicitly declared',
    design: mapping('integration.request.path.id', 'method.request.path.petId'),
    path: at('integration.request.path.id'),
    message: null,
  },
  {
    name: 'declared query string',
    design: mapping(H, 'method.request.querystring.pet', { 'method.request.querystring.pet': false }),
    path: at(H),
    message: null,
  },
  {
    name: 'declared header, read as multivalueheader',
    design: mapping(H, 'method.request.multivalueheader.X-Pet', { 'method.request.header.X-Pet': true }),
    path: at(H),
    message: null,
  },
  {
    name: 'declared query string, read as multivaluequerystring',
    design: mapping(H, 'method.request.multivaluequerystring.tag', { 'method.request.querystring.tag': false }),
    path: at(H),
    message: null,
  },
  {
    // PutIntegration's own words, as deploys report them (https://github.com/aws/aws-cdk/issues/17318).
    name: 'undeclared header: PutIntegration refuses it with AWS message',
    design: mapping(H, 'method.request.header.X-Pet'),
    path: at(H),
    message:
      'Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified: method.request.header.X-Pet]',
  },
  {
    name: 'undeclared path parameter',
    design: mapping(H, 'method.request.path.owner'),
    path: at(H),
    message: 'add {owner} to method.resourcePath',
  },
  { name: 'the whole body', design: mapping(H, 'method.request.body'), path: at(H), message: null },
  {
    name: 'a body JSONPath without $.',
    design: mapping(H, 'method.request.body.petstore.pets[0].name'),
    path: at(H),
    message: null,
  },
  {
    name: 'a body JSONPath with $. is refused',
    design: mapping(H, 'method.request.body.$.name'),
    path: at(H),
    message: 'without the leading "$."',
  },
  { name: "a static value 'application/json'", design: mapping(H, "'application/json'"), path: at(H), message: null },
  {
    name: 'a static value missing its closing quote',
    design: mapping(H, "'application/json"),
    path: at(H),
    message: 'enclosed in single quotes',
  },
  {
    name: 'a double-quoted value is not a static value',
    design: mapping(H, '"json"'),
    path: at(H),
    message: 'Invalid mapping expression specified: "json"',
  },
  {
    name: 'stageVariables.NAME',
    design: withDesign({ api: { stageVariables: { petHeader: 'x' } } }, mapping(H, 'stageVariables.petHeader')),
    path: at(H),
    message: null,
  },
  {
    name: 'stageVariables with a bad name',
    design: mapping(H, 'stageVariables.pet-header'),
    path: at(H),
    message: 'stage variable name',
  },
  { name: 'context.requestId is supported', design: mapping(H, 'context.requestId'), path: at(H), message: null },
  {
    name: 'context.identity.sourceIp is supported',
    design: mapping(H, 'context.identity.sourceIp'),
    path: at(H),
    message: null,
  },
  {
    name: 'context.authorizer.claims.email (any claim)',
    design: mapping(H, 'context.authorizer.claims.email'),
    path: at(H),
    message: null,
  },
  {
    name: 'context.integrationLatency is access-log only',
    design: mapping(H, 'context.integrationLatency'),
    path: at(H),
    message: 'is not a supported context variable',
  },
  {
    name: 'a boolean value: real AWS message',
    design: mapping(H, true),
    path: at(H),
    message:
      'Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression specified: true]',
  },
  {
    name: 'integration.request.body is not a target',
    design: mapping('integration.request.body', "'x'"),
    path: at('integration.request.body'),
    message: 'expected integration.request.{path|querystring|header}.NAME',
  },
  {
    name: 'a target name with a space',
    design: mapping('integration.request.header.X Pet', "'x'"),
    path: at('integration.request.header.X Pet'),
    message: 'must match ^[a-zA-Z0-9._$-]+$',
  },
  {
    name: 'method.request.cookie is not a source',
    design: mapping(H, 'method.request.cookie.session'),
    path: at(H),
    message: 'expected method.request.{path|querystring|header',
  },
];

describe('validateDesign: integration.requestParameters', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkRuleCase(c));
});
