import { describe, expect, it } from 'vitest';
import { runSimulation, type TemplateScope } from '../../src/engine/round-trip.ts';
import type { Design, SampleRequest } from '../../src/model/types.ts';
import { designOf, jsonSample, stubParts } from './stub-engine.ts';

const run = (design: Design, sample: SampleRequest = jsonSample, options = {}, calls?: TemplateScope[]) =>
  runSimulation(design, sample, { deterministic: true, ...options }, stubParts(calls));
const STAMP = 'Thu Jan 01 00:00:00 UTC 2026';
const LAMBDA_PROXY_URI =
  'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations';

describe('request template and passthrough (DG integration-passthrough-behaviors)', () => {
  it('a matching template transforms the body; the mapped parameters fill the URL', async () => {
    const t = await run(
      designOf({
        type: 'HTTP',
        httpMethod: 'PUT',
        requestParameters: { 'integration.request.path.id': 'method.request.path.petId' },
        requestTemplates: { 'application/json': '{"pet": $input.body}' },
        passthroughBehavior: 'WHEN_NO_TEMPLATES',
      }),
    );
    expect(t.templateSelection).toMatchObject({
      contentType: 'application/json',
      matchedKey: 'application/json',
      outcome: 'TEMPLATE',
    });
    expect(t.requestParameters).toEqual({ 'integration.request.path.id': '42' });
    expect(t.integrationRequest).toMatchObject({
      method: 'PUT',
      url: 'https://pets.example.com/pets/42',
      body: '{"pet": {"name":"Rex"}}',
    });
    expect(t.contentHandling).toMatchObject({ setting: null, conversion: 'NONE' });
    expect(t.backend).toBeNull();
    expect(t.methodResponse).toBeNull();
    expect(t.error).toBeNull();
  });

  it('no template for text/plain under WHEN_NO_MATCH: the body passes through unchanged', async () => {
    const t = await run(
      designOf({ type: 'HTTP', requestTemplates: { 'application/json': 'x' }, passthroughBehavior: 'WHEN_NO_MATCH' }),
      {
        ...jsonSample,
        headers: { 'Content-Type': 'text/plain' },
        body: 'hello',
      },
    );
    expect(t.templateSelection?.outcome).toBe('PASSTHROUGH');
    expect(t.integrationRequest?.body).toBe('hello');
  });

  it.each(['WHEN_NO_TEMPLATES', 'NEVER'] as const)(
    '%s with no matching template: 415 {"message":"Unsupported Media Type"}',
    async (behavior) => {
      const t = await run(
        designOf({ type: 'HTTP', requestTemplates: { 'application/json': 'x' }, passthroughBehavior: behavior }),
        {
          ...jsonSample,
          headers: { 'Content-Type': 'application/xml' },
        },
      );
      expect(t.templateSelection?.outcome).toBe('REJECTED');
      expect(t.integrationRequest).toBeNull();
      expect(t.backend).toBeNull();
      expect(t.methodResponse).toEqual({
        statusCode: 415,
        headers: { 'Content-Type': 'application/json' },
        body: '{"message":"Unsupported Media Type"}',
        isBase64Encoded: false,
      });
      expect(t.log.at(-1)).toBe(`${STAMP} : Method completed with status: 415`);
    },
  );

  it('proxy integrations ignore templates and pass the request through', async () => {
    const t = await run(
      designOf({
        type: 'HTTP_PROXY',
        uri: 'http://backend/{id}',
        requestTemplates: { 'application/json': 'x' },
        passthroughBehavior: 'NEVER',
      }),
    );
    expect(t.templateSelection?.outcome).toBe('PASSTHROUGH');
    expect(t.integrationRequest?.body).toBe('{"name":"Rex"}');
  });
});

describe('contentHandling in the pipeline (DG api-gateway-payload-encodings-workflow)', () => {
  const png = {
    method: 'POST',
    path: '/pets/42',
    headers: { 'Content-Type': 'image/png' },
    body: 'iVBORw0KGgo=',
    isBase64Encoded: true,
  };

  it('a binary payload is passed through as is even when a template matches', async () => {
    const t = await run(designOf({ type: 'HTTP', requestTemplates: { 'image/png': '{"b": "$input.body"}' } }), png);
    expect(t.templateSelection).toMatchObject({ matchedKey: 'image/png', outcome: 'PASSTHROUGH' });
    expect(t.templateSelection?.reason).toContain('binary');
    expect(t.integrationRequest).toMatchObject({ body: 'iVBORw0KGgo=', isBase64Encoded: true });
  });

  it('CONVERT_TO_TEXT: the template sees the base64 text as $input.body (DG example {"body": "$input.body"})', async () => {
    const calls: TemplateScope[] = [];
    const t = await run(
      designOf({
        type: 'HTTP',
        contentHandling: 'CONVERT_TO_TEXT',
        requestTemplates: { 'image/png': '{"body": "$input.body"}' },
      }),
      png,
      {},
      calls,
    );
    expect(calls[0]?.body).toBe('iVBORw0KGgo=');
    expect(t.contentHandling).toMatchObject({ setting: 'CONVERT_TO_TEXT', conversion: 'TO_TEXT' });
    expect(t.integrationRequest).toMatchObject({ body: '{"body": "iVBORw0KGgo="}', isBase64Encoded: false });
  });

  it('CONVERT_TO_BINARY of text that is not base64: 500, an API configuration error', async () => {
    const t = await run(designOf({ type: 'HTTP', contentHandling: 'CONVERT_TO_BINARY' }));
    expect(t.contentHandling).toMatchObject({ setting: 'CONVERT_TO_BINARY', conversion: 'TO_BINARY' });
    expect(t.error).toMatchObject({ stage: 'content' });
    expect(t.methodResponse?.statusCode).toBe(500);
    expect(t.integrationRequest).toBeNull();
    expect(t.log.at(-2)).toMatch(/Execution failed due to configuration error: /);
  });

  it('CONVERT_TO_BINARY with a template: the template output is decoded (undocumented order, request-body.ts)', async () => {
    const t = await run(
      designOf({ type: 'HTTP', contentHandling: 'CONVERT_TO_BINARY', requestTemplates: { 'text/plain': 'aGVsbG8=' } }),
      {
        ...jsonSample,
        headers: { 'Content-Type': 'text/plain' },
        body: 'ignored',
      },
    );
    expect(t.integrationRequest).toMatchObject({ body: 'aGVsbG8=', isBase64Encoded: true });
    expect(t.contentHandling?.conversion).toBe('TO_BINARY');
  });

  it('CONVERT_TO_BINARY of base64 text: a binary blob', async () => {
    const t = await run(designOf({ type: 'HTTP', contentHandling: 'CONVERT_TO_BINARY' }), {
      ...jsonSample,
      headers: { 'Content-Type': 'text/plain' },
      body: 'aGVsbG8=',
    });
    expect(t.integrationRequest).toMatchObject({ body: 'aGVsbG8=', isBase64Encoded: true });
  });
});

describe('$context.requestOverride (DG apigateway-override-request-response-parameters)', () => {
  it('overrides win over parameter mappings', async () => {
    const override = {
      request: { header: { 'X-A': 'from-override' }, querystring: { q: ['1', '2'] }, path: { id: '7' } },
    };
    const t = await run(
      designOf({
        type: 'HTTP',
        requestParameters: {
          'integration.request.path.id': 'method.request.path.petId',
          'integration.request.header.x-a': "'mapped'",
        },
        requestTemplates: { 'application/json': `##override ${JSON.stringify(override)}\n{}` },
      }),
    );
    expect(t.integrationRequest?.url).toBe('https://pets.example.com/pets/7?q=1&q=2');
    expect(t.integrationRequest?.headers['X-A']).toBe('from-override');
    expect(t.integrationRequest?.headers).not.toHaveProperty('x-a');
  });

  it('overriding a parameter twice: 500 Internal server error, logged', async () => {
    const t = await run(designOf({ type: 'HTTP', requestTemplates: { 'application/json': '#fail override-twice' } }));
    expect(t.error).toMatchObject({ stage: 'template', line: 2, column: 3 });
    expect(t.methodResponse).toMatchObject({ statusCode: 500, body: '{"message": "Internal server error"}' });
    expect(t.log.slice(-2)).toEqual([
      `${STAMP} : Execution failed due to configuration error: failed: override-twice`,
      `${STAMP} : Method completed with status: 500`,
    ]);
  });

  it('any other template failure: 500, logged as "Unable to transform request", the Trace keeps line and column', async () => {
    const t = await run(designOf({ type: 'HTTP', requestTemplates: { 'application/json': '#fail parse' } }));
    expect(t.error).toEqual({ stage: 'template', message: 'failed: parse', line: 2, column: 3, template: 'request' });
    expect(t.log.at(-2)).toBe(`${STAMP} : Execution failed due to configuration error: Unable to transform request`);
  });

  it('a header API Gateway sets itself cannot be mapped: 500 (LS-code, docs/apigw-behaviour.md#forbidden-headers)', async () => {
    const t = await run(
      designOf({ type: 'HTTP', requestParameters: { 'integration.request.header.Content-Length': "'5'" } }),
    );
    expect(t.error?.stage).toBe('parameters');
    expect(t.methodResponse?.statusCode).toBe(500);
  });
});

describe('MOCK (DG how-to-mock-integration)', () => {
  const mock = (template: string | null, extra: Partial<Design['integration']> = {}) =>
    designOf(
      {
        type: 'MOCK',
        uri: null,
        requestTemplates: template === null ? {} : { 'application/json': template },
        integrationResponses: {
          '200': {
            statusCode: '200',
            selectionPattern: null,
            responseTemplates: { 'application/json': '{"message": "Go ahead without me"}' },
          },
          '500': { statusCode: '500', selectionPattern: '5\\d{2}', responseTemplates: {} },
        },
        ...extra,
      },
      { methodResponses: { '200': { statusCode: '200' }, '500': { statusCode: '500' } } },
    );

  it('{"statusCode": 200} selects the default response; its template gives the body', async () => {
    const t = await run(mock('{"statusCode": 200}'));
    expect(t.integrationRequest).toBeNull();
    expect(t.backend).toBeNull();
    expect(t.integrationResponse).toEqual({ statusCode: '200', selectionPattern: null });
    expect(t.methodResponse).toEqual({
      statusCode: 200,
      headers: { 'Content-Type': 'application/json' },
      body: '{"message": "Go ahead without me"}',
      isBase64Encoded: false,
    });
    expect(t.log.slice(-4)).toEqual([
      `${STAMP} : Method response body after transformations: {"message": "Go ahead without me"}`,
      `${STAMP} : Method response headers: {Content-Type=application/json}`,
      `${STAMP} : Successfully completed execution`,
      `${STAMP} : Method completed with status: 200`,
    ]);
  });

  it('{statusCode: 500} (lax form) full-matches 5\\d{2}; no template: empty body', async () => {
    const t = await run(mock('{statusCode: 500}'));
    expect(t.integrationResponse).toEqual({ statusCode: '500', selectionPattern: '5\\d{2}' });
    expect(t.methodResponse).toMatchObject({ statusCode: 500, body: '' });
  });

  it('no statusCode: 500 with the "Unable to parse statusCode" log line', async () => {
    const t = await run(mock('{"hello": 1}'));
    expect(t.methodResponse?.statusCode).toBe(500);
    expect(t.error?.stage).toBe('integration');
    expect(t.log.at(-2)).toBe(
      `${STAMP} : Execution failed due to configuration error: Unable to parse statusCode. It should be an integer that is defined in the request template.`,
    );
  });

  it("the request template's responseOverride applies to a MOCK response (LS-snap 2025-05-16: 444 and foo: bar)", async () => {
    const override = { response: { status: 444, header: { foo: 'bar' } } };
    const t = await run(mock(`##override ${JSON.stringify(override)}\n{"statusCode": 500}`));
    expect(t.integrationResponse?.statusCode).toBe('500');
    expect(t.methodResponse).toMatchObject({ statusCode: 444, headers: { foo: 'bar' } });
    expect(t.log.at(-1)).toBe(`${STAMP} : Method completed with status: 444`);
  });

  it("with a response template, the request template's overrides are inherited and the response template's win", async () => {
    const override = { response: { status: 444, header: { foo: 'bar', keep: 'me' } } };
    const design = mock(`##override ${JSON.stringify(override)}\n{"statusCode": 200}`);
    design.integration.integrationResponses!['200']!.responseTemplates = {
      'application/json': `##override ${JSON.stringify({ response: { header: { foo: 'baz' } } })}\n{}`,
    };
    const t = await run(design);
    expect(t.methodResponse).toMatchObject({ statusCode: 444, headers: { foo: 'baz', keep: 'me' }, body: '{}' });
  });

  it('a code no pattern matches and no default: 500', async () => {
    const t = await run(
      mock('{"statusCode": 404}', {
        integrationResponses: { '500': { statusCode: '500', selectionPattern: '5\\d{2}' } },
      }),
    );
    expect(t.methodResponse?.statusCode).toBe(500);
    expect(t.integrationResponse).toBeNull();
  });
});

describe('method request and log', () => {
  it('a path that does not fit the resource: 403 Missing Authentication Token', async () => {
    const t = await run(designOf({ type: 'HTTP' }), { ...jsonSample, path: '/owners/1' });
    expect(t.error?.stage).toBe('method');
    expect(t.methodRequest).toBeNull();
    expect(t.methodResponse).toMatchObject({ statusCode: 403, body: '{"message":"Missing Authentication Token"}' });
  });

  it('prints the console "Test" log lines in order', async () => {
    const t = await run(
      designOf({ type: 'HTTP', requestParameters: { 'integration.request.path.id': 'method.request.path.petId' } }),
    );
    expect(t.log).toEqual([
      'Execution log for request c0ffee00-0000-4000-8000-000000000001',
      `${STAMP} : Starting execution for request: c0ffee00-0000-4000-8000-000000000001`,
      `${STAMP} : HTTP Method: POST, Resource Path: /pets/42`,
      `${STAMP} : Method request path: {petId=42}`,
      `${STAMP} : Method request query string: {}`,
      `${STAMP} : Method request headers: {Content-Type=application/json}`,
      `${STAMP} : Method request body before transformations: {"name":"Rex"}`,
      `${STAMP} : Endpoint request URI: https://pets.example.com/pets/42`,
      `${STAMP} : Endpoint request headers: {Content-Type=application/json, x-amzn-apigateway-api-id=abc123, Accept=application/json, User-Agent=AmazonAPIGateway_abc123, X-Amzn-Trace-Id=Root=1-6955b900-c0ffee000000400080000000}`,
      `${STAMP} : Endpoint request body after transformations: {"name":"Rex"}`,
      `${STAMP} : Sending request to https://pets.example.com/pets/42`,
    ]);
  });

  it('with a backend: the response is logged and mapped', async () => {
    const backend = async () => ({
      statusCode: 201,
      headers: { 'Content-Type': 'application/json' },
      body: '{"id":1}',
      isBase64Encoded: false,
    });
    const t = await run(
      designOf({ type: 'HTTP', integrationResponses: { '200': { statusCode: '200' } } }),
      jsonSample,
      { backend },
    );
    expect(t.backend?.statusCode).toBe(201);
    expect(t.integrationResponse).toEqual({ statusCode: '200', selectionPattern: null });
    expect(t.methodResponse).toMatchObject({ statusCode: 200, body: '{"id":1}' });
    expect(t.log).toContain(`${STAMP} : Received response. Status: 201, Integration latency: 0 ms`);
  });

  it('the integration latency is one number: the log line and Trace.backendCall agree (injected clock)', async () => {
    const readings = [1000, 1020];
    const backend = async () => ({ statusCode: 200, headers: {}, body: '{}', isBase64Encoded: false });
    const t = await run(
      designOf({ type: 'HTTP', integrationResponses: { '200': { statusCode: '200' } } }),
      jsonSample,
      {
        backend,
        clock: () => readings.shift() ?? 1020,
      },
    );
    expect(t.backendCall).toEqual({ outcome: 'answered', latencyMs: 20, functionError: null });
    expect(t.log).toContain(`${STAMP} : Received response. Status: 200, Integration latency: 20 ms`);
  });

  it('a Lambda function error is flagged in Trace.backendCall (X-Amz-Function-Error, Lambda API_Invoke)', async () => {
    const backend = async () => ({
      statusCode: 200,
      headers: { 'X-Amz-Function-Error': 'Unhandled' },
      body: '{"errorMessage":"boom","errorType":"Error"}',
      isBase64Encoded: false,
    });
    const t = await run(designOf({ type: 'AWS_PROXY', uri: LAMBDA_PROXY_URI }), jsonSample, { backend });
    expect(t.backendCall?.functionError).toEqual({ errorMessage: 'boom', errorType: 'Error' });
    expect(t.methodResponse?.statusCode).toBe(502);
  });
});
