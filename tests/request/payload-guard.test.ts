// API Gateway's payload limit and the base64 check of a sample's body, before any template runs. 10 MB:
// https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html ("Payload size 10 MB", not increasable);
// REQUEST_TOO_LARGE 413:
// https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html (customization not
// supported: api-gateway-known-issues.html); body `HTTP content length exceeded 10485760 bytes.` as recorded from
// deployed APIs (docs/limits.md).
import { describe, expect, it } from 'vitest';
import { checkSampleBody, MAX_PAYLOAD_BYTES, simulate } from '../../src/engine/index.ts';
import type { Design } from '../../src/model/types.ts';

const design = {
  format: 'integration-designer/1',
  name: 'limits',
  api: { binaryMediaTypes: ['image/png'], stageName: 'test', stageVariables: {} },
  method: { httpMethod: 'POST', resourcePath: '/upload', requestParameters: {} },
  integration: {
    type: 'MOCK',
    requestTemplates: { 'application/json': '#set($x = $util.base64Encode($input.body)){"statusCode": 200}' },
    passthroughBehavior: 'WHEN_NO_MATCH',
    integrationResponses: { '200': { statusCode: '200' } },
  },
  samples: [],
} as unknown as Design;

const big = 'x'.repeat(MAX_PAYLOAD_BYTES + 1);

describe('checkSampleBody: what the UI shows on the sample body field', () => {
  it.each([
    ['plain text within the limit', { body: '{"a":1}' }, null],
    ['exactly 10,485,760 bytes', { body: 'x'.repeat(MAX_PAYLOAD_BYTES) }, null],
    ['10,485,761 bytes', { body: big }, 'too-large'],
    ['multi-byte characters count as their UTF-8 bytes', { body: 'é'.repeat(MAX_PAYLOAD_BYTES / 2 + 1) }, 'too-large'],
    ['valid base64', { body: 'aGVsbG8=', isBase64Encoded: true }, null],
    ['valid base64 with line breaks (MIME)', { body: 'aGVs\r\nbG8=', isBase64Encoded: true }, null],
    ['not base64: a "!"', { body: 'aGVs!G8=', isBase64Encoded: true }, 'invalid-base64'],
    ['not base64: bad length', { body: 'aGVsbG8', isBase64Encoded: true }, 'invalid-base64'],
    ['not base64: text after padding', { body: 'aG==bG8=', isBase64Encoded: true }, 'invalid-base64'],
    ['not base64: three "="', { body: 'aG===', isBase64Encoded: true }, 'invalid-base64'],
    ['the same text is fine when not marked base64', { body: 'aGVs!G8=' }, null],
    ['base64 of more than 10 MB of bytes', { body: 'A'.repeat(13_981_016), isBase64Encoded: true }, 'too-large'],
    ['base64 of exactly 10 MB of bytes', { body: `${'A'.repeat(13_981_012)}AA==`, isBase64Encoded: true }, null],
  ])('%s', (_name, sample, code) => {
    expect(checkSampleBody(sample)?.code ?? null).toBe(code);
  });

  it('a large body checked again (every keystroke in the designer) gets the same answer, and a changed one its own', () => {
    const near = 'é'.repeat(MAX_PAYLOAD_BYTES / 2); // exactly 10 MB of UTF-8
    expect(checkSampleBody({ body: near })).toBeNull();
    expect(checkSampleBody({ body: near })).toBeNull();
    const over = `€${near.slice(1)}`; // same length in characters, one byte more (€ is 3 bytes, é 2)
    expect(over.length).toBe(near.length);
    expect(checkSampleBody({ body: over })?.code).toBe('too-large');
    expect(checkSampleBody({ body: near })).toBeNull();
  });

  it('says where the base64 goes wrong', () => {
    expect(checkSampleBody({ body: 'aGVs!G8=', isBase64Encoded: true })).toEqual({
      code: 'invalid-base64',
      offset: 4,
      message:
        'the body is marked isBase64Encoded but is not valid base64: the character "!" is not base64 (at character 5)',
    });
  });
});

describe('simulate refuses before any template runs', () => {
  it('a payload over 10 MB: 413 REQUEST_TOO_LARGE as API Gateway sends it, in the Trace and the log', async () => {
    const trace = await simulate(design, { method: 'POST', path: '/upload', body: big }, { deterministic: true });
    expect(trace.methodResponse).toEqual({
      statusCode: 413,
      headers: { 'Content-Type': 'text/plain' },
      body: 'HTTP content length exceeded 10485760 bytes.',
      isBase64Encoded: false,
    });
    expect(trace.error?.stage).toBe('method');
    expect(trace.error?.message).toMatch(/10,485,761 bytes.*10 MB/);
    expect(trace.templateSelection).toBeNull(); // no template ran
    expect(trace.log.join('\n')).toMatch(/Request refused: .*413/);
  });

  it('a body marked base64 that is not: an error saying where, no response', async () => {
    const trace = await simulate(
      design,
      {
        method: 'POST',
        path: '/upload',
        headers: { 'Content-Type': 'image/png' },
        body: 'not base64!',
        isBase64Encoded: true,
      },
      { deterministic: true },
    );
    expect(trace.methodResponse).toBeNull();
    expect(trace.error).toEqual({
      stage: 'method',
      message:
        'sample body: the body is marked isBase64Encoded but is not valid base64: the character " " is not base64 (at character 4)',
    });
  });

  it('10 MB exactly goes through (the template renders it)', async () => {
    const plain = structuredClone(design);
    plain.integration.requestTemplates = { 'application/json': '{"statusCode": 200, "n": $input.body.length()}' };
    const trace = await simulate(
      plain,
      { method: 'POST', path: '/upload', body: 'x'.repeat(MAX_PAYLOAD_BYTES) },
      { deterministic: true },
    );
    expect(trace.error).toBeNull();
    expect(trace.methodResponse?.statusCode).toBe(200);
  });
});
