// The response half end to end with a stand-in template renderer (the real one is the VTL engine's renderVtl, wired
// in simulate). Sources per case in the names: DG api-gateway-integration-settings-integration-response,
// DG apigateway-override-request-response-parameters, DG api-gateway-known-issues (default Content-Type),
// DG handle-errors-in-lambda-integration, DG set-up-lambda-proxy-integrations.
import { describe, expect, it } from 'vitest';
import type { Integration } from '../../src/model/types.ts';
import type { ResponseTemplateRenderer } from '../../src/engine/response/integration-response.ts';
import { respond, type RespondInput } from '../../src/engine/response/respond.ts';
import type { TraceResponse } from '../../src/engine/trace.ts';

/** Renders `{{body}}` as the body and reads `status=NNN` / `header:Name=value` lines as overrides. */
const render: ResponseTemplateRenderer = (template, body) => {
  if (template === 'FAIL') return { ok: false, message: 'Encountered "#end"', line: 2, column: 1 };
  const header: Record<string, unknown> = {};
  let status: unknown;
  const output = template
    .split('\n')
    .filter((line) => {
      const s = /^status=(.*)$/.exec(line);
      if (s) status = /^\d+$/.test(s[1]!) ? Number(s[1]) : s[1];
      const h = /^header:([^=]+)=(.*)$/.exec(line);
      if (h) header[h[1]!] = h[2];
      return !s && !h;
    })
    .join('\n')
    .replace('{{body}}', body);
  return { ok: true, output, overrides: { status, header } };
};

const LAMBDA_URI =
  'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:f/invocations';

function input(
  integration: Partial<Integration>,
  backend: Partial<TraceResponse>,
  extra: Partial<RespondInput> = {},
): RespondInput {
  return {
    integration: { type: 'HTTP', uri: 'https://example.com', ...integration } as Integration,
    backend: {
      statusCode: 200,
      headers: { 'Content-Type': 'application/json' },
      body: '{"name":"Rex"}',
      isBase64Encoded: false,
      ...backend,
    },
    stageVariables: {},
    context: { requestId: 'r-1' },
    render,
    ...extra,
  };
}

const responses = {
  '200': { statusCode: '200', responseTemplates: { 'application/json': '{"wrapped": {{body}}}' } },
  '404': {
    statusCode: '404',
    selectionPattern: '404',
    responseParameters: { 'method.response.header.X-Reason': "'missing'" },
  },
};

describe('respond: non-proxy', () => {
  it('an invalid selection pattern is recorded in the Trace (API_IntegrationResponse: a Java regex), never selected', async () => {
    const integrationResponses = { '200': { statusCode: '200' }, '400': { statusCode: '400', selectionPattern: '(' } };
    const out = await respond(input({ integrationResponses }, { statusCode: 400 }));
    expect(out.integrationResponse).toEqual({ statusCode: '200', selectionPattern: null });
    expect(out.details.invalidSelectionPatterns).toMatchObject([{ statusCode: '400', selectionPattern: '(' }]);
    expect(out.details.selectionSubject).toEqual({ kind: 'status', statusCode: '400' });
  });

  it('a failing response template is marked as the response template in the Trace error', async () => {
    const integrationResponses = { '200': { statusCode: '200', responseTemplates: { 'application/json': 'FAIL' } } };
    const out = await respond(input({ integrationResponses }, {}));
    expect(out.error).toMatchObject({ stage: 'template', template: 'response', line: 2 });
  });

  it('default response: the template transforms the body; Content-Type defaults to application/json (DG known-issues)', async () => {
    const out = await respond(input({ integrationResponses: responses }, {}));
    expect(out.integrationResponse).toEqual({ statusCode: '200', selectionPattern: null });
    expect(out.methodResponse).toEqual({
      statusCode: 200,
      headers: { 'Content-Type': 'application/json' },
      body: '{"wrapped": {"name":"Rex"}}',
      isBase64Encoded: false,
    });
    expect(out.log).toEqual([
      'Method response body after transformations: {"wrapped": {"name":"Rex"}}',
      'Method response headers: {Content-Type=application/json}',
      'Successfully completed execution',
      'Method completed with status: 200',
    ]);
  });

  it('backend headers do not reach the client unless mapped; a static mapping does', async () => {
    const out = await respond(
      input({ integrationResponses: responses }, { statusCode: 404, headers: { 'X-Backend': 'b' }, body: 'gone' }),
    );
    expect(out.methodResponse).toEqual({
      statusCode: 404,
      headers: { 'X-Reason': 'missing', 'Content-Type': 'application/json' },
      body: 'gone',
      isBase64Encoded: false,
    });
  });

  it('a Content-Type mapping replaces the default', async () => {
    const out = await respond(
      input(
        {
          integrationResponses: {
            '200': { statusCode: '200', responseParameters: { 'method.response.header.Content-Type': "'text/html'" } },
          },
        },
        {},
      ),
    );
    expect(out.methodResponse.headers).toEqual({ 'Content-Type': 'text/html' });
  });

  it('DG override doc: $context.responseOverride.status turns 200 into 400; header overrides win over mappings', async () => {
    const integrationResponses = {
      '200': {
        statusCode: '200',
        responseParameters: { 'method.response.header.X-A': "'mapped'" },
        responseTemplates: { 'application/json': 'status=400\nheader:X-A=override\n{{body}}' },
      },
    };
    const out = await respond(input({ integrationResponses }, {}));
    expect(out.methodResponse.statusCode).toBe(400);
    expect(out.methodResponse.headers['X-A']).toBe('override');
    expect(out.methodResponse.body).toBe('{"name":"Rex"}');
  });

  it.each([
    ['a string', 'abc'],
    ['out of range', 700],
  ])('a responseOverride.status that is %s is ignored (unverified, LS-code)', async (_n, status) => {
    const integrationResponses = {
      '200': { statusCode: '200', responseTemplates: { 'application/json': `status=${status}\n{{body}}` } },
    };
    const out = await respond(input({ integrationResponses }, {}));
    expect(out.methodResponse.statusCode).toBe(200);
    expect(out.details.notes.join()).toMatch(/ignored/);
  });

  it('no matching response and no default -> 500 {"message": "Internal server error"}', async () => {
    const out = await respond(input({ integrationResponses: { '404': responses['404'] } }, { statusCode: 200 }));
    expect(out.methodResponse.statusCode).toBe(500);
    expect(out.methodResponse.body).toBe('{"message": "Internal server error"}');
    expect(out.log.at(-1)).toBe('Method completed with status: 500');
    expect(out.error?.stage).toBe('response');
  });

  it('DG: the selected status has no method response -> 500', async () => {
    const out = await respond(
      input(
        { integrationResponses: responses },
        { statusCode: 404 },
        { methodResponses: { '200': { statusCode: '200' } } },
      ),
    );
    expect(out.methodResponse.statusCode).toBe(500);
  });

  it('a template error -> 500 with the error position', async () => {
    const out = await respond(
      input(
        { integrationResponses: { '200': { statusCode: '200', responseTemplates: { 'application/json': 'FAIL' } } } },
        {},
      ),
    );
    expect(out.methodResponse.statusCode).toBe(500);
    expect(out.error).toMatchObject({ stage: 'template', line: 2, column: 1 });
  });

  it('Accept selects the template', async () => {
    const integrationResponses = {
      '200': { statusCode: '200', responseTemplates: { 'application/json': 'J', 'application/xml': 'X' } },
    };
    expect(
      (await respond(input({ integrationResponses }, {}, { acceptHeader: 'application/xml' }))).methodResponse.body,
    ).toBe('X');
  });

  it('MOCK: empty backend body, the response template makes the body', async () => {
    const out = await respond(
      input(
        {
          type: 'MOCK',
          uri: null,
          integrationResponses: {
            '200': { statusCode: '200', responseTemplates: { 'application/json': '{"ok": true}' } },
          },
        },
        { headers: {}, body: '' },
      ),
    );
    expect(out.methodResponse).toMatchObject({ statusCode: 200, body: '{"ok": true}' });
  });

  it('CONVERT_TO_BINARY of non-base64 text -> 500 (DG payload-encodings-workflow)', async () => {
    const out = await respond(
      input(
        { integrationResponses: { '200': { statusCode: '200', contentHandling: 'CONVERT_TO_BINARY' } } },
        { body: 'not base64!' },
      ),
    );
    expect(out.methodResponse.statusCode).toBe(500);
    expect(out.error?.stage).toBe('content');
  });

  it('a binary result (CONVERT_TO_BINARY, no template) is base64 with isBase64Encoded (DG api-gateway-payload-encodings-workflow)', async () => {
    const integrationResponses = { '200': { statusCode: '200', contentHandling: 'CONVERT_TO_BINARY' as const } };
    const out = await respond(input({ integrationResponses }, { body: 'aGVsbG8=' }));
    expect(out.methodResponse).toMatchObject({ body: 'aGVsbG8=', isBase64Encoded: true });
  });

  it.each([
    ['image/png', { 'image/png': 'x' }],
    [undefined, { 'application/json': 'x' }],
  ])(
    'CONVERT_TO_BINARY with a response template for the selected type (Accept %s) -> 500 (recorded on AWS, issue #12)',
    async (accept, responseTemplates) => {
      const integrationResponses = {
        '200': { statusCode: '200', contentHandling: 'CONVERT_TO_BINARY' as const, responseTemplates },
      };
      const out = await respond(
        input(
          { integrationResponses },
          { body: 'aGVsbG8=' },
          { acceptHeader: accept, binaryMediaTypes: ['image/png'] },
        ),
      );
      expect(out.methodResponse.statusCode).toBe(500);
      expect(out.methodResponse.body).toBe('{"message": "Internal server error"}');
      expect(out.error?.stage).toBe('content');
      expect(out.log[0]).toBe('Execution failed due to configuration error: Unable to transform response');
    },
  );

  it('CONVERT_TO_TEXT with the same template renders it (recorded on AWS, issue #12)', async () => {
    const integrationResponses = {
      '200': {
        statusCode: '200',
        contentHandling: 'CONVERT_TO_TEXT' as const,
        responseTemplates: { 'image/png': '{"image": "{{body}}"}' },
      },
    };
    const out = await respond(
      input(
        { integrationResponses },
        { body: 'aGVsbG8=', isBase64Encoded: true, headers: { 'Content-Type': 'image/png' } },
        { acceptHeader: 'image/png', binaryMediaTypes: ['image/png'] },
      ),
    );
    expect(out.methodResponse).toMatchObject({
      statusCode: 200,
      body: '{"image": "aGVsbG8="}',
      isBase64Encoded: false,
    });
  });

  describe('Lambda custom integration (DG handle-errors-in-lambda-integration)', () => {
    const lambdaResponses = {
      '200': { statusCode: '200' },
      '400': {
        statusCode: '400',
        selectionPattern: 'Bad request.*',
        responseParameters: { 'method.response.header.X-Type': 'integration.response.body.errorType' },
      },
    };
    const error = {
      headers: { 'X-Amz-Function-Error': 'Unhandled', 'x-amzn-RequestId': 'lambda-req-1' },
      body: '{"errorMessage":"Bad request: no name","errorType":"BadRequest","stackTrace":[]}',
    };

    it('a function error is selected by its errorMessage and logged', async () => {
      const out = await respond(input({ type: 'AWS', uri: LAMBDA_URI, integrationResponses: lambdaResponses }, error));
      expect(out.methodResponse.statusCode).toBe(400);
      expect(out.methodResponse.headers['X-Type']).toBe('BadRequest');
      expect(out.log[0]).toBe(
        'Lambda execution failed with status 200 due to customer function error: Bad request: no name. Lambda request id: lambda-req-1',
      );
    });

    it('"Otherwise, Lambda errors are returned as 200 OK responses by default"', async () => {
      const out = await respond(
        input({ type: 'AWS', uri: LAMBDA_URI, integrationResponses: { '200': { statusCode: '200' } } }, error),
      );
      expect(out.methodResponse.statusCode).toBe(200);
      expect(out.methodResponse.body).toBe(error.body);
    });
  });
});

describe('respond: proxies', () => {
  it('AWS_PROXY: the function result becomes the method response', async () => {
    const out = await respond(
      input({ type: 'AWS_PROXY', uri: LAMBDA_URI }, { body: '{"statusCode":201,"headers":{"X-A":"1"},"body":"hi"}' }),
    );
    expect(out.integrationResponse).toBe(null);
    expect(out.methodResponse).toEqual({
      statusCode: 201,
      headers: { 'X-A': '1', 'Content-Type': 'application/json' },
      body: 'hi',
      isBase64Encoded: false,
    });
  });

  it('AWS_PROXY: a malformed result -> 502 with the AWS log line', async () => {
    const out = await respond(
      input({ type: 'AWS_PROXY', uri: LAMBDA_URI }, { body: '{"statusCode":200,"wrongValue":"value"}' }),
    );
    expect(out.methodResponse.statusCode).toBe(502);
    expect(out.methodResponse.body).toBe('{"message": "Internal server error"}');
    expect(out.log).toEqual([
      'Execution failed due to configuration error: Malformed Lambda proxy response',
      'Method completed with status: 502',
    ]);
  });

  it('AWS_PROXY: a function error -> 502', async () => {
    const out = await respond(
      input(
        { type: 'AWS_PROXY', uri: LAMBDA_URI },
        { headers: { 'X-Amz-Function-Error': 'Unhandled' }, body: '{"errorMessage":"boom"}' },
      ),
    );
    expect(out.methodResponse.statusCode).toBe(502);
    expect(out.log[0]).toMatch(/customer function error: boom/);
  });

  it('HTTP_PROXY: the backend response passes through', async () => {
    const out = await respond(
      input({ type: 'HTTP_PROXY' }, { statusCode: 418, headers: { 'X-B': 'b', Date: 'd' }, body: 'teapot' }),
    );
    expect(out.methodResponse).toEqual({
      statusCode: 418,
      headers: { 'X-B': 'b', 'x-amzn-Remapped-Date': 'd' },
      body: 'teapot',
      isBase64Encoded: false,
    });
  });
});
