import { describe, expect, it } from 'vitest';
import { buildAwsProxyRequest } from '../../src/engine/integrations/aws-proxy.ts';
import { resolveAwsEndpoint, signedByOf } from '../../src/engine/integrations/aws-endpoint.ts';
import { buildAwsRequest } from '../../src/engine/integrations/aws.ts';
import { lambdaProxyEvent } from '../../src/engine/integrations/lambda-proxy-event.ts';
import { context, input, request } from './fixtures.ts';

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:CreatePet';
const LAMBDA_URI = `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${FN}/invocations`;

// URI forms: https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html (uri); S3 and Lambda examples from
// DG integration-request-basic-setup / set-up-lambda-integrations (docs/apigw-behaviour.md#aws-integration-uri).
describe('AWS service endpoints', () => {
  it.each([
    ['Lambda Invoke', LAMBDA_URI, `https://lambda.us-east-1.amazonaws.com/2015-03-31/functions/${FN}/invocations`],
    [
      'S3 path style',
      'arn:aws:apigateway:us-west-2:s3:path/{bucket}/{key}',
      'https://s3.us-west-2.amazonaws.com/photos/cat.png',
    ],
    [
      'S3 bucket subdomain',
      'arn:aws:apigateway:us-west-2:photos.s3:path/{key}',
      'https://photos.s3.us-west-2.amazonaws.com/cat.png',
    ],
    [
      'S3 action style',
      'arn:aws:apigateway:us-west-2:s3:action/GetObject&Bucket={bucket}&Key={key}',
      'https://s3.us-west-2.amazonaws.com/?Action=GetObject&Bucket=photos&Key=cat.png',
    ],
    [
      'SQS action style',
      'arn:aws:apigateway:eu-west-1:sqs:action/SendMessage&QueueUrl=https://sqs.eu-west-1.amazonaws.com/123456789012/q',
      'https://sqs.eu-west-1.amazonaws.com/?Action=SendMessage&QueueUrl=https://sqs.eu-west-1.amazonaws.com/123456789012/q',
    ],
    [
      'a stage variable in the ARN',
      'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:${stageVariables.fn}/invocations',
      'https://lambda.us-east-1.amazonaws.com/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:Dev/invocations',
    ],
  ])('%s', (_name, uri, url) => {
    const e = resolveAwsEndpoint(uri, { fn: 'Dev' }, { bucket: 'photos', key: 'cat.png' });
    expect('error' in e ? e.error : e.url).toBe(url);
  });
  it('rejects a URI that is not an API Gateway service ARN', () => {
    expect(resolveAwsEndpoint('https://example.com', {}, {})).toHaveProperty('error');
  });
  it.each([
    [null, 'resource-based permission (no credentials)'],
    ['arn:aws:iam::*:user/*', "caller's identity"],
    ['arn:aws:iam::123456789012:role/apigw', 'arn:aws:iam::123456789012:role/apigw'],
  ])('credentials %s are signed by %s', (credentials, signedBy) => expect(signedByOf(credentials, {})).toBe(signedBy));
});

describe('AWS integration request', () => {
  it('Lambda: POST to the Invoke URL, X-Amz-Invocation-Type from a mapping, the transformed body', () => {
    const r = buildAwsRequest(
      input(
        { type: 'AWS', httpMethod: 'POST', uri: LAMBDA_URI, credentials: 'arn:aws:iam::123456789012:role/apigw' },
        { params: { path: {}, querystring: {}, header: { 'X-Amz-Invocation-Type': ['Event'] } } },
      ),
    );
    expect(r).toEqual({
      ok: true,
      message: {
        method: 'POST',
        url: `https://lambda.us-east-1.amazonaws.com/2015-03-31/functions/${FN}/invocations`,
        headers: {
          'X-Amz-Invocation-Type': 'Event',
          'Content-Type': 'application/json',
          'x-amzn-apigateway-api-id': 'abc123',
          Accept: 'application/json',
          'User-Agent': 'AmazonAPIGateway_abc123',
          Host: 'lambda.us-east-1.amazonaws.com',
          'X-Amzn-Trace-Id': 'Root=1-6955b900-c0ffee000000400080000000',
          'x-amzn-lambda-integration-tag': 'c0ffee00-0000-4000-8000-000000000001',
          'X-Amz-Source-Arn': 'arn:aws:execute-api:us-east-1:123456789012:abc123/test/POST/pets/42',
        },
        body: '{"name":"Rex"}',
        isBase64Encoded: false,
        signedBy: 'arn:aws:iam::123456789012:role/apigw',
      },
    });
  });
  it('SQS: the integration method and mapped query strings', () => {
    const r = buildAwsRequest(
      input(
        { type: 'AWS', httpMethod: 'POST', uri: 'arn:aws:apigateway:eu-west-1:sqs:action/SendMessage' },
        { params: { path: {}, querystring: { MessageBody: ['hi there'] }, header: {} } },
      ),
    );
    expect(r.ok && r.message.url).toBe(
      'https://sqs.eu-west-1.amazonaws.com/?Action=SendMessage&MessageBody=hi%20there',
    );
    expect(r.ok && r.message.signedBy).toBe('resource-based permission (no credentials)');
  });
});

describe('AWS_PROXY: the Lambda proxy event, payload format 1.0 (DG set-up-lambda-proxy-integrations)', () => {
  it('is the JSON body of a POST to the Invoke URL', () => {
    const r = buildAwsProxyRequest(input({ type: 'AWS_PROXY', uri: LAMBDA_URI }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.message.method).toBe('POST');
    expect(r.message.url).toBe(`https://lambda.us-east-1.amazonaws.com/2015-03-31/functions/${FN}/invocations`);
    const event = JSON.parse(r.message.body);
    expect(Object.keys(event)).toEqual([
      'resource',
      'path',
      'httpMethod',
      'headers',
      'multiValueHeaders',
      'queryStringParameters',
      'multiValueQueryStringParameters',
      'pathParameters',
      'stageVariables',
      'requestContext',
      'body',
      'isBase64Encoded',
    ]);
    expect(event).toMatchObject({
      resource: '/pets/{petId}',
      path: '/pets/42',
      httpMethod: 'POST',
      headers: { 'X-Tag': 'b' }, // the last value
      multiValueHeaders: { 'X-Tag': ['a', 'b'] },
      queryStringParameters: { testVar: 'bar' },
      pathParameters: { petId: '42' },
      stageVariables: null,
      body: '{"name":"Rex"}',
      isBase64Encoded: false,
    });
    expect(event.requestContext).toMatchObject({
      resourceId: 'res123',
      path: '/test/pets/42',
      requestTimeEpoch: 1767225600000,
      apiId: 'abc123',
    });
    expect(event.requestContext).not.toHaveProperty('authorizer');
  });
  it('AWS_PROXY accepts only Lambda (and Firehose)', () => {
    const r = buildAwsProxyRequest(input({ type: 'AWS_PROXY', uri: 'arn:aws:apigateway:us-east-1:s3:path/b/k' }));
    expect(r).toEqual({
      ok: false,
      message:
        "Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations.",
    });
  });
  it('nulls when empty (LS-snap, real AWS 2024): no query, no path parameters, no stage variables, no body; headers only those API Gateway adds (recorded on AWS, issue #12)', () => {
    const bare = {
      ...request,
      pathParameters: {},
      query: {},
      multiValueQuery: {},
      body: '',
      headers: {},
      multiValueHeaders: {},
    };
    const event = lambdaProxyEvent({ request: bare, stageVariables: {}, context, binary: false });
    expect(event).toMatchObject({
      headers: { 'X-Forwarded-For': expect.any(String), 'X-Forwarded-Port': '443', 'X-Forwarded-Proto': 'https' },
      queryStringParameters: null,
      multiValueQueryStringParameters: null,
      pathParameters: null,
      stageVariables: null,
      body: null,
      isBase64Encoded: false,
    });
  });
  it('a binary payload travels base64-encoded with isBase64Encoded true; an authorizer appears when given', () => {
    const png = { ...request, body: 'iVBORw0KGgo=', isBase64Encoded: true };
    const event = lambdaProxyEvent({
      request: png,
      stageVariables: { a: '1' },
      context: { ...context, authorizer: { principalId: 'me' } },
      binary: true,
    });
    expect(event).toMatchObject({ body: 'iVBORw0KGgo=', isBase64Encoded: true, stageVariables: { a: '1' } });
    expect(event.requestContext).toMatchObject({ authorizer: { principalId: 'me' } });
  });
});
