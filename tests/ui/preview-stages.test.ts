// The stage strip only reads the trace (docs/design-contracts.md#trace, docs/architecture.md#principles): which stages
// ran, failed or were not reached.
import { describe, expect, it } from 'vitest';
import { stageState, stageSummary, stageOfError } from '../../src/ui/preview/stages.ts';
import { prettyBody } from '../../src/ui/preview/body-view.tsx';
import { fieldsFor, integrationVerbs } from '../../src/ui/forms/integration-fields.ts';
import type { Trace } from '../../src/engine/trace.ts';

const base: Trace = {
  methodRequest: {
    method: 'POST',
    path: '/pets/42',
    resourcePath: '/pets/{petId}',
    pathParameters: {},
    headers: {},
    multiValueHeaders: {},
    query: {},
    multiValueQuery: {},
    body: '',
    isBase64Encoded: false,
  },
  requestParameters: {},
  templateSelection: {
    contentType: 'application/xml',
    matchedKey: null,
    passthroughBehavior: 'NEVER',
    outcome: 'REJECTED',
    reason: 'no template',
  },
  contentHandling: null,
  integrationRequest: null,
  backend: null,
  integrationResponse: null,
  methodResponse: {
    statusCode: 415,
    headers: {},
    body: '{"message":"Unsupported Media Type"}',
    isBase64Encoded: false,
  },
  error: null,
  log: [],
};

describe('preview stages', () => {
  it('a 415 rejection (passthrough NEVER): integration request failed, backend not reached, method response ran', () => {
    expect(
      ['method-request', 'integration-request', 'backend', 'integration-response', 'method-response'].map((s) =>
        stageState(base, s as never),
      ),
    ).toEqual(['done', 'failed', 'skipped', 'skipped', 'done']);
    expect(stageSummary(base, 'integration-request')).toBe('rejected');
    expect(stageSummary(base, 'method-response')).toBe('415');
  });

  it.each([
    ['template', 'integration-request'],
    ['backend', 'backend'],
    ['response', 'integration-response'],
    ['method', 'method-request'],
  ] as const)('an error in stage %s marks %s as failed', (stage, strip) => {
    const trace = { ...base, error: { stage, message: 'x' } };
    expect(stageOfError(trace.error)).toBe(strip);
    expect(stageState(trace, strip)).toBe('failed');
  });

  it.each([
    ['{"a":1}', '{\n  "a": 1\n}'],
    ['[1,2]', '[\n  1,\n  2\n]'],
    ['{not json', '{not json'],
    ['plain', 'plain'],
  ])('prettyBody(%s) only reformats JSON', (body, expected) => {
    expect(prettyBody(body)).toBe(expected);
  });
});

describe('fields per integration type (API_PutIntegration; proxies take no templates)', () => {
  it.each([
    ['HTTP', { httpMethod: 'editable', uri: 'http', connection: true, credentials: false, templates: true }],
    ['HTTP_PROXY', { httpMethod: 'editable', uri: 'http', connection: true, templates: false }],
    ['AWS', { httpMethod: 'editable', uri: 'arn', connection: false, credentials: true, templates: true }],
    [
      'AWS_PROXY',
      { httpMethod: 'post-only', uri: 'arn', credentials: true, templates: false, requestParameters: false },
    ],
    ['MOCK', { httpMethod: 'hidden', uri: 'hidden', connection: false, templates: true, timeout: false }],
  ] as const)('%s', (type, expected) => {
    expect(fieldsFor(type)).toMatchObject(expected);
  });

  it('only HTTP_PROXY may pass the client method through (ANY)', () => {
    expect(integrationVerbs('HTTP_PROXY')).toContain('ANY');
    expect(integrationVerbs('HTTP')).not.toContain('ANY');
  });
});
