// Lambda Invoke (`POST /2015-03-31/functions/{FunctionName}/invocations`), what API Gateway calls for Lambda custom
// (AWS) and proxy (AWS_PROXY) integrations. As Lambda does
// (https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html): status 200 with the function's result as JSON; a
// function error is ALSO status 200, flagged by the `X-Amz-Function-Error: Unhandled` (or `Handled`) header, with body
// `{errorMessage, errorType, stackTrace}`; `X-Amz-Invocation-Type: Event` (asynchronous) answers 202 with an empty
// body. design.backend.lambda: `{ result }` | `{ error: {errorMessage, errorType} }` | `{ echo: true }`, optional
// delayMs, optional `functions: { name: {...} }` per function. Without it: AWS_PROXY answers `{"statusCode": 200,
// "body": "{}"}`, AWS echoes the event (a function returning its input).
import { HttpResponse, type HttpHandler } from 'msw';
import { abortableDelay } from '../abortable-delay.ts';
import { mockResponse } from '../in-process-messages.ts';
import type { AwsCall } from '../aws-call.ts';
import { awsJsonError } from '../aws-responses.ts';
import { lambdaBackendOf } from '../backend-config.ts';
import { awsServiceHandler, type MockContext } from './mock-context.ts';

const INVOKE_PATH = /^\/\d{4}-\d{2}-\d{2}\/functions\/([^/]+)\/invocations\/?$/;

export function functionNameOf(pathSegment: string): string {
  const decoded = decodeURIComponent(pathSegment);
  const i = decoded.indexOf(':function:');
  return i >= 0 ? decoded.slice(i + ':function:'.length) : decoded;
}

export async function invokeLambda(call: AwsCall, ctx: MockContext): Promise<Response> {
  const requestId = ctx.session.newId();
  const m = INVOKE_PATH.exec(call.url.pathname);
  if (!m || call.request.method !== 'POST') {
    return awsJsonError(
      404,
      'UnknownOperationException',
      `No Lambda operation at ${call.request.method} ${call.url.pathname}`,
      requestId,
      'application/json',
    );
  }
  const name = functionNameOf(m[1]!);
  const cfg = lambdaBackendOf(ctx.design, name);
  await abortableDelay(cfg?.delayMs, call.request.signal);
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'x-amzn-RequestId': requestId,
    'X-Amz-Executed-Version': '$LATEST',
  };
  if (call.request.headers.get('x-amz-invocation-type') === 'Event') {
    return new HttpResponse(null, { status: 202, headers: { 'x-amzn-RequestId': requestId } });
  }
  if (cfg?.error) {
    const { errorMessage, errorType, stackTrace, ...rest } = cfg.error;
    const body = { errorMessage, errorType: errorType ?? 'Error', stackTrace: stackTrace ?? [], ...rest };
    return mockResponse(call.request, JSON.stringify(body), {
      status: 200,
      headers: { ...headers, 'X-Amz-Function-Error': cfg.functionError ?? 'Unhandled' },
    });
  }
  let result: unknown;
  if (cfg && !cfg.echo && 'result' in cfg) result = cfg.result;
  else if (cfg?.echo || ctx.design.integration.type === 'AWS') result = call.json ?? call.bodyText;
  else result = { statusCode: 200, body: '{}' };
  return mockResponse(call.request, JSON.stringify(result ?? null), { status: 200, headers });
}

export function lambdaHandler(ctx: MockContext): HttpHandler {
  return awsServiceHandler('lambda', ctx, invokeLambda);
}
