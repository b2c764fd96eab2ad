// The `expect` block checker behind `integration-designer test` (docs/design-contracts.md#command-line).
import { describe, expect, it } from 'vitest';
import { formatMismatch, lineDiff } from '../../src/cli/test-expectations.ts';
import { checkExpectations } from '../../src/engine/index.ts';
import type { Trace } from '../../src/engine/trace.ts';

const trace: Trace = {
  methodRequest: null,
  requestParameters: {},
  templateSelection: null,
  contentHandling: null,
  integrationRequest: {
    method: 'PUT',
    url: 'https://pets.example.com/pets/42',
    headers: { 'Content-Type': 'application/json' },
    body: '{"name":"Rex","tags":["a","b"]}',
    isBase64Encoded: false,
  },
  backend: null,
  integrationResponse: null,
  methodResponse: {
    statusCode: 200,
    headers: { 'Content-Type': 'application/json', 'X-Id': '42' },
    body: '{"id":42,"ok":true}',
    isBase64Encoded: false,
  },
  error: null,
  log: [],
};

describe('checkExpectations', () => {
  it('all expectations hold -> no mismatch', () => {
    expect(
      checkExpectations(
        {
          status: 200,
          integrationRequestBody: '{"name":"Rex","tags":["a","b"]}',
          integrationRequestJson: { '$.name': 'Rex', tags: ['a', 'b'], '$.tags[1]': 'b' },
          integrationRequestUrl: 'https://pets.example.com/pets/42',
          integrationRequestHeaders: { 'content-type': 'application/json', Authorization: null },
          methodResponseBody: '{"id":42,"ok":true}',
          methodResponseJson: { id: 42, '$.ok': true },
          headers: { 'x-id': '42', 'X-Missing': null },
        },
        trace,
      ),
    ).toEqual([]);
  });

  it.each([
    ['status', { status: 400 }, { field: 'status', expected: 400, actual: 200 }],
    ['a JSON value', { methodResponseJson: { id: 7 } }, { field: 'methodResponseJson $.id', expected: 7, actual: 42 }],
    [
      'an absent JSON path',
      { integrationRequestJson: { '$.age': 3 } },
      { field: 'integrationRequestJson $.age', expected: 3, actual: undefined },
    ],
    ['a header value', { headers: { 'X-Id': '7' } }, { field: 'headers.X-Id', expected: '7', actual: '42' }],
    [
      'a header that must be absent',
      { headers: { 'X-Id': null } },
      { field: 'headers.X-Id', expected: undefined, actual: '42' },
    ],
    [
      'the integration request body',
      { integrationRequestBody: '{}' },
      { field: 'integrationRequestBody', expected: '{}', actual: trace.integrationRequest!.body },
    ],
  ])('%s mismatch', (_name, expectBlock, mismatch) => {
    expect(checkExpectations(expectBlock, trace)).toEqual([mismatch]);
  });

  it('an unknown key is reported (a typo must not pass silently)', () => {
    const [m] = checkExpectations({ stauts: 200 }, trace);
    expect(m).toMatchObject({ field: 'stauts' });
    expect(m!.note).toMatch(/unknown expectation/);
  });

  it('no integration request (rejected) -> expectations on it fail as absent', () => {
    expect(checkExpectations({ integrationRequestBody: '{}' }, { ...trace, integrationRequest: null })).toEqual([
      { field: 'integrationRequestBody', expected: '{}', actual: undefined },
    ]);
  });

  it('a non-JSON body cannot satisfy a JSONPath expectation', () => {
    const [m] = checkExpectations(
      { methodResponseJson: { a: 1 } },
      { ...trace, methodResponse: { ...trace.methodResponse!, body: 'plain' } },
    );
    expect(m!.note).toBe('the body is not JSON');
  });
});

describe('formatMismatch', () => {
  it('short values on one line', () => {
    expect(formatMismatch({ field: 'status', expected: 400, actual: 200 })).toEqual([
      '    status: expected 400, got 200',
    ]);
    expect(formatMismatch({ field: 'headers.X', expected: 'a', actual: undefined })).toEqual([
      '    headers.X: expected "a", got (absent)',
    ]);
  });

  it('multi-line text as a line diff', () => {
    expect(
      formatMismatch({ field: 'methodResponseBody', expected: '{\n  "a": 1\n}', actual: '{\n  "a": 2\n}' }),
    ).toEqual(['    methodResponseBody:', '        {', '      -   "a": 1', '      +   "a": 2', '        }']);
  });

  it('lineDiff keeps common lines and marks changes', () => {
    expect(lineDiff('a\nb\nc', 'a\nx\nc')).toEqual(['  a', '- b', '+ x', '  c']);
  });
});
