// The round-trip behaviours recorded on real API Gateway (REGIONAL endpoints) that issue #12 of this project lists,
// each run through the real engine (simulate). Every expected value comes from that recording; docs/apigw-fidelity.md
// lists them with their sources.
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/engine/index.ts';
import { simulate } from '../../src/engine/simulate.ts';
import type { TraceHttpMessage, TraceResponse } from '../../src/engine/trace.ts';
import type { Design, Integration, SampleRequest } from '../../src/model/types.ts';

const LAMBDA_URI =
  'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations';

function design(integration: Integration, extra: Partial<Design> = {}): Design {
  return {
    format: 'integration-designer/1',
    name: 'recorded',
    api: { stageName: 'test' },
    method: { httpMethod: 'POST', resourcePath: '/pets' },
    integration,
    methodResponses: { '200': { statusCode: '200' } },
    samples: [],
    ...extra,
  };
}

const DROPPED = [
  'Content-MD5',
  'Expect',
  'Max-Forwards',
  'Proxy-Authenticate',
  'Server',
  'TE',
  'Trailer',
  'Upgrade',
  'WWW-Authenticate',
];
const sample = (headers: Record<string, string> = {}): SampleRequest => ({
  method: 'POST',
  path: '/pets',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: '{}',
  context: { identity: { sourceIp: '203.0.113.9' } },
});
const ok: TraceResponse = { statusCode: 200, headers: {}, body: '{}', isBase64Encoded: false };
function recording(answer: TraceResponse = ok) {
  const seen: TraceHttpMessage[] = [];
  return {
    seen,
    backend: async (request: TraceHttpMessage) => {
      seen.push(request);
      return answer;
    },
  };
}
const lower = (o: Record<string, unknown> | null | undefined) => Object.keys(o ?? {}).map((k) => k.toLowerCase());

describe('1. headers API Gateway drops from the method request (recorded on AWS, issue #12)', () => {
  const clientHeaders = Object.fromEntries(DROPPED.map((h) => [h, 'client-value']));

  it.each(DROPPED)("$input.params('%s') is empty in a request template", async (name) => {
    const t = await simulate(
      design({
        type: 'MOCK',
        requestTemplates: { 'application/json': `{"statusCode": 200}` },
        integrationResponses: {
          '200': { statusCode: '200', responseTemplates: { 'application/json': '' } },
        },
      }),
      sample(clientHeaders),
      { deterministic: true },
    );
    expect(t.headerRules).toContainEqual({ header: name, rule: 'dropped-from-method-request' });
    const http = await simulate(
      design({
        type: 'HTTP',
        httpMethod: 'POST',
        uri: 'https://example.com/pets',
        requestTemplates: { 'application/json': `[$input.params('${name}')]` },
      }),
      sample(clientHeaders),
      { deterministic: true },
    );
    expect(http.integrationRequest?.body).toBe('[]');
  });

  it.each(DROPPED)("renderTemplate (the render command) agrees: $input.params('%s') is empty", (name) => {
    const result = renderTemplate(`[$input.params('${name}')]`, sample(clientHeaders));
    expect(result).toEqual({ output: '[]' });
  });

  it('none is in the AWS_PROXY event; the event carries X-Forwarded-For/-Port/-Proto', async () => {
    const { seen, backend } = recording({ ...ok, body: '{"statusCode":200}' });
    const t = await simulate(
      design({ type: 'AWS_PROXY', httpMethod: 'POST', uri: LAMBDA_URI }),
      sample({ ...clientHeaders, 'X-Kept': 'yes' }),
      {
        deterministic: true,
        backend,
      },
    );
    const event = JSON.parse(seen[0]!.body);
    for (const name of DROPPED.map((h) => h.toLowerCase())) {
      expect(lower(event.headers)).not.toContain(name);
      expect(lower(event.multiValueHeaders)).not.toContain(name);
    }
    expect(event.headers).toMatchObject({
      'X-Kept': 'yes',
      'X-Forwarded-For': '203.0.113.9',
      'X-Forwarded-Port': '443',
      'X-Forwarded-Proto': 'https',
    });
    expect(t.methodRequest?.headers).toHaveProperty('Expect', 'client-value'); // the Trace keeps what the client sent
  });

  it('none reaches an HTTP_PROXY backend', async () => {
    const { seen, backend } = recording();
    await simulate(
      design({ type: 'HTTP_PROXY', httpMethod: 'ANY', uri: 'https://example.com/pets' }),
      sample(clientHeaders),
      { deterministic: true, backend },
    );
    for (const name of DROPPED.map((h) => h.toLowerCase())) expect(lower(seen[0]!.headers)).not.toContain(name);
  });
});

describe('2. mapped hop-by-hop headers are not delivered (recorded on AWS, issue #12)', () => {
  const mapped = ['Connection', 'Proxy-Authenticate', 'TE', 'Via', 'Trailer', 'Upgrade', 'X-Custom'];
  const requestParameters = Object.fromEntries(mapped.map((h) => [`integration.request.header.${h}`, "'v'"]));
  it.each(['HTTP', 'HTTP_PROXY'] as const)('%s: Connection, Proxy-Authenticate, TE, Via are not sent', async (type) => {
    const t = await simulate(
      design({ type, httpMethod: 'POST', uri: 'https://example.com/pets', requestParameters }),
      sample(),
      { deterministic: true },
    );
    const sent = lower(t.integrationRequest?.headers);
    for (const h of ['connection', 'proxy-authenticate', 'te', 'via']) expect(sent).not.toContain(h);
    for (const h of ['trailer', 'upgrade', 'x-custom']) expect(sent).toContain(h);
    expect(t.headerRules?.filter((r) => r.rule === 'hop-by-hop-not-delivered').map((r) => r.header)).toEqual([
      'Connection',
      'Proxy-Authenticate',
      'TE',
      'Via',
    ]);
  });
});

describe('3. reserved response headers set by responseParameters (recorded on AWS, issue #12)', () => {
  const names = {
    remapped: [
      'Authorization',
      'Connection',
      'Content-Length',
      'Content-MD5',
      'Date',
      'Expect',
      'Host',
      'Max-Forwards',
      'Proxy-Authenticate',
      'Server',
      'Trailer',
      'Upgrade',
      'User-Agent',
      'WWW-Authenticate',
    ],
    kept: [
      'Accept',
      'Accept-Language',
      'Age',
      'Content-Encoding',
      'Content-Type',
      'Pragma',
      'Range',
      'Referer',
      'TE',
      'Warn',
    ],
    dropped: ['Transfer-Encoding'],
  };
  const all = [...names.remapped, ...names.kept, ...names.dropped];
  const responseParameters = Object.fromEntries(all.map((h) => [`method.response.header.${h}`, "'v'"]));
  const declared = Object.fromEntries(all.map((h) => [`method.response.header.${h}`, false]));

  it('x-amzn-Remapped-<X> for the reserved ones, kept names for the others, Transfer-Encoding dropped', async () => {
    const t = await simulate(
      design(
        {
          type: 'MOCK',
          requestTemplates: { 'application/json': '{"statusCode": 200}' },
          integrationResponses: { '200': { statusCode: '200', responseParameters } },
        },
        { methodResponses: { '200': { statusCode: '200', responseParameters: declared } } },
      ),
      sample(),
      { deterministic: true },
    );
    const headers = t.methodResponse?.headers ?? {};
    for (const h of names.remapped) {
      expect(headers).toHaveProperty([`x-amzn-Remapped-${h}`], 'v');
      expect(headers).not.toHaveProperty([h]);
    }
    for (const h of names.kept) expect(headers).toHaveProperty([h], 'v');
    expect(lower(headers)).not.toContain('transfer-encoding');
    expect(t.headerRules).toContainEqual({ header: 'Date', rule: 'remapped', to: 'x-amzn-Remapped-Date' });
    expect(t.headerRules).toContainEqual({ header: 'Transfer-Encoding', rule: 'dropped-from-method-response' });
    expect(t.log.join('\n')).toMatch(/Method response headers: \{.*x-amzn-Remapped-Date=v/);
  });
});

describe('4. overrides are readable later in the round trip: MOCK response template (recorded on AWS, issue #12)', () => {
  it('$context.responseOverride.status and a header override set by the request template read "444" and "bar"', async () => {
    const t = await simulate(
      design({
        type: 'MOCK',
        requestTemplates: {
          'application/json':
            '#set($context.responseOverride.status = 444)\n#set($context.responseOverride.header.foo = "bar")\n{"statusCode": 200}',
        },
        integrationResponses: {
          '200': {
            statusCode: '200',
            responseTemplates: {
              'application/json':
                '{"status": "$context.responseOverride.status", "foo": "$context.responseOverride.header.foo"}',
            },
          },
        },
      }),
      sample(),
      { deterministic: true },
    );
    expect(t.methodResponse?.body).toBe('{"status": "444", "foo": "bar"}');
    expect(t.methodResponse?.statusCode).toBe(444);
    expect(t.methodResponse?.headers).toHaveProperty('foo', 'bar');
  });

  it('a response template branching on $context.requestOverride.path.body takes the matching branch', async () => {
    const t = await simulate(
      design({
        type: 'MOCK',
        requestTemplates: {
          'application/json': '#set($context.requestOverride.path.body = "yes")\n{"statusCode": 200}',
        },
        integrationResponses: {
          '200': {
            statusCode: '200',
            responseTemplates: {
              'application/json': '#if($context.requestOverride.path.body == "yes")matched#{else}missed#end',
            },
          },
        },
      }),
      sample(),
      { deterministic: true },
    );
    expect(t.methodResponse?.body).toBe('matched');
  });
});

describe('5. a Lambda proxy result of {} is a 200 with an empty body (recorded on AWS, issue #12)', () => {
  it('{} -> 200, empty body; a function error stays a 502', async () => {
    const t = await simulate(design({ type: 'AWS_PROXY', httpMethod: 'POST', uri: LAMBDA_URI }), sample(), {
      deterministic: true,
      backend: recording({ ...ok, body: '{}' }).backend,
    });
    expect(t.methodResponse).toMatchObject({ statusCode: 200, body: '' });
    const crashed = await simulate(design({ type: 'AWS_PROXY', httpMethod: 'POST', uri: LAMBDA_URI }), sample(), {
      deterministic: true,
      backend: recording({ ...ok, headers: { 'X-Amz-Function-Error': 'Unhandled' }, body: '{}' }).backend,
    });
    expect(crashed.methodResponse?.statusCode).toBe(502);
  });
});

describe('6. CONVERT_TO_BINARY with a response template for the selected content type (recorded on AWS, issue #12)', () => {
  const png = 'iVBORw0KGgo=';
  const run = (contentHandling: 'CONVERT_TO_BINARY' | 'CONVERT_TO_TEXT') =>
    simulate(
      design(
        {
          type: 'HTTP',
          httpMethod: 'GET',
          uri: 'https://example.com/image',
          integrationResponses: {
            '200': {
              statusCode: '200',
              contentHandling,
              responseTemplates: { 'image/png': '{"image": "$input.body"}' },
            },
          },
        },
        { api: { stageName: 'test', binaryMediaTypes: ['image/png'] } },
      ),
      { ...sample({ Accept: 'image/png' }) },
      {
        deterministic: true,
        backend: recording({
          statusCode: 200,
          headers: { 'Content-Type': 'image/png' },
          body: png,
          isBase64Encoded: true,
        }).backend,
      },
    );
  it('CONVERT_TO_BINARY -> 500, logged', async () => {
    const t = await run('CONVERT_TO_BINARY');
    expect(t.methodResponse?.statusCode).toBe(500);
    expect(t.log.at(-2)).toMatch(/Execution failed due to configuration error: Unable to transform response$/);
  });
  it('CONVERT_TO_TEXT renders the template', async () => {
    const t = await run('CONVERT_TO_TEXT');
    expect(t.methodResponse).toMatchObject({ statusCode: 200, body: `{"image": "${png}"}` });
  });
});
