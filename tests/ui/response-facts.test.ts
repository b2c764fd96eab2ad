// What the preview says about the response half, read from the trace.
import { describe, expect, it } from 'vitest';
import {
  backendOutcome,
  explainSelection,
  integrationLatencyMs,
  proxyWords,
} from '../../src/ui/preview/response-facts.ts';
import { stageState, stageSummary } from '../../src/ui/preview/stages.ts';
import type { Trace, TraceResponse } from '../../src/engine/trace.ts';

const ok = (statusCode: number, headers: Record<string, string> = {}, body = ''): TraceResponse => ({
  statusCode,
  headers,
  body,
  isBase64Encoded: false,
});
const base = {
  methodRequest: {},
  requestParameters: {},
  templateSelection: null,
  contentHandling: null,
  integrationRequest: { method: 'GET', url: 'https://b.example.com/', headers: {}, body: '', isBase64Encoded: false },
  backend: null,
  integrationResponse: null,
  methodResponse: null,
  error: null,
  log: [],
} as unknown as Trace;
const LAMBDA = {
  type: 'AWS' as const,
  uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:f/invocations',
};

describe('response facts', () => {
  it('a 504 (https://repost.aws/knowledge-center/api-gateway-504-errors) and an unreachable endpoint', () => {
    const timeout = {
      ...base,
      error: { stage: 'backend', message: 'The backend did not answer within 50 ms' },
      methodResponse: ok(504),
      backendCall: {
        outcome: 'timeout',
        latencyMs: 50,
        functionError: null,
        message: 'The backend did not answer within 50 ms',
      },
    } as Trace;
    expect(backendOutcome(timeout)).toEqual({ kind: 'timeout', message: 'The backend did not answer within 50 ms' });
    expect(stageSummary(timeout, 'backend')).toBe('timed out');
    expect(stageState(timeout, 'backend')).toBe('failed');
    const unreachable = {
      ...base,
      error: { stage: 'backend', message: 'No mock backend answers GET x' },
      methodResponse: ok(500),
      backendCall: {
        outcome: 'unreachable',
        latencyMs: 0,
        functionError: null,
        message: 'No mock backend answers GET x',
      },
    } as Trace;
    expect(backendOutcome(unreachable).kind).toBe('unreachable');
    expect(stageSummary(unreachable, 'backend')).toBe('no answer');
  });

  it('a Lambda function error: status 200 with X-Amz-Function-Error (https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html)', () => {
    const trace = {
      ...base,
      backend: ok(200, { 'X-Amz-Function-Error': 'Unhandled' }, '{"errorMessage": "boom", "errorType": "Error"}'),
      backendCall: { outcome: 'answered', latencyMs: 3, functionError: { errorMessage: 'boom', errorType: 'Error' } },
    } as Trace;
    expect(backendOutcome(trace)).toEqual({
      kind: 'answered',
      functionError: { errorMessage: 'boom', errorType: 'Error' },
    });
    expect(stageSummary(trace, 'backend')).toBe('200 function error');
  });

  it('explains the selection with the subject the pattern matched', () => {
    const trace = {
      ...base,
      backend: ok(200, { 'X-Amz-Function-Error': 'Unhandled' }, '{"errorMessage": "Bad request: x"}'),
      integrationResponse: { statusCode: '400', selectionPattern: 'Bad request:.*' },
    } as Trace;
    expect(explainSelection(trace, LAMBDA)?.how).toBe(
      'selection pattern Bad request:.* matched the Lambda errorMessage "Bad request: x"',
    );
    const byDefault = {
      ...base,
      backend: ok(404),
      integrationResponse: { statusCode: '200', selectionPattern: null },
    } as Trace;
    expect(explainSelection(byDefault, { type: 'HTTP', uri: 'https://x' })?.how).toBe(
      'the default response (no selection pattern), because no pattern matched status code 404',
    );
    expect(explainSelection(base, { type: 'HTTP', uri: 'https://x' })).toBeNull();
  });

  it('a proxy passes the response through: the integration response stage ran without a selected response', () => {
    const trace = { ...base, backend: ok(201), methodResponse: ok(201) } as Trace;
    expect(stageState(trace, 'integration-response')).toBe('done');
    expect(stageSummary(trace, 'integration-response')).toBe('proxy: passed through');
    expect(proxyWords('AWS_PROXY')).toMatch(/parsed as the proxy response object/);
    expect(proxyWords('HTTP')).toBeNull();
  });

  it('a response template error marks the integration response stage, not the request templates', () => {
    const trace = {
      ...base,
      backend: ok(200),
      integrationResponse: { statusCode: '200', selectionPattern: null },
      error: { stage: 'template', message: 'x', template: 'response' },
      methodResponse: ok(500),
    } as Trace;
    expect(stageState(trace, 'integration-response')).toBe('failed');
    expect(stageState(trace, 'integration-request')).toBe('done');
  });

  it('the integration latency is the one number the engine measured (Trace.backendCall), not parsed from the log', () => {
    const answered = {
      ...base,
      backend: ok(200),
      backendCall: { outcome: 'answered', latencyMs: 42, functionError: null },
    };
    expect(integrationLatencyMs(answered as Trace)).toBe(42);
    expect(integrationLatencyMs(base)).toBeNull();
  });
});
