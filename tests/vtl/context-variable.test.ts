// $context, $stageVariables and the request/response overrides. DG ref =
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html DG overrides
// = https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-override-request-response-parameters.html
import { describe, expect, it } from 'vitest';
import { buildContext, buildStageVariables } from '../../src/engine/vtl/index.ts';
import { normalizeMethodRequest } from '../../src/engine/request/method-request.ts';
import type { Design, SampleRequest } from '../../src/model/types.ts';
import { render, renderError, run } from './render-helper.ts';

const design: Design = {
  format: 'integration-designer/1',
  name: 'Pets',
  api: { stageName: 'prod', stageVariables: { backend: 'pets.example.com', version: 'v1' } },
  method: { httpMethod: 'GET', resourcePath: '/pets/{petId}' },
  integration: { type: 'MOCK' },
  samples: [],
};
const sample: SampleRequest = { method: 'GET', path: '/pets/42', headers: { 'User-Agent': 'curl/7.84.0' } };

function contextFor(s: SampleRequest, options = { deterministic: true }) {
  return buildContext(normalizeMethodRequest(s, design), design, s, options);
}

describe('buildContext: every REST context variable usable in templates (DG ref, first table)', () => {
  const ctx = contextFor(sample);

  it.each([
    'accountId',
    'apiId',
    'authorizer',
    'awsEndpointRequestId',
    'deploymentId',
    'domainName',
    'domainPrefix',
    'error',
    'extendedRequestId',
    'httpMethod',
    'identity',
    'path',
    'protocol',
    'requestId',
    'requestTime',
    'requestTimeEpoch',
    'resourceId',
    'resourcePath',
    'stage',
    'wafResponseCode',
    'webaclArn',
  ])('has %s', (name) => {
    expect(Object.keys(ctx)).toContain(name);
  });

  it.each([
    'accountId',
    'apiKey',
    'apiKeyId',
    'caller',
    'cognitoAuthenticationProvider',
    'cognitoAuthenticationType',
    'cognitoIdentityId',
    'cognitoIdentityPoolId',
    'principalOrgId',
    'sourceIp',
    'user',
    'userAgent',
    'userArn',
    'clientCert',
  ])('has identity.%s', (name) => {
    expect(Object.keys(ctx.identity as object)).toContain(name);
  });

  it.each([
    ['httpMethod', 'GET'],
    ['resourcePath (DG: /root/child form)', '/pets/{petId}'],
    ['path is /{stage}/... (DG: "/{stage}/root/child")', '/prod/pets/42'],
    ['stage', 'prod'],
    ['protocol (DG: "for example, HTTP/1.1")', 'HTTP/1.1'],
    ['requestId in deterministic mode', '00000000-0000-4000-8000-000000000000'],
    ['requestTime in CLF dd/MMM/yyyy:HH:mm:ss +0000 (DG)', '01/Jan/2026:00:00:00 +0000'],
    ['requestTimeEpoch in ms', Date.UTC(2026, 0, 1)],
  ])('%s', (name, expected) => {
    expect(ctx[name.split(' ')[0]!]).toEqual(expected);
  });

  it('identity.userAgent is the User-Agent header (DG ref)', () => {
    expect((ctx.identity as Record<string, unknown>).userAgent).toBe('curl/7.84.0');
  });

  it('domainPrefix is the first label of domainName (DG ref)', () => {
    expect(String(ctx.domainName).split('.')[0]).toBe(ctx.domainPrefix);
  });

  it('ids are uuid-like and change between requests when not deterministic', () => {
    const a = contextFor(sample, { deterministic: false });
    const b = contextFor(sample, { deterministic: false });
    expect(a.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(a.requestId).not.toBe(b.requestId);
  });

  it('the sample deep-overrides generated values (docs/design-contracts.md#sample-request)', () => {
    const ctx2 = contextFor({
      ...sample,
      context: { identity: { sourceIp: '203.0.113.9' }, authorizer: { principalId: 'me' } },
    });
    expect((ctx2.identity as Record<string, unknown>).sourceIp).toBe('203.0.113.9');
    expect((ctx2.identity as Record<string, unknown>).userAgent).toBe('curl/7.84.0');
    expect((ctx2.authorizer as Record<string, unknown>).principalId).toBe('me');
  });

  it('DG ref: authorizer context values are stringified (numKey 1 -> "1", boolKey true -> "true")', () => {
    const ctx2 = contextFor({ ...sample, context: { authorizer: { key: 'value', numKey: 1, boolKey: true } } });
    expect(ctx2.authorizer).toMatchObject({ key: 'value', numKey: '1', boolKey: 'true' });
  });

  it("stage variables: the API's, overridden by the sample's", () => {
    expect(buildStageVariables(design, { stageVariables: { version: 'v2' } })).toEqual({
      backend: 'pets.example.com',
      version: 'v2',
    });
  });
});

describe('$context and $stageVariables in templates', () => {
  it('DG "$context Variable Template Example" with the documented example values', () => {
    const template = `{
    "stage" : "$context.stage",
    "request_id" : "$context.requestId",
    "api_id" : "$context.apiId",
    "resource_path" : "$context.resourcePath",
    "resource_id" : "$context.resourceId",
    "http_method" : "$context.httpMethod",
    "source_ip" : "$context.identity.sourceIp",
    "user-agent" : "$context.identity.userAgent",
    "account_id" : "$context.identity.accountId",
    "api_key" : "$context.identity.apiKey",
    "caller" : "$context.identity.caller",
    "user" : "$context.identity.user",
    "user_arn" : "$context.identity.userArn"
}`;
    // Example values from
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-variable-examples.html
    const context = {
      stage: 'prod',
      requestId: 'abcdefg-000-000-0000-abcdefg',
      apiId: 'abcd1234',
      resourcePath: '/',
      resourceId: 'efg567',
      httpMethod: 'GET',
      identity: {
        sourceIp: '192.0.2.1',
        userAgent: 'curl/7.84.0',
        accountId: '111122223333',
        apiKey: 'MyTestKey',
        caller: 'ABCD-0000-12345',
        user: 'ABCD-0000-12345',
        userArn: 'arn:aws:sts::111122223333:assumed-role/Admin/carlos-salazar',
      },
    };
    expect(JSON.parse(render(template, { context }))).toEqual({
      stage: 'prod',
      request_id: 'abcdefg-000-000-0000-abcdefg',
      api_id: 'abcd1234',
      resource_path: '/',
      resource_id: 'efg567',
      http_method: 'GET',
      source_ip: '192.0.2.1',
      'user-agent': 'curl/7.84.0',
      account_id: '111122223333',
      api_key: 'MyTestKey',
      caller: 'ABCD-0000-12345',
      user: 'ABCD-0000-12345',
      user_arn: 'arn:aws:sts::111122223333:assumed-role/Admin/carlos-salazar',
    });
  });

  it('DG ref: $context.authorizer.claims itself is null (renders nothing), a claim property is readable', () => {
    expect(render('[$context.authorizer.claims]', { context: { authorizer: { claims: null } } })).toBe('[]');
    expect(
      render('$context.authorizer.claims.email', { context: { authorizer: { claims: { email: 'a@b.c' } } } }),
    ).toBe('a@b.c');
  });

  it.each([
    ['$stageVariables.<name>', '$stageVariables.backend'],
    ["$stageVariables['<name>']", "$stageVariables['backend']"],
    ["${stageVariables['<name>']}", "${stageVariables['backend']}"],
  ])('DG ref stage variable syntax %s', (_name, template) => {
    expect(render(template, { stageVariables: { backend: 'pets.example.com' } })).toBe('pets.example.com');
  });
});

describe('overrides ($context.requestOverride / responseOverride, DG overrides)', () => {
  it('DG tutorial: header override from two request headers; a list gives a multi-value header', () => {
    const template = `#set($header1Override = "foo")
#set($header3Value = "$input.params('header1')$input.params('header2')")
$input.json("$")
#set($context.requestOverride.header.header3 = $header3Value)
#set($context.requestOverride.header.header1 = $header1Override)
#set($context.requestOverride.header.multivalueheader=[$header1Override, $header3Value])`;
    const r = run(template, { body: '{"a":1}', header: { header1: 'header1Val', header2: 'header2Val' } });
    expect(r.ok && r.overrides.request.header).toEqual({
      header3: 'header1Valheader2Val',
      header1: 'foo',
      multivalueheader: ['foo', 'header1Valheader2Val'],
    });
    expect(r.ok && r.output.trim()).toBe('{"a":1}');
  });

  it('DG tutorial: response status override when the body contains "error"', () => {
    const template =
      '#set($inputRoot = $input.path(\'$\'))\n$input.json("$")\n#if($inputRoot.toString().contains("error"))\n#set($context.responseOverride.status = 400)\n#end';
    const body = '{"errors":[{"key":"GetPetRequest.petId","message":"The value is out of range."}]}';
    const r = run(template, { body });
    expect(r.ok && r.overrides.response.status).toBe(400);
    expect(r.ok && JSON.parse(r.output)).toEqual(JSON.parse(body));
  });

  it('query string, path and response header overrides (map-style writes too, LS-snap 2025-05-29)', () => {
    const template = `#set($name = "q1")#set($context.requestOverride.querystring[$name] = "bar")$context.requestOverride.querystring.put("q2", "baz")#set($context.requestOverride.path.id = 7)#set($context.responseOverride.header.foo = "bar")`;
    const r = run(template);
    expect(r.ok && r.overrides).toEqual({
      request: { header: {}, querystring: { q1: 'bar', q2: 'baz' }, path: { id: '7' } },
      response: { header: { foo: 'bar' } },
    });
  });

  it('DG: "Overrides are final": overriding the same parameter twice fails, at the second #set', () => {
    const e = renderError(
      '#set($context.requestOverride.header.h = "a")\n#set($context.requestOverride.header.h = "b")',
    );
    expect(e).toMatchObject({ code: 'override-twice', line: 2, column: 1 });
    expect(e.message).toMatch(/header\.h is overridden twice/);
  });

  it('a status outside 100-599 is ignored (LocalStack reading of AWS, unconfirmed)', () => {
    const r = run('#set($context.responseOverride.status = 999)');
    expect(r.ok && r.overrides.response.status).toBeUndefined();
  });
});
