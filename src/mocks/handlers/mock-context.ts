// What every handler factory reads: the design whose `backend` section says what to answer (read at request time,
// so one handler set can follow a changing design), and the session holding the in-memory stores, clock and ids.
import { http, passthrough, type HttpHandler } from 'msw';
import type { Design } from '../../model/types.ts';
import { MockConfigError, cannedServiceResponse, isLive } from '../backend-config.ts';
import { cannedResponse } from './canned-response.ts';
import { readAwsCall, parseAwsHost, type AwsCall } from '../aws-call.ts';
import { mockConfigError } from '../aws-responses.ts';
import type { MockSession } from '../mock-session.ts';

export interface MockContext {
  readonly design: Design;
  readonly session: MockSession;
}

/** Whether the mocks answer this request for this design's integration types. */
export function answers(ctx: MockContext, types: readonly string[]): boolean {
  return types.includes(ctx.design.integration.type);
}

export const AWS_TYPES = ['AWS', 'AWS_PROXY'] as const;

/** Runs a resolver, turning a MockConfigError (a mistake in backend.*) into the mock's readable 500. */
export async function guarded(resolve: () => Promise<Response> | Response): Promise<Response> {
  try {
    return await resolve();
  } catch (e) {
    if (e instanceof MockConfigError) return mockConfigError(e.message);
    throw e;
  }
}

/** An MSW handler answering one AWS service (by host) for AWS / AWS_PROXY designs. */
export function awsServiceHandler(
  service: string,
  ctx: MockContext,
  handle: (call: AwsCall, ctx: MockContext) => Promise<Response> | Response,
): HttpHandler {
  return http.all(
    ({ request }) => answers(ctx, AWS_TYPES) && parseAwsHost(new URL(request.url).hostname)?.service === service,
    async ({ request }) => {
      if (isLive(ctx.design)) return passthrough();
      return guarded(async () => {
        const canned = cannedServiceResponse(ctx.design, service);
        if (canned) return cannedResponse(canned, request);
        return handle(await readAwsCall(request), ctx);
      });
    },
  );
}
