// The mock backends answer as the real services do. Shapes from the services' API references (cited per block).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createDesignBackend } from '../../src/mocks/design-backend.ts';
import { MockSession } from '../../src/mocks/mock-session.ts';
import { bytesToBase64 } from '../../src/engine/request/payload-bytes.ts';
import { designWith, message } from './helpers.ts';

const session = () => new MockSession({ deterministic: true });

describe('HTTP backend (design.backend.http)', () => {
  it('answers the configured status, headers (multi-value too) and body', async () => {
    const design = designWith('HTTP', {
      http: {
        statusCode: 201,
        headers: { 'Content-Type': 'application/json', 'Set-Cookie': ['a=1', 'b=2'] },
        body: '{"id":7}',
      },
    });
    const res = await createDesignBackend(design, session())(message('POST', 'https://backend.example.com/pets', '{}'));
    expect(res).toMatchObject({ statusCode: 201, body: '{"id":7}', isBase64Encoded: false });
    expect(res.headers['Content-Type']).toBe('application/json');
    expect(res.multiValueHeaders).toEqual({ 'Set-Cookie': ['a=1', 'b=2'] });
  });

  it('a binary body (by Content-Type) comes back base64 with isBase64Encoded', async () => {
    const png = bytesToBase64(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    const design = designWith('HTTP', {
      http: { headers: { 'Content-Type': 'image/png' }, body: png, isBase64Encoded: true },
    });
    const res = await createDesignBackend(design, session())(message('GET', 'https://backend.example.com/cat.png'));
    expect(res).toMatchObject({ body: png, isBase64Encoded: true });
  });

  it('echo: answers with what it received', async () => {
    const design = designWith('HTTP_PROXY', { http: { echo: true } });
    const res = await createDesignBackend(
      design,
      session(),
    )(
      message('PUT', 'https://backend.example.com/pets/1?x=1', '{"a":1}', {
        'Content-Type': 'application/json',
        'X-Trace': 't',
      }),
    );
    expect(JSON.parse(res.body)).toMatchObject({
      method: 'PUT',
      url: 'https://backend.example.com/pets/1?x=1',
      body: '{"a":1}',
      isBase64Encoded: false,
      headers: { 'x-trace': 't' },
    });
  });

  it('without backend.http: 200 {} as application/json', async () => {
    const res = await createDesignBackend(
      designWith('HTTP'),
      session(),
    )(message('GET', 'https://backend.example.com/'));
    expect(res).toMatchObject({ statusCode: 200, body: '{}' });
  });

  it('a mistake in backend.http is a readable 500 from the mock', async () => {
    const design = designWith('HTTP', { http: { statusCode: 42 } });
    const res = await createDesignBackend(design, session())(message('GET', 'https://backend.example.com/'));
    expect(res.statusCode).toBe(500);
    expect(res.body).toContain('backend.http.statusCode must be an integer from 100 to 599');
  });

  it('stops waiting when API Gateway gives up (abort signal)', async () => {
    const design = designWith('HTTP', { http: { delayMs: 60_000 } });
    const controller = new AbortController();
    controller.abort();
    await expect(
      createDesignBackend(design, session())(message('GET', 'https://backend.example.com/'), {
        signal: controller.signal,
      }),
    ).rejects.toThrow();
  });
});

// Lambda Invoke: https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html (200 + X-Amz-Function-Error on error)
describe('Lambda Invoke', () => {
  const url =
    'https://lambda.us-east-1.amazonaws.com/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations';
  const LAMBDA_URI =
    'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations';

  it('returns the function result as JSON, status 200', async () => {
    const design = designWith('AWS_PROXY', { lambda: { result: { statusCode: 200, body: 'hi' } } }, LAMBDA_URI);
    const res = await createDesignBackend(design, session())(message('POST', url, '{}'));
    expect(res).toMatchObject({ statusCode: 200, body: '{"statusCode":200,"body":"hi"}' });
    expect(res.headers['X-Amz-Function-Error']).toBeUndefined();
    expect(res.headers['x-amzn-RequestId']).toBe('10000000-0000-4000-8000-000000000001');
  });

  it('a function error: status 200, X-Amz-Function-Error: Unhandled, {errorMessage, errorType, stackTrace}', async () => {
    const design = designWith(
      'AWS',
      { lambda: { error: { errorMessage: 'Bad request: no name', errorType: 'BadRequest' } } },
      LAMBDA_URI,
    );
    const res = await createDesignBackend(design, session())(message('POST', url, '{}'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['X-Amz-Function-Error']).toBe('Unhandled');
    expect(JSON.parse(res.body)).toEqual({
      errorMessage: 'Bad request: no name',
      errorType: 'BadRequest',
      stackTrace: [],
    });
  });

  it('functionError: Handled is passed through', async () => {
    const design = designWith(
      'AWS',
      { lambda: { error: { errorMessage: 'x' }, functionError: 'Handled' } },
      LAMBDA_URI,
    );
    const res = await createDesignBackend(design, session())(message('POST', url, '{}'));
    expect(res.headers['X-Amz-Function-Error']).toBe('Handled');
  });

  it('per-function answers by name', async () => {
    const design = designWith(
      'AWS',
      { lambda: { result: 'top', functions: { pets: { result: 'pets' } } } },
      LAMBDA_URI,
    );
    const res = await createDesignBackend(design, session())(message('POST', url, '{}'));
    expect(res.body).toBe('"pets"');
  });

  it('defaults: AWS echoes the event, AWS_PROXY answers a valid proxy response', async () => {
    const echo = await createDesignBackend(
      designWith('AWS', {}, LAMBDA_URI),
      session(),
    )(message('POST', url, '{"name":"Rex"}'));
    expect(echo.body).toBe('{"name":"Rex"}');
    const proxy = await createDesignBackend(
      designWith('AWS_PROXY', {}, LAMBDA_URI),
      session(),
    )(message('POST', url, '{}'));
    expect(JSON.parse(proxy.body)).toEqual({ statusCode: 200, body: '{}' });
  });

  it('X-Amz-Invocation-Type: Event -> 202, empty body', async () => {
    const res = await createDesignBackend(
      designWith('AWS', {}, LAMBDA_URI),
      session(),
    )(message('POST', url, '{}', { 'X-Amz-Invocation-Type': 'Event' }));
    expect(res).toMatchObject({ statusCode: 202, body: '' });
  });
});

// S3: https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html, ErrorResponses.html (NoSuchKey 404)
describe('S3', () => {
  const seed = {
    services: {
      s3: {
        objects: {
          'photos/cat.png': {
            body: bytesToBase64(new Uint8Array([1, 2, 3])),
            isBase64Encoded: true,
            contentType: 'image/png',
          },
          'readme.txt': { body: 'hello', contentType: 'text/plain' },
        },
      },
    },
  };
  const design = designWith('AWS', seed, 'arn:aws:apigateway:us-east-1:s3:path/{bucket}/{key}');

  it('GetObject of a seeded object: bytes, Content-Type and ETag = quoted MD5', async () => {
    const res = await createDesignBackend(
      design,
      session(),
    )(message('GET', 'https://s3.us-east-1.amazonaws.com/photos/cat.png'));
    expect(res).toMatchObject({ statusCode: 200, body: 'AQID', isBase64Encoded: true });
    expect(res.headers['Content-Type']).toBe('image/png');
    expect(res.headers.ETag).toBe(
      `"${createHash('md5')
        .update(new Uint8Array([1, 2, 3]))
        .digest('hex')}"`,
    );
  });

  it('a bare seed key is found in any bucket; virtual-hosted style works', async () => {
    const res = await createDesignBackend(
      design,
      session(),
    )(message('GET', 'https://docs.s3.us-east-1.amazonaws.com/readme.txt'));
    expect(res).toMatchObject({ statusCode: 200, body: 'hello' });
  });

  it('action style ?Action=GetObject&Bucket=&Key=', async () => {
    const res = await createDesignBackend(
      design,
      session(),
    )(message('GET', 'https://s3.us-east-1.amazonaws.com/?Action=GetObject&Bucket=photos&Key=cat.png'));
    expect(res.statusCode).toBe(200);
  });

  it('missing key -> 404 NoSuchKey XML', async () => {
    const res = await createDesignBackend(
      design,
      session(),
    )(message('GET', 'https://s3.us-east-1.amazonaws.com/photos/dog.png'));
    expect(res.statusCode).toBe(404);
    expect(res.headers['Content-Type']).toBe('application/xml');
    expect(res.body).toMatch(
      /<Error><Code>NoSuchKey<\/Code><Message>The specified key does not exist.<\/Message><Key>dog.png<\/Key>/,
    );
  });

  it('PutObject persists for the session (across rebuilt backends), not across sessions', async () => {
    const s = session();
    const put = await createDesignBackend(
      design,
      s,
    )(message('PUT', 'https://s3.us-east-1.amazonaws.com/photos/new.txt', 'fresh', { 'Content-Type': 'text/plain' }));
    expect(put.statusCode).toBe(200);
    expect(put.headers.ETag).toBe(`"${createHash('md5').update('fresh').digest('hex')}"`);
    const again = await createDesignBackend(
      design,
      s,
    )(message('GET', 'https://s3.us-east-1.amazonaws.com/photos/new.txt'));
    expect(again).toMatchObject({ statusCode: 200, body: 'fresh' });
    const other = await createDesignBackend(
      design,
      session(),
    )(message('GET', 'https://s3.us-east-1.amazonaws.com/photos/new.txt'));
    expect(other.statusCode).toBe(404);
  });
});

// DynamoDB: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html, API_Query.html
describe('DynamoDB', () => {
  const tables = {
    services: {
      dynamodb: {
        tables: {
          Pets: [{ id: { S: '1' }, name: { S: 'Rex' } }],
          Orders: {
            keySchema: ['customer', 'order'],
            items: [
              { customer: { S: 'c1' }, order: { S: '2024-02-01#b' }, total: { N: '20' } },
              { customer: { S: 'c1' }, order: { S: '2024-01-15#a' }, total: { N: '10' } },
              { customer: { S: 'c1' }, order: { S: '2023-12-31#z' }, total: { N: '5' } },
              { customer: { S: 'c2' }, order: { S: '2024-01-01#c' }, total: { N: '7' } },
            ],
          },
        },
      },
    },
  };
  const design = designWith('AWS', tables, 'arn:aws:apigateway:us-east-1:dynamodb:action/GetItem');
  const call = (s: MockSession, op: string, body: unknown) =>
    createDesignBackend(
      design,
      s,
    )(
      message('POST', 'https://dynamodb.us-east-1.amazonaws.com/', JSON.stringify(body), {
        'X-Amz-Target': `DynamoDB_20120810.${op}`,
        'Content-Type': 'application/x-amz-json-1.0',
      }),
    );

  it('GetItem of a seeded item -> {"Item": ...}', async () => {
    const res = await call(session(), 'GetItem', { TableName: 'Pets', Key: { id: { S: '1' } } });
    expect(JSON.parse(res.body)).toEqual({ Item: { id: { S: '1' }, name: { S: 'Rex' } } });
    expect(res.headers['Content-Type']).toBe('application/x-amz-json-1.0');
  });

  it('GetItem of a missing key -> {}', async () => {
    expect(JSON.parse((await call(session(), 'GetItem', { TableName: 'Pets', Key: { id: { S: '9' } } })).body)).toEqual(
      {},
    );
  });

  it('PutItem -> {} and the item is there afterwards (same session)', async () => {
    const s = session();
    expect(
      JSON.parse((await call(s, 'PutItem', { TableName: 'Pets', Item: { id: { S: '2' }, name: { S: 'Tom' } } })).body),
    ).toEqual({});
    expect(
      JSON.parse((await call(s, 'GetItem', { TableName: 'Pets', Key: { id: { S: '2' } } })).body).Item.name,
    ).toEqual({ S: 'Tom' });
  });

  it('action style (?Action=GetItem, as API Gateway action/ URIs produce) works too', async () => {
    const res = await createDesignBackend(
      design,
      session(),
    )(
      message(
        'POST',
        'https://dynamodb.us-east-1.amazonaws.com/?Action=GetItem',
        JSON.stringify({ TableName: 'Pets', Key: { id: { S: '1' } } }),
      ),
    );
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body).Item).toBeDefined();
  });

  it('Query with = and begins_with -> Items sorted by sort key, Count, ScannedCount', async () => {
    const res = await call(session(), 'Query', {
      TableName: 'Orders',
      KeyConditionExpression: '#c = :c AND begins_with(#o, :y)',
      ExpressionAttributeNames: { '#c': 'customer', '#o': 'order' },
      ExpressionAttributeValues: { ':c': { S: 'c1' }, ':y': { S: '2024' } },
    });
    const out = JSON.parse(res.body);
    expect(out.Items.map((i: { order: { S: string } }) => i.order.S)).toEqual(['2024-01-15#a', '2024-02-01#b']);
    expect(out).toMatchObject({ Count: 2, ScannedCount: 2 });
  });

  it('Query with a FilterExpression: ScannedCount counts before the filter', async () => {
    const res = await call(session(), 'Query', {
      TableName: 'Orders',
      KeyConditionExpression: 'customer = :c',
      FilterExpression: 'total > :t',
      ExpressionAttributeValues: { ':c': { S: 'c1' }, ':t': { N: '8' } },
      ScanIndexForward: false,
    });
    const out = JSON.parse(res.body);
    expect(out.Items.map((i: { total: { N: string } }) => i.total.N)).toEqual(['20', '10']);
    expect(out).toMatchObject({ Count: 2, ScannedCount: 3 });
  });

  it('an unknown table -> 400 ResourceNotFoundException', async () => {
    const res = await call(session(), 'GetItem', { TableName: 'Nope', Key: {} });
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body)).toEqual({
      __type: 'com.amazonaws.dynamodb.v20120810#ResourceNotFoundException',
      message: 'Requested resource not found',
    });
  });

  it('a bad expression -> 400 ValidationException', async () => {
    const res = await call(session(), 'Query', { TableName: 'Orders', KeyConditionExpression: 'customer = :missing' });
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body).__type).toBe('com.amazon.coral.validate#ValidationException');
  });
});

// SQS SendMessage: https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html
describe('SQS SendMessage', () => {
  const design = designWith('AWS', {}, 'arn:aws:apigateway:us-east-1:sqs:path/123456789012/orders');
  const body = 'Action=SendMessage&MessageBody=%7B%22order%22%3A+1%7D';

  it('query protocol: XML with MessageId and the real MD5 of the URL-decoded body', async () => {
    const s = session();
    const res = await createDesignBackend(
      design,
      s,
    )(
      message('POST', 'https://sqs.us-east-1.amazonaws.com/123456789012/orders', body, {
        'Content-Type': 'application/x-www-form-urlencoded',
      }),
    );
    const md5 = createHash('md5').update('{"order": 1}').digest('hex');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(
      `<SendMessageResponse xmlns="http://queue.amazonaws.com/doc/2012-11-05/"><SendMessageResult><MessageId>10000000-0000-4000-8000-000000000002</MessageId><MD5OfMessageBody>${md5}</MD5OfMessageBody>`,
    );
    expect(s.stores.sqsMessages).toEqual([
      {
        queueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/orders',
        messageId: '10000000-0000-4000-8000-000000000002',
        body: '{"order": 1}',
      },
    ]);
  });

  it('JSON protocol (X-Amz-Target: AmazonSQS.SendMessage)', async () => {
    const res = await createDesignBackend(
      design,
      session(),
    )(
      message(
        'POST',
        'https://sqs.us-east-1.amazonaws.com/',
        JSON.stringify({ QueueUrl: 'https://sqs.us-east-1.amazonaws.com/1/q', MessageBody: 'hello' }),
        { 'X-Amz-Target': 'AmazonSQS.SendMessage' },
      ),
    );
    expect(JSON.parse(res.body)).toEqual({
      MD5OfMessageBody: '5d41402abc4b2a76b9719d911017c592',
      MessageId: '10000000-0000-4000-8000-000000000002',
    });
  });

  it('no MessageBody -> 400 MissingParameter', async () => {
    const res = await createDesignBackend(
      design,
      session(),
    )(message('POST', 'https://sqs.us-east-1.amazonaws.com/1/q', 'Action=SendMessage'));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<Code>MissingParameter</Code>');
  });
});

describe('SNS Publish (https://docs.aws.amazon.com/sns/latest/api/API_Publish.html)', () => {
  it('answers PublishResponse XML with a MessageId', async () => {
    const design = designWith('AWS', {}, 'arn:aws:apigateway:us-east-1:sns:action/Publish');
    const res = await createDesignBackend(
      design,
      session(),
    )(
      message(
        'POST',
        'https://sns.us-east-1.amazonaws.com/?Action=Publish&TopicArn=arn:aws:sns:us-east-1:1:t&Message=hi',
      ),
    );
    expect(res.body).toMatch(
      /^<\?xml version="1.0"\?><PublishResponse xmlns="http:\/\/sns.amazonaws.com\/doc\/2010-03-31\/"><PublishResult><MessageId>[0-9a-f-]{36}<\/MessageId><\/PublishResult><ResponseMetadata><RequestId>/,
    );
  });
});

describe('Step Functions StartExecution (API_StartExecution)', () => {
  it('answers executionArn and startDate (epoch seconds)', async () => {
    const design = designWith('AWS', {}, 'arn:aws:apigateway:us-east-1:states:action/StartExecution');
    const res = await createDesignBackend(
      design,
      session(),
    )(
      message(
        'POST',
        'https://states.us-east-1.amazonaws.com/?Action=StartExecution',
        JSON.stringify({
          stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:Orders',
          name: 'run-1',
          input: '{}',
        }),
      ),
    );
    expect(JSON.parse(res.body)).toEqual({
      executionArn: 'arn:aws:states:us-east-1:123456789012:execution:Orders:run-1',
      startDate: 1704067200,
    });
  });
});

describe('EventBridge PutEvents (API_PutEvents)', () => {
  it('answers Entries with EventIds and FailedEntryCount', async () => {
    const design = designWith('AWS', {}, 'arn:aws:apigateway:us-east-1:events:action/PutEvents');
    const entries = [{ Source: 'app', DetailType: 't', Detail: '{}' }, { Source: 'app' }];
    const res = await createDesignBackend(
      design,
      session(),
    )(
      message('POST', 'https://events.us-east-1.amazonaws.com/', JSON.stringify({ Entries: entries }), {
        'X-Amz-Target': 'AWSEvents.PutEvents',
      }),
    );
    const out = JSON.parse(res.body);
    expect(out.FailedEntryCount).toBe(1);
    expect(out.Entries[0].EventId).toMatch(/^[0-9a-f-]{36}$/);
    expect(out.Entries[1].ErrorCode).toBe('InvalidArgument');
    expect(res.headers['Content-Type']).toBe('application/x-amz-json-1.1');
  });
});

describe('other AWS services', () => {
  it('unknown -> 400 UnknownOperationException naming what to configure', async () => {
    const res = await createDesignBackend(
      designWith('AWS', {}, 'arn:aws:apigateway:us-east-1:kinesis:action/PutRecord'),
      session(),
    )(message('POST', 'https://kinesis.us-east-1.amazonaws.com/?Action=PutRecord', '{}'));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('backend.services.kinesis.response');
  });

  it('backend.services.<service>.response is a canned answer', async () => {
    const design = designWith(
      'AWS',
      { services: { kinesis: { response: { statusCode: 200, body: '{"SequenceNumber":"1"}' } } } },
      'arn:aws:apigateway:us-east-1:kinesis:action/PutRecord',
    );
    const res = await createDesignBackend(
      design,
      session(),
    )(message('POST', 'https://kinesis.us-east-1.amazonaws.com/?Action=PutRecord', '{}'));
    expect(res.body).toBe('{"SequenceNumber":"1"}');
  });

  it('a design that calls no backend (MOCK) has no mock answering: the call fails instead of reaching the network', async () => {
    await expect(
      createDesignBackend(designWith('MOCK'), session())(message('GET', 'https://example.com/')),
    ).rejects.toThrow(/No mock backend answers/);
  });
});
