// EventBridge PutEvents (JSON 1.1, `X-Amz-Target: AWSEvents.PutEvents`, or `action/PutEvents`):
// `{"Entries": [{"EventId": "..."}], "FailedEntryCount": 0}`; an entry without Source, DetailType or Detail fails
// alone with ErrorCode/ErrorMessage (https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html;
// the exact ErrorMessage text is ours, unverified).
import type { HttpHandler } from 'msw';
import type { AwsCall } from '../aws-call.ts';
import { awsJsonError, awsJsonResponse, unknownOperation } from '../aws-responses.ts';
import { awsServiceHandler, type MockContext } from './mock-context.ts';

const JSON_11 = 'application/x-amz-json-1.1';

export function handleEventBridge(call: AwsCall, ctx: MockContext): Response {
  const requestId = ctx.session.newId();
  if (call.operation !== 'PutEvents') return unknownOperation('events', call.operation, requestId);
  const entries = (call.json as { Entries?: unknown } | undefined)?.Entries;
  if (!Array.isArray(entries) || entries.length === 0 || entries.length > 10) {
    return awsJsonError(
      400,
      'ValidationException',
      "1 validation error detected: Value at 'entries' failed to satisfy constraint: Member must have length between 1 and 10",
      requestId,
      JSON_11,
    );
  }
  let failed = 0;
  const results = entries.map((entry: Record<string, unknown>) => {
    const missing = ['Source', 'DetailType', 'Detail'].filter((k) => typeof entry?.[k] !== 'string' || entry[k] === '');
    if (missing.length > 0) {
      failed += 1;
      return { ErrorCode: 'InvalidArgument', ErrorMessage: `Parameter(s) ${missing.join(', ')} must be specified.` };
    }
    const eventId = ctx.session.newId();
    ctx.session.stores.record('events', { eventId, entry });
    return { EventId: eventId };
  });
  return awsJsonResponse(200, { Entries: results, FailedEntryCount: failed }, requestId, JSON_11);
}

export function eventBridgeHandler(ctx: MockContext): HttpHandler {
  return awsServiceHandler('events', ctx, handleEventBridge);
}
