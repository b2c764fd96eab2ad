// The mock backends of a design, as MSW handlers (pure factories: no msw/node or msw/browser here, so the same list
// serves Node's setupServer and the in-process handler backend of the engine worker and the command line).
import { http, passthrough, type HttpHandler } from 'msw';
import { parseAwsHost } from '../aws-call.ts';
import { unknownOperation } from '../aws-responses.ts';
import { cannedServiceResponse, isLive } from '../backend-config.ts';
import { cannedResponse } from './canned-response.ts';
import { dynamoDbHandler } from './dynamodb.ts';
import { eventBridgeHandler } from './eventbridge.ts';
import { httpBackendHandler } from './http-backend.ts';
import { lambdaHandler } from './lambda.ts';
import { AWS_TYPES, answers, guarded, type MockContext } from './mock-context.ts';
import { s3Handler } from './s3.ts';
import { snsHandler } from './sns.ts';
import { sqsHandler } from './sqs.ts';
import { stepFunctionsHandler } from './step-functions.ts';

export type { MockContext } from './mock-context.ts';

/** Any other AWS service: its canned `backend.services.<service>.response`, else UnknownOperationException. */
function otherAwsServiceHandler(ctx: MockContext): HttpHandler {
  return http.all(
    ({ request }) => answers(ctx, AWS_TYPES) && parseAwsHost(new URL(request.url).hostname) !== null,
    async ({ request }) => {
      if (isLive(ctx.design)) return passthrough();
      const service = parseAwsHost(new URL(request.url).hostname)!.service;
      return guarded(async () => {
        const canned = cannedServiceResponse(ctx.design, service);
        if (canned) return cannedResponse(canned, request);
        const target = request.headers.get('x-amz-target');
        const action = target
          ? target.slice(target.lastIndexOf('.') + 1)
          : new URL(request.url).searchParams.get('Action');
        return unknownOperation(service, action, ctx.session.newId());
      });
    },
  );
}

export function createMockHandlers(ctx: MockContext): HttpHandler[] {
  return [
    httpBackendHandler(ctx),
    lambdaHandler(ctx),
    s3Handler(ctx),
    dynamoDbHandler(ctx),
    sqsHandler(ctx),
    snsHandler(ctx),
    stepFunctionsHandler(ctx),
    eventBridgeHandler(ctx),
    otherAwsServiceHandler(ctx),
  ];
}
