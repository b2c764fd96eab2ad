// Integration-response selection, docs/apigw-behaviour.md#integration-response-selection. Sources:
// API ref https://docs.aws.amazon.com/apigateway/latest/api/API_IntegrationResponse.html (selectionPattern),
// DG https://docs.aws.amazon.com/apigateway/latest/developerguide/handle-errors-in-lambda-integration.html,
// LS-snap test_lambda_selection_patterns / test_http_integration_status_code_selection (recorded on real AWS).
import { describe, expect, it } from 'vitest';
import type { IntegrationResponse, MethodResponse } from '../../src/model/types.ts';
import {
  isLambdaCustomIntegration,
  selectIntegrationResponse,
  selectionSubjectFor,
  type SelectionSubject,
} from '../../src/engine/response/select-integration-response.ts';

const LAMBDA_URI =
  'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations';

const r = (statusCode: string, selectionPattern?: string | null): IntegrationResponse => ({
  statusCode,
  selectionPattern,
});
const status = (code: string): SelectionSubject => ({ kind: 'status', statusCode: code });
const lambdaError = (errorMessage: string | null): SelectionSubject => ({
  kind: 'lambda',
  functionError: true,
  errorMessage,
  errorType: null,
});
const lambdaOk: SelectionSubject = { kind: 'lambda', functionError: false, errorMessage: null, errorType: null };

const httpResponses = { '200': r('200'), '400': r('400', '4\\d{2}'), '500': r('500', '5\\d{2}') };
const lambdaResponses = {
  '200': r('200'),
  '405': r('405', '.*four hundred.*'),
  '502': r('502', '.+'),
  '201': r('201', '200'),
};

describe('selectIntegrationResponse', () => {
  it.each([
    ['LS-snap: HTTP backend 404 with pattern 4\\d{2} -> 400', httpResponses, status('404'), '400'],
    ['LS-snap: HTTP backend 201 -> default 200', httpResponses, status('201'), '200'],
    ['API ref: 5\\d{2} matches 503', httpResponses, status('503'), '500'],
    [
      'full match: 4\\d matches not 404 (Java matches(), not find())',
      { '200': r('200'), '400': r('400', '4\\d') },
      status('404'),
      '200',
    ],
    ['LS-snap: Lambda success is not selected by pattern "200" -> default', lambdaResponses, lambdaOk, '200'],
    [
      'LS-snap: errorMessage "Error: Raising four hundred" matches .*four hundred.* -> 405',
      lambdaResponses,
      lambdaError('Error: Raising four hundred from within the Lambda function'),
      '405',
    ],
    [
      'LS-snap: errorMessage "... five hundred ..." matches .+ -> 502',
      lambdaResponses,
      lambdaError('Error: Raising five hundred from within the Lambda function'),
      '502',
    ],
    [
      'API ref: .+ does not cross a newline (no DOTALL) -> default',
      { '200': r('200'), '500': r('500', '.+') },
      lambdaError('line one\nline two'),
      '200',
    ],
    [
      'DG: (\\n|.)+ matches multi-line messages',
      { '200': r('200'), '500': r('500', '(\\n|.)+') },
      lambdaError('line one\nline two'),
      '500',
    ],
    [
      'DG handle-errors: .* matches every error message including null (a success too)',
      { '200': r('200'), '500': r('500', '.*') },
      lambdaOk,
      '500',
    ],
    [
      'API ref: .+ selects errors only, success falls to the default',
      { '200': r('200'), '500': r('500', '.+') },
      lambdaOk,
      '200',
    ],
    [
      'DG: Malformed.* matches "Malformed input ..."',
      { '200': r('200'), '400': r('400', 'Malformed.*') },
      lambdaError('Malformed input ...'),
      '400',
    ],
    [
      'DG CLI example Invalid* matches "Invalid" followed by d* only, as a Java full match',
      { '200': r('200'), '400': r('400', 'Invalid*') },
      lambdaError('Invalid request'),
      '200',
    ],
    ['empty-string pattern is the default', { '200': r('200', ''), '400': r('400', '4\\d{2}') }, status('302'), '200'],
  ])('%s', (_name, responses, subject, expected) => {
    const result = selectIntegrationResponse(responses, subject);
    expect(result.ok && result.statusCode).toBe(expected);
  });

  it('DG: no pattern matches and no default -> configuration error (500) with the AWS log wording', () => {
    const result = selectIntegrationResponse({ '400': r('400', '4\\d{2}') }, status('200'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.logLine).toBe(
      'Execution failed due to configuration error: No match for output mapping and no default output mapping configured. Endpoint Response Status Code: 200',
    );
  });

  it('DG handle-errors: a selected status without a method response -> invalid configuration (500)', () => {
    const methodResponses: Record<string, MethodResponse> = { '200': { statusCode: '200' } };
    const result = selectIntegrationResponse(httpResponses, status('404'), methodResponses);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.logLine).toMatch(/invalid method response: 400$/);
  });

  it('no integration responses at all -> configuration error', () => {
    expect(selectIntegrationResponse(undefined, status('200')).ok).toBe(false);
  });

  it('several matching patterns: the first in document order, and a note says the order is undocumented', () => {
    const result = selectIntegrationResponse({ '401': r('401', '4\\d{2}'), '404': r('404', '404') }, status('404'));
    expect(result.ok && result.statusCode).toBe('401');
    expect(result.notes.join()).toMatch(/does not document which wins/);
  });

  it('a pattern that does not compile is ignored with a note', () => {
    const result = selectIntegrationResponse({ '200': r('200'), '400': r('400', '4(') }, status('400'));
    expect(result.ok && result.statusCode).toBe('200');
    expect(result.notes).toHaveLength(1);
  });

  it('selectionPattern in the result is null for the default response', () => {
    const result = selectIntegrationResponse(httpResponses, status('200'));
    expect(result.ok && result.selectionPattern).toBe(null);
  });
});

describe('selectionSubjectFor', () => {
  const lambda = { type: 'AWS' as const, uri: LAMBDA_URI };
  it.each([
    [
      'HTTP: the status code',
      { type: 'HTTP' as const, uri: 'https://example.com' },
      404,
      {},
      '',
      { kind: 'status', statusCode: '404' },
    ],
    [
      'AWS service: the status code',
      { type: 'AWS' as const, uri: 'arn:aws:apigateway:us-east-1:s3:path/b/k' },
      403,
      {},
      '',
      { kind: 'status', statusCode: '403' },
    ],
    ['Lambda success: no errorMessage', lambda, 200, {}, '{"errorMessage":"looks like an error"}', lambdaOk],
    [
      'Lambda function error: the errorMessage (X-Amz-Function-Error header present)',
      lambda,
      200,
      { 'X-Amz-Function-Error': 'Unhandled' },
      '{"errorMessage":"Bad request: no name","errorType":"BadRequest"}',
      { kind: 'lambda', functionError: true, errorMessage: 'Bad request: no name', errorType: 'BadRequest' },
    ],
  ])('%s', (_name, integration, statusCode, headers, body, expected) => {
    expect(selectionSubjectFor(integration, { statusCode, headers, body, isBase64Encoded: false })).toEqual(expected);
  });

  it('a Lambda custom integration is type AWS with a lambda:path URI (not AWS_PROXY)', () => {
    expect(isLambdaCustomIntegration(lambda)).toBe(true);
    expect(isLambdaCustomIntegration({ type: 'AWS_PROXY', uri: LAMBDA_URI })).toBe(false);
  });
});
