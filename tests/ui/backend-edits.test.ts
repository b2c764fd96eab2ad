// The mock backend editor's view of design.backend (src/mocks/README.md): which editor, and edits that keep the rest.
import { describe, expect, it } from 'vitest';
import {
  awsServiceOf,
  backendEditorKind,
  editLambdaBackend,
  editServiceField,
  httpBackendView,
  lambdaMode,
  withLambdaMode,
  withLive,
} from '../../src/ui/backend/backend-edits.ts';
import { mockStatusText } from '../../src/ui/backend/mock-status-text.ts';
import { defaultDesign } from '../../src/model/index.ts';

const LAMBDA_URI =
  'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:f/invocations';

describe('backend edits', () => {
  it('the HTTP mock default view is one object: the editor selects it, and a new object per read re-rendered forever', () => {
    expect(httpBackendView(undefined)).toBe(httpBackendView({}));
    expect(httpBackendView(undefined).headers).toEqual({ 'Content-Type': 'application/json' });
  });

  it.each([
    ['HTTP', null, 'http'],
    ['HTTP_PROXY', null, 'http'],
    ['AWS_PROXY', LAMBDA_URI, 'lambda'],
    ['AWS', LAMBDA_URI, 'lambda'],
    ['AWS', 'arn:aws:apigateway:us-east-1:dynamodb:action/GetItem', 'aws-service'],
    ['MOCK', null, 'none'],
  ] as const)('%s %s -> %s editor', (type, uri, kind) => {
    expect(backendEditorKind({ type, uri })).toBe(kind);
  });

  it('reads the service of an AWS URI', () => {
    expect(awsServiceOf('arn:aws:apigateway:us-east-1:s3:path/{bucket}/{key}')).toBe('s3');
    expect(awsServiceOf('not an arn')).toBeNull();
  });

  it('switches the Lambda mock between result, error and default (an error wins in the mock, so it is dropped)', () => {
    const withError = withLambdaMode({ result: { a: 1 }, delayMs: 5 }, 'error', 'AWS');
    expect(lambdaMode(withError)).toBe('error');
    expect(withError).toMatchObject({ delayMs: 5, error: { errorMessage: 'Something went wrong' } });
    const back = withLambdaMode(withError, 'result', 'AWS');
    expect(back).toEqual({ delayMs: 5, result: { ok: true } });
    expect(withLambdaMode({}, 'result', 'AWS_PROXY')).toMatchObject({ result: { statusCode: 200 } });
    expect(withLambdaMode({ result: 1 }, 'default', 'AWS')).toBeUndefined();
    expect(
      editLambdaBackend({ ...defaultDesign(), backend: { lambda: { result: 1 }, http: {} } }, undefined).backend,
    ).toEqual({ http: {} });
  });

  it('sets and removes service seeds without touching other services', () => {
    const design = editServiceField(defaultDesign(), 's3', 'objects', { 'b/k': { body: 'x' } });
    expect(design.backend?.services).toEqual({ s3: { objects: { 'b/k': { body: 'x' } } } });
    expect(editServiceField(design, 's3', 'objects', undefined).backend?.services).toEqual({});
  });

  it('backend.live is absent unless turned on', () => {
    const on = withLive(defaultDesign(), true);
    expect(on.backend?.live).toBe(true);
    expect('live' in withLive(on, false).backend!).toBe(false);
  });

  it('the status line: mocks in the engine worker, and a warning when live or when a request was not mocked', () => {
    expect(mockStatusText('in-process', false)).toMatchObject({
      text: 'Mock backends: in the engine worker',
      warning: false,
    });
    expect(mockStatusText(null, false).text).toBe('Mock backends: in the engine worker');
    expect(mockStatusText('network', false)).toMatchObject({
      warning: true,
      text: expect.stringMatching(/NOT answered/),
    });
    expect(mockStatusText(null, true)).toMatchObject({ warning: true, text: expect.stringMatching(/LIVE/) });
  });
});
