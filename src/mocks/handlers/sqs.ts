// SQS SendMessage, in both protocols SQS speaks:
// - query/action protocol (API Gateway's usual `Action=SendMessage&MessageBody=...` template, or `action/SendMessage`
//   with QueueUrl): XML `<SendMessageResponse><SendMessageResult><MessageId/><MD5OfMessageBody/>...`;
// - JSON protocol (`X-Amz-Target: AmazonSQS.SendMessage`): `{"MD5OfMessageBody": ..., "MessageId": ...}`.
// MD5OfMessageBody is the real MD5 of the (URL-decoded) body's UTF-8 bytes, as SQS computes it
// (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html).
import type { HttpHandler } from 'msw';
import type { AwsCall } from '../aws-call.ts';
import {
  awsJsonError,
  awsJsonResponse,
  queryError,
  unknownOperation,
  xmlResponse,
  xmlEscape,
} from '../aws-responses.ts';
import { md5Hex } from '../md5.ts';
import { awsServiceHandler, type MockContext } from './mock-context.ts';

const NS = 'http://queue.amazonaws.com/doc/2012-11-05/';

export function handleSqs(call: AwsCall, ctx: MockContext): Response {
  const requestId = ctx.session.newId();
  const jsonProtocol = call.request.headers.get('x-amz-target') !== null;
  if (call.operation !== 'SendMessage') return unknownOperation('sqs', call.operation, requestId);
  const input = jsonProtocol ? ((call.json ?? {}) as Record<string, unknown>) : Object.fromEntries(call.params);
  const body = input.MessageBody;
  if (typeof body !== 'string' || body === '') {
    const message = 'The request must contain the parameter MessageBody.';
    return jsonProtocol
      ? awsJsonError(400, 'com.amazonaws.sqs#MissingParameter', message, requestId)
      : queryError(400, 'MissingParameter', message, requestId, NS);
  }
  const queueUrl = typeof input.QueueUrl === 'string' ? input.QueueUrl : `${call.url.origin}${call.url.pathname}`;
  const messageId = ctx.session.newId();
  const md5 = md5Hex(body);
  ctx.session.stores.record('sqsMessages', { queueUrl, messageId, body });
  if (jsonProtocol) return awsJsonResponse(200, { MD5OfMessageBody: md5, MessageId: messageId }, requestId);
  return xmlResponse(
    200,
    `<SendMessageResponse xmlns="${NS}"><SendMessageResult><MessageId>${xmlEscape(messageId)}</MessageId><MD5OfMessageBody>${md5}</MD5OfMessageBody></SendMessageResult><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></SendMessageResponse>`,
    requestId,
  );
}

export function sqsHandler(ctx: MockContext): HttpHandler {
  return awsServiceHandler('sqs', ctx, handleSqs);
}
