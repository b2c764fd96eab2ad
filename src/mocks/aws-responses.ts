// Response builders in the services' own wire formats: the query protocol's XML (SQS, SNS), the JSON 1.0/1.1
// protocols (DynamoDB, Step Functions, EventBridge, SQS JSON), and their error shapes.
// Error shapes: https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-api-responses.html,
// https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html
import { HttpResponse } from 'msw';
import { jsonResponse } from './json-response.ts';

export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function xmlResponse(status: number, xml: string, requestId: string): Response {
  return new HttpResponse(`<?xml version="1.0"?>${xml}`, {
    status,
    headers: { 'Content-Type': 'text/xml', 'x-amzn-RequestId': requestId },
  });
}

/** Query-protocol error: `<ErrorResponse><Error><Type>Sender</Type><Code>...` with the request id. */
export function queryError(
  status: number,
  code: string,
  message: string,
  requestId: string,
  namespace: string,
): Response {
  const type = status >= 500 ? 'Receiver' : 'Sender';
  return xmlResponse(
    status,
    `<ErrorResponse xmlns="${namespace}"><Error><Type>${type}</Type><Code>${xmlEscape(code)}</Code><Message>${xmlEscape(message)}</Message><Detail/></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
    requestId,
  );
}

export function awsJsonResponse(
  status: number,
  body: unknown,
  requestId: string,
  contentType = 'application/x-amz-json-1.0',
): Response {
  return new HttpResponse(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': contentType, 'x-amzn-RequestId': requestId },
  });
}

/** JSON-protocol error `{"__type": "...#Code", "message": "..."}` with the x-amzn-ErrorType header. */
export function awsJsonError(
  status: number,
  type: string,
  message: string,
  requestId: string,
  contentType?: string,
): Response {
  const response = awsJsonResponse(status, { __type: type, message }, requestId, contentType);
  response.headers.set('x-amzn-ErrorType', type.slice(type.indexOf('#') + 1));
  return response;
}

/** What a mocked service does not know how to do, as the service would say it (400 UnknownOperationException). */
export function unknownOperation(service: string, operation: string | null, requestId: string): Response {
  return awsJsonError(
    400,
    'UnknownOperationException',
    `Integration Designer has no mock for ${service} ${operation ?? '(no operation)'}; give a canned answer in backend.services.${service}.response, or set backend.live`,
    requestId,
  );
}

/** A mistake in the design's backend section, reported by the mock as a 500 the trace shows. */
export function mockConfigError(message: string): Response {
  return jsonResponse(
    { message: `Integration Designer mock backend: ${message}` },
    { status: 500, headers: { 'x-integration-designer-mock-error': 'true' } },
  );
}
