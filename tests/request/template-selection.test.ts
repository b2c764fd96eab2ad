import { describe, expect, it } from 'vitest';
import type { Integration, PassthroughBehavior } from '../../src/model/types.ts';
import { TEMPLATE_KEY_MATCH_IGNORES_CASE } from '../../src/engine/request/media-type.ts';
import { selectRequestTemplate } from '../../src/engine/request/template-selection.ts';

// The two tables of
// https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html, plus "no
// templates at all" (NEVER rejects, the other two pass through) — docs/apigw-behaviour.md#template-selection.
const PAGE = 'DG integration-passthrough-behaviors';
const integration = (templates: Record<string, string>, passthroughBehavior: PassthroughBehavior): Integration => ({
  type: 'HTTP',
  httpMethod: 'POST',
  uri: 'https://example.com',
  requestTemplates: templates,
  passthroughBehavior,
});

type Row = [
  table: string,
  templates: Record<string, string>,
  contentType: string | undefined,
  expected: Record<PassthroughBehavior, string>,
];
const JSON_T = { 'application/json': '{"t":1}' };
const XML_T = { 'application/xml': '<t/>' };
const rows: Row[] = [
  [
    'one application/json template',
    JSON_T,
    undefined,
    { WHEN_NO_MATCH: 'TEMPLATE', WHEN_NO_TEMPLATES: 'TEMPLATE', NEVER: 'TEMPLATE' },
  ],
  [
    'one application/json template',
    JSON_T,
    'application/json',
    { WHEN_NO_MATCH: 'TEMPLATE', WHEN_NO_TEMPLATES: 'TEMPLATE', NEVER: 'TEMPLATE' },
  ],
  [
    'one application/json template',
    JSON_T,
    'application/xml',
    { WHEN_NO_MATCH: 'PASSTHROUGH', WHEN_NO_TEMPLATES: 'REJECTED', NEVER: 'REJECTED' },
  ],
  [
    'one application/xml template',
    XML_T,
    undefined,
    { WHEN_NO_MATCH: 'PASSTHROUGH', WHEN_NO_TEMPLATES: 'REJECTED', NEVER: 'REJECTED' },
  ],
  [
    'one application/xml template',
    XML_T,
    'application/json',
    { WHEN_NO_MATCH: 'PASSTHROUGH', WHEN_NO_TEMPLATES: 'REJECTED', NEVER: 'REJECTED' },
  ],
  [
    'one application/xml template',
    XML_T,
    'application/xml',
    { WHEN_NO_MATCH: 'TEMPLATE', WHEN_NO_TEMPLATES: 'TEMPLATE', NEVER: 'TEMPLATE' },
  ],
  [
    'no templates',
    {},
    undefined,
    { WHEN_NO_MATCH: 'PASSTHROUGH', WHEN_NO_TEMPLATES: 'PASSTHROUGH', NEVER: 'REJECTED' },
  ],
  [
    'no templates',
    {},
    'text/plain',
    { WHEN_NO_MATCH: 'PASSTHROUGH', WHEN_NO_TEMPLATES: 'PASSTHROUGH', NEVER: 'REJECTED' },
  ],
];

describe(`passthroughBehavior × Content-Type (${PAGE})`, () => {
  for (const [table, templates, contentType, expected] of rows) {
    for (const behavior of ['WHEN_NO_MATCH', 'WHEN_NO_TEMPLATES', 'NEVER'] as const) {
      it(`${table}, Content-Type ${contentType ?? 'none'}, ${behavior} -> ${expected[behavior]}`, () => {
        const { selection, template } = selectRequestTemplate(integration(templates, behavior), contentType);
        expect(selection.outcome).toBe(expected[behavior]);
        expect(selection.passthroughBehavior).toBe(behavior);
        expect(selection.contentType).toBe(contentType ?? 'application/json');
        if (expected[behavior] === 'TEMPLATE') {
          expect(selection.matchedKey).toBe(Object.keys(templates)[0]);
          expect(template).toBe(Object.values(templates)[0]);
        } else {
          expect(selection.matchedKey).toBeNull();
          expect(template).toBeNull();
        }
        expect(selection.reason).toContain(behavior);
      });
    }
  }
});

describe('template key matching', () => {
  it('drops ; charset=... parameters (DG request-response-data-mappings: MIME type only)', () => {
    const { selection } = selectRequestTemplate(integration(JSON_T, 'NEVER'), 'application/json; charset=UTF-8');
    expect(selection).toMatchObject({
      contentType: 'application/json',
      matchedKey: 'application/json',
      outcome: 'TEMPLATE',
    });
  });
  it(`letter case: ${TEMPLATE_KEY_MATCH_IGNORES_CASE ? 'ignored' : 'exact'} (undocumented; our choice in media-type.ts)`, () => {
    const { selection } = selectRequestTemplate(integration(JSON_T, 'NEVER'), 'Application/JSON');
    expect(selection.outcome).toBe(TEMPLATE_KEY_MATCH_IGNORES_CASE ? 'TEMPLATE' : 'REJECTED');
  });
  it('an unset passthroughBehavior acts as WHEN_NO_MATCH (PutIntegration default, LS-snap)', () => {
    const { selection } = selectRequestTemplate(
      { ...integration(JSON_T, 'NEVER'), passthroughBehavior: null },
      'text/plain',
    );
    expect(selection).toMatchObject({ passthroughBehavior: 'WHEN_NO_MATCH', outcome: 'PASSTHROUGH' });
    expect(selection.reason).toBe(
      'No template for text/plain (templates exist for application/json); WHEN_NO_MATCH passes unmatched content types through: body passed through unchanged',
    );
  });
  it.each(['HTTP_PROXY', 'AWS_PROXY'] as const)(
    '%s always passes through (DG: proxy integrations cannot change passthrough)',
    (type) => {
      const { selection } = selectRequestTemplate({ ...integration(JSON_T, 'NEVER'), type }, 'text/plain');
      expect(selection.outcome).toBe('PASSTHROUGH');
      expect(selection.reason).toContain('proxy');
    },
  );
});
