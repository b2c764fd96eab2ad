// URI forms from https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html (uri) and
// https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-integrations.html (Lambda invoke URI).
import { describe, expect, it } from 'vitest';
import { buildAwsUri, lambdaInvokeUri, parseLambdaFunctionArn } from '../../src/ui/forms/aws-uri-builder.ts';
import { lambdaFunctionOf, parseAwsIntegrationUri } from '../../src/model/aws-integration-uri.ts';

describe('AWS integration URI helper', () => {
  it.each([
    [
      { region: 'us-west-2', service: 's3', kind: 'path' as const, serviceApi: '{bucket}/{key}' },
      'arn:aws:apigateway:us-west-2:s3:path/{bucket}/{key}',
    ],
    [
      {
        region: 'us-west-2',
        service: 's3',
        kind: 'action' as const,
        serviceApi: 'GetObject&Bucket={bucket}&Key={key}',
      },
      'arn:aws:apigateway:us-west-2:s3:action/GetObject&Bucket={bucket}&Key={key}',
    ],
    [
      { region: 'eu-west-1', service: 'dynamodb', kind: 'action' as const, serviceApi: 'PutItem' },
      'arn:aws:apigateway:eu-west-1:dynamodb:action/PutItem',
    ],
  ])('buildAwsUri(%j)', (parts, expected) => {
    expect(buildAwsUri(parts)).toBe(expected);
  });

  it('builds the Lambda invoke URI from a function ARN, in the function region, and the model parses it back', () => {
    const fn = 'arn:aws:lambda:us-east-2:123456789012:function:my-function';
    const uri = lambdaInvokeUri(fn)!;
    expect(uri).toBe(
      'arn:aws:apigateway:us-east-2:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-2:123456789012:function:my-function/invocations',
    );
    const parsed = parseAwsIntegrationUri(uri);
    expect('error' in parsed ? null : lambdaFunctionOf(parsed)).toBe(fn);
  });

  it.each([
    ['arn:aws:lambda:us-east-1:123456789012:function:fn:live', { region: 'us-east-1', name: 'fn:live' }],
    ['arn:aws:lambda:us-east-1:123456789012:function:${stageVariables.fn}', { name: '${stageVariables.fn}' }],
    ['my-function', null],
    ['arn:aws:s3:::bucket', null],
  ])('parseLambdaFunctionArn(%s)', (arn, expected) => {
    const parsed = parseLambdaFunctionArn(arn);
    if (expected === null) expect(parsed).toBeNull();
    else expect(parsed).toMatchObject(expected);
  });

  it('an explicit API region wins over the function region', () => {
    expect(lambdaInvokeUri('arn:aws:lambda:us-east-1:123456789012:function:f', 'eu-west-1')).toMatch(
      /^arn:aws:apigateway:eu-west-1:lambda:/,
    );
  });
});
