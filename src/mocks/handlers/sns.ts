// SNS Publish (query protocol): XML `<PublishResponse><PublishResult><MessageId/>...<ResponseMetadata><RequestId/>`
// (https://docs.aws.amazon.com/sns/latest/api/API_Publish.html).
import type { HttpHandler } from 'msw';
import type { AwsCall } from '../aws-call.ts';
import { queryError, unknownOperation, xmlResponse } from '../aws-responses.ts';
import { awsServiceHandler, type MockContext } from './mock-context.ts';

const NS = 'http://sns.amazonaws.com/doc/2010-03-31/';

export function handleSns(call: AwsCall, ctx: MockContext): Response {
  const requestId = ctx.session.newId();
  if (call.operation !== 'Publish') return unknownOperation('sns', call.operation, requestId);
  const message = call.params.get('Message');
  if (message === null) {
    return queryError(
      400,
      'ValidationError',
      "1 validation error detected: Value null at 'message' failed to satisfy constraint: Member must not be null",
      requestId,
      NS,
    );
  }
  const topicArn = call.params.get('TopicArn') ?? call.params.get('TargetArn') ?? call.params.get('PhoneNumber') ?? '';
  if (topicArn === '')
    return queryError(
      400,
      'InvalidParameter',
      'Invalid parameter: TopicArn or TargetArn Reason: no value for required parameter',
      requestId,
      NS,
    );
  const messageId = ctx.session.newId();
  ctx.session.stores.record('snsMessages', {
    topicArn,
    messageId,
    message,
    subject: call.params.get('Subject') ?? undefined,
  });
  return xmlResponse(
    200,
    `<PublishResponse xmlns="${NS}"><PublishResult><MessageId>${messageId}</MessageId></PublishResult><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></PublishResponse>`,
    requestId,
  );
}

export function snsHandler(ctx: MockContext): HttpHandler {
  return awsServiceHandler('sns', ctx, handleSns);
}
