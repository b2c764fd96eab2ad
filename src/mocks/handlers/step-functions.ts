// Step Functions StartExecution (JSON 1.0, `X-Amz-Target: AWSStepFunctions.StartExecution`, or
// `action/StartExecution`): `{"executionArn": "arn:aws:states:{region}:{account}:execution:{stateMachine}:{name}",
// "startDate": <epoch seconds>}`
// (https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartExecution.html).
import type { HttpHandler } from 'msw';
import type { AwsCall } from '../aws-call.ts';
import { awsJsonError, awsJsonResponse, unknownOperation } from '../aws-responses.ts';
import { awsServiceHandler, type MockContext } from './mock-context.ts';

const STATE_MACHINE_ARN = /^arn:([^:]+):states:([^:]+):(\d+):stateMachine:([^:]+)$/;

export function handleStepFunctions(call: AwsCall, ctx: MockContext): Response {
  const requestId = ctx.session.newId();
  if (call.operation !== 'StartExecution') return unknownOperation('states', call.operation, requestId);
  const input = (call.json ?? Object.fromEntries(call.params)) as Record<string, unknown>;
  const arn = typeof input.stateMachineArn === 'string' ? input.stateMachineArn : '';
  const m = STATE_MACHINE_ARN.exec(arn);
  if (!m)
    return awsJsonError(400, 'InvalidArn', `Invalid Arn: 'Resource type not valid in this context: ${arn}'`, requestId);
  const name = typeof input.name === 'string' && input.name !== '' ? input.name : ctx.session.newId();
  const executionArn = `arn:${m[1]}:states:${m[2]}:${m[3]}:execution:${m[4]}:${name}`;
  ctx.session.stores.record('executions', {
    executionArn,
    stateMachineArn: arn,
    input: typeof input.input === 'string' ? input.input : '{}',
  });
  return awsJsonResponse(200, { executionArn, startDate: ctx.session.now().getTime() / 1000 }, requestId);
}

export function stepFunctionsHandler(ctx: MockContext): HttpHandler {
  return awsServiceHandler('states', ctx, handleStepFunctions);
}
