// AWS_PROXY output parsing: every row of the real-AWS table of docs/apigw-behaviour.md#lambda-proxy-response
// (LocalStack AWS-validated snapshots test_lambda_aws_proxy_response_format / test_aws_proxy_binary_response, recorded
// 2024-11-15 against real API Gateway) plus the DG output format
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html).
import { describe, expect, it } from 'vitest';
import { parseLambdaProxyResponse } from '../../src/engine/response/lambda-proxy-response.ts';

type Expect = { status: number; body?: string; headers?: Record<string, string> } | 502;

const rows: [string, unknown, Expect][] = [
  ['{"statusCode":200} -> 200, empty body', { statusCode: 200 }, { status: 200, body: '' }],
  [
    'boolean header value is stringified',
    { statusCode: 200, headers: { 'test-header': 'value', 'header-bool': true } },
    { status: 200, headers: { 'test-header': 'value', 'header-bool': 'true' } },
  ],
  ['"headers": null is accepted', { statusCode: 200, headers: null }, { status: 200 }],
  ['an unknown key -> 502', { statusCode: 200, wrongValue: 'value' }, 502],
  // Recorded on AWS (REGIONAL endpoint), issue #12 of this project; see docs/apigw-fidelity.md.
  ['{} -> 200 with an empty body (recorded on real AWS, issue #12)', {}, { status: 200, body: '' }],
  [
    'no statusCode but headers -> 200',
    { headers: { 'test-header': 'value' } },
    { status: 200, headers: { 'test-header': 'value' } },
  ],
  ['string statusCode "201" -> 201', { statusCode: '201' }, { status: 201 }],
  ['statusCode "test" -> 502', { statusCode: 'test' }, 502],
  ['multiValueHeaders value not a list -> 502', { statusCode: 200, multiValueHeaders: { x: 'value1' } }, 502],
  ['"justAString" -> 502', 'justAString', 502],
  ['a JSON array -> 502', [1, 2], 502],
  ['null (function returned nothing) -> 502', null, 502],
  [
    'DG output format: statusCode, headers, body',
    { isBase64Encoded: false, statusCode: 404, headers: { 'Content-Type': 'text/plain' }, body: 'nope' },
    { status: 404, body: 'nope', headers: { 'Content-Type': 'text/plain' } },
  ],
  ['body that is not a string -> 502 (unverified)', { statusCode: 200, body: { a: 1 } }, 502],
];

describe('parseLambdaProxyResponse', () => {
  it.each(rows)('%s', (_name, result, expected) => {
    const parsed = parseLambdaProxyResponse(JSON.stringify(result));
    if (expected === 502) {
      expect(parsed.ok).toBe(false);
      return;
    }
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.response.statusCode).toBe(expected.status);
    if (expected.body !== undefined) expect(parsed.response.body).toBe(expected.body);
    if (expected.headers) expect(parsed.response.headers).toMatchObject(expected.headers);
  });

  it('a payload that is not JSON -> malformed', () => {
    expect(parseLambdaProxyResponse('not json').ok).toBe(false);
  });

  it('DG set-up-simple-proxy: Content-Type defaults to application/json', () => {
    const parsed = parseLambdaProxyResponse('{"statusCode":200,"body":"{}"}');
    expect(parsed.ok && parsed.response.headers['Content-Type']).toBe('application/json');
  });

  it('LS-snap: base64 body with isBase64Encoded and no binaryMediaTypes -> the base64 text itself', () => {
    const parsed = parseLambdaProxyResponse('{"statusCode":200,"body":"dGVzdC1kYXRh","isBase64Encoded":true}');
    expect(parsed.ok && parsed.response).toMatchObject({ body: 'dGVzdC1kYXRh', isBase64Encoded: false });
  });

  it('DG: isBase64Encoded with a matching binary media type -> binary to the client', () => {
    const parsed = parseLambdaProxyResponse(
      '{"statusCode":200,"headers":{"Content-Type":"image/png"},"body":"iVBORw==","isBase64Encoded":true}',
      { binaryMediaTypes: ['image/png'], acceptHeader: 'image/png' },
    );
    expect(parsed.ok && parsed.response).toMatchObject({ body: 'iVBORw==', isBase64Encoded: true });
  });

  it('LS-snap: headers + multiValueHeaders of one name -> the client receives both values, multi-value first', () => {
    const parsed = parseLambdaProxyResponse(
      JSON.stringify({
        statusCode: 200,
        headers: { 'test-multi': 'value-solo' },
        multiValueHeaders: { 'test-multi': ['value-multi'] },
      }),
    );
    expect(parsed.ok && parsed.response.multiValueHeaders).toEqual({ 'test-multi': ['value-multi', 'value-solo'] });
  });

  it('multiValueHeaders alone become headers', () => {
    const parsed = parseLambdaProxyResponse(
      JSON.stringify({ statusCode: 200, multiValueHeaders: { 'Set-Cookie': ['a=1', 'b=2'] } }),
    );
    expect(parsed.ok && parsed.response.multiValueHeaders).toEqual({ 'Set-Cookie': ['a=1', 'b=2'] });
  });
});
