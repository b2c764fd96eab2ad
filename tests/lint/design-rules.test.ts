// Each design rule: a design that must warn and one that must not. Sources: docs/lint-rules.md.
import { describe, expect, it } from 'vitest';
import { lintDesign } from '../../src/engine/index.ts';
import type { Design } from '../../src/model/types.ts';
import { designWith } from './helpers.ts';

const LAMBDA_URI =
  'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations';

const lambda = (d: Design) => {
  d.integration.type = 'AWS';
  d.integration.httpMethod = 'POST';
  d.integration.uri = LAMBDA_URI;
  d.integration.requestParameters = {};
};

// [rule, location, must warn, must not warn]
const CASES: [string, string, (d: Design) => void, (d: Design) => void][] = [
  [
    'API001',
    'integration.requestTemplates["application/xml"]',
    (d) => (d.integration.requestTemplates = { ...d.integration.requestTemplates, 'application/xml': '<a/>' }),
    () => {},
  ],
  [
    'API002',
    'integration.passthroughBehavior',
    (d) =>
      d.samples.push({ name: 'xml', path: '/pets/1', headers: { 'Content-Type': 'application/xml' }, body: '<a/>' }),
    (d) => {
      d.samples.push({ name: 'xml', path: '/pets/1', headers: { 'Content-Type': 'application/xml' }, body: '<a/>' });
      d.integration.passthroughBehavior = 'WHEN_NO_MATCH';
    },
  ],
  [
    'API003',
    'api.binaryMediaTypes[1]',
    (d) => (d.api.binaryMediaTypes = ['image/png', '*/*']),
    (d) => (d.api.binaryMediaTypes = ['image/png']),
  ],
  [
    'API003',
    'api.binaryMediaTypes[0]',
    (d) => (d.api.binaryMediaTypes = ['application/*']),
    (d) => (d.api.binaryMediaTypes = ['application/octet-stream']),
  ],
  [
    'API004',
    'integration.integrationResponses',
    (d) => (d.integration.integrationResponses!['200']!.selectionPattern = '2\\d{2}'),
    (d) => (d.integration.integrationResponses!['400'] = { statusCode: '400', selectionPattern: '4\\d{2}' }),
  ],
  [
    'API005',
    'integration.timeoutInMillis',
    (d) => (d.integration.timeoutInMillis = 60_000),
    (d) => (d.integration.timeoutInMillis = 29_000),
  ],
  [
    'API006',
    'integration.integrationResponses',
    lambda,
    (d) => {
      lambda(d);
      d.integration.integrationResponses!['400'] = { statusCode: '400', selectionPattern: '.*Bad request.*' };
      d.methodResponses!['400'] = { statusCode: '400' };
    },
  ],
];

describe('design lint rules', () => {
  it.each(CASES)('%s at %s warns on the trap and not on its repaired form', (code, location, bad, good) => {
    expect(lintDesign(designWith(bad)).filter((f) => f.code === code)).toEqual([
      expect.objectContaining({ location, code }),
    ]);
    expect(lintDesign(designWith(good)).filter((f) => f.code === code)).toEqual([]);
  });

  it('API002 names the rejected content types and the samples that send them', () => {
    const [finding] = lintDesign(
      designWith((d) =>
        d.samples.push({ name: 'xml', path: '/pets/1', headers: { 'Content-Type': 'application/xml' }, body: '<a/>' }),
      ),
    ).filter((f) => f.code === 'API002');
    expect(finding!.message).toContain("application/xml ('xml')");
    expect(finding!.message).toContain('415');
  });

  it('API003 leaves proxy integrations alone (the function decodes what it gets)', () => {
    const d = designWith((x) => {
      x.integration.type = 'AWS_PROXY';
      x.integration.uri = LAMBDA_URI;
      x.integration.httpMethod = 'POST';
      x.api.binaryMediaTypes = ['*/*'];
    });
    expect(lintDesign(d).filter((f) => f.code === 'API003')).toEqual([]);
  });

  it('what API Gateway would refuse is an error (API000), with the field path', () => {
    const d = designWith((x) => (x.integration.timeoutInMillis = 10));
    expect(lintDesign(d)).toContainEqual(
      expect.objectContaining({ code: 'API000', severity: 'error', location: 'integration.timeoutInMillis' }),
    );
  });

  it('the default design lints clean', () => {
    expect(lintDesign(designWith())).toEqual([]);
  });

  it('template findings carry the template location and positions inside the template', () => {
    const d = designWith(
      (x) => (x.integration.requestTemplates = { 'application/json': '{\n "a": "$input.json(\'$\')"\n}' }),
    );
    expect(lintDesign(d)).toContainEqual(
      expect.objectContaining({
        code: 'VTL003',
        location: 'integration.requestTemplates["application/json"]',
        line: 2,
        column: 7,
      }),
    );
  });
});
