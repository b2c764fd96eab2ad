// The "does it match?" check asks the engine's selection function. Expected values from the documentation:
// selectionPattern is a Java regex matched against the whole status code, or for Lambda custom integrations the
// function error's errorMessage (https://docs.aws.amazon.com/apigateway/latest/api/API_IntegrationResponse.html;
// https://docs.aws.amazon.com/apigateway/latest/developerguide/handle-errors-in-lambda-integration.html).
import { describe, expect, it } from 'vitest';
import { checkSelection, patternVerdict, selectionOutcome } from '../../src/engine/response/selection-check.ts';
import { subjectFromText, subjectKind, traceSubjectText } from '../../src/engine/response/selection-subject.ts';
import type { Trace } from '../../src/engine/trace.ts';
import type { IntegrationResponse } from '../../src/model/types.ts';

const LAMBDA = {
  type: 'AWS' as const,
  uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations',
};
const HTTP = { type: 'HTTP' as const, uri: 'https://example.com/' };
const r = (statusCode: string, selectionPattern: string | null): IntegrationResponse => ({
  statusCode,
  selectionPattern,
});

describe('selection check', () => {
  it('matches the status code for HTTP and the errorMessage for Lambda custom integrations', () => {
    expect(subjectKind(HTTP)).toBe('status');
    expect(subjectKind(LAMBDA)).toBe('lambda-error');
    expect(subjectKind({ type: 'AWS_PROXY', uri: LAMBDA.uri })).toBe('status');
  });

  it.each([
    [HTTP, '4\\d{2}', '404', 'matches'],
    [HTTP, '4\\d{2}', '200', 'no-match'],
    [HTTP, '4', '404', 'no-match'], // the whole status code must match
    [LAMBDA, 'Bad request:.*', 'Bad request: no name', 'matches'],
    [LAMBDA, 'Bad request', 'Bad request: no name', 'no-match'], // the whole errorMessage must match
    [LAMBDA, '.+', '', 'no-match'], // a successful result has no errorMessage: `.+` selects errors only
    [LAMBDA, '.*', '', 'matches'],
    [HTTP, null, '500', 'default'],
    [HTTP, '(', '500', 'invalid'],
  ] as const)('%# pattern %s against %s: %s', (integration, pattern, text, verdict) => {
    expect(patternVerdict('400', r('400', pattern), subjectFromText(integration, text)).kind).toBe(verdict);
  });

  it('the whole set: the matching pattern wins over the default; nothing selected is a 500', () => {
    const responses = { '200': r('200', null), '400': r('400', '4\\d{2}') };
    expect(selectionOutcome(responses, subjectFromText(HTTP, '404'))).toMatchObject({
      selected: '400',
      message: 'Selects 400 (pattern 4\\d{2})',
    });
    expect(selectionOutcome(responses, subjectFromText(HTTP, '200'))).toMatchObject({
      selected: '200',
      message: 'Selects 200 (the default response)',
    });
    const noDefault = selectionOutcome({ '400': r('400', '4\\d{2}') }, subjectFromText(HTTP, '200'));
    expect(noDefault.selected).toBeNull();
    expect(noDefault.message).toMatch(/^No response is selected: API Gateway answers 500/);
  });

  it('says when several patterns match (undocumented: the engine takes the first)', () => {
    const outcome = selectionOutcome(
      { '400': r('400', '4\\d{2}'), '404': r('404', '404') },
      subjectFromText(HTTP, '404'),
    );
    expect(outcome.notes.join(' ')).toMatch(/Several selection patterns match/);
  });

  it('prefills from the last run: its status code, or the Lambda errorMessage', () => {
    const trace = (headers: Record<string, string>, body: string, statusCode = 200) =>
      ({ backend: { statusCode, headers, body, isBase64Encoded: false } }) as unknown as Trace;
    expect(traceSubjectText(HTTP, trace({}, '', 503))).toBe('503');
    expect(traceSubjectText(LAMBDA, trace({ 'X-Amz-Function-Error': 'Unhandled' }, '{"errorMessage": "boom"}'))).toBe(
      'boom',
    );
    expect(traceSubjectText(LAMBDA, trace({}, '{"ok": true}'))).toBe('');
    expect(traceSubjectText(HTTP, null)).toBeNull();
  });

  // What the engine worker sends with each run (and the page computes for a typed subject): the same verdicts as
  // asking one response at a time, and the set's outcome, for one subject text.
  it.each([
    ['404', 'Selects 400 (pattern 4\\d{2})', { '200': 'default', '400': 'matches', '5xx': 'no-match', bad: 'invalid' }],
    [
      '200',
      'Selects 200 (the default response)',
      { '200': 'default', '400': 'no-match', '5xx': 'no-match', bad: 'invalid' },
    ],
    ['503', 'Selects 5xx (pattern 5\\d{2})', { '200': 'default', '400': 'no-match', '5xx': 'matches', bad: 'invalid' }],
  ] as const)('the whole check for status %s: %s', (text, message, verdicts) => {
    const integration = {
      ...HTTP,
      integrationResponses: {
        '200': r('200', null),
        '400': r('400', '4\\d{2}'),
        // A key that is not its status code: the verdict is by key, the pattern's response by its statusCode.
        '5xx': r('5xx', '5\\d{2}'),
        bad: { statusCode: '502', selectionPattern: '(' },
      },
    };
    const check = checkSelection(integration, text);
    expect(check.text).toBe(text);
    expect(check.outcome.message).toBe(message);
    expect(Object.fromEntries(Object.entries(check.verdicts).map(([k, v]) => [k, v.kind]))).toEqual(verdicts);
    expect(check.verdicts.bad).toMatchObject({
      message: expect.stringMatching(/^selectionPattern "\(" of response 502 ignored: /),
    });
  });

  it('a Lambda custom integration: the empty text is a successful result, matched by .* and not by .+', () => {
    const integration = {
      ...LAMBDA,
      integrationResponses: { '200': r('200', null), '400': r('400', '.+'), '204': r('204', '.*') },
    };
    expect(checkSelection(integration, '').outcome.selected).toBe('204');
    expect(checkSelection(integration, '').verdicts['400']!.kind).toBe('no-match');
    expect(checkSelection(integration, 'boom').verdicts['400']!.kind).toBe('matches');
  });

  it('no integration responses: nothing is selected', () => {
    const check = checkSelection({ ...HTTP }, '200');
    expect(check.verdicts).toEqual({});
    expect(check.outcome.selected).toBeNull();
  });
});
