import { expect, it } from 'vitest';
import { mockDefaultStatus, parseMockStatusCode } from '../../src/engine/integrations/mock.ts';

// DG how-to-mock-integration: the request template returns {"statusCode": 200}; the lax `{statusCode: 200}` form is
// accepted by real AWS (CDK's CORS mock, LS-snap); anything without an integer statusCode cannot be parsed.
it.each([
  ['{"statusCode": 200}', 200],
  ['{ "statusCode": 500, "message": "x" }', 500],
  ['{statusCode: 200}', 200],
  ["{'statusCode': 404}", 404],
  ['{\n  statusCode: 201,\n  other: true\n}', 201],
  ['{"statusCode": "200"}', null],
  ['{"statusCode": 200.5}', null],
  ['{}', null],
  ['', null],
  ['hello', null],
  ['[{"statusCode": 200}]', null],
])('%j -> %s', (body, status) => expect(parseMockStatusCode(body)).toBe(status));

// DG how-to-mock-integration: "you can make a mock integration method return the default integration response
// without defining the integration request mapping template. The default integration response is the one with an
// undefined HTTP status regex." A passed-through body that names no status stays unparsable.
const passthrough = {
  contentType: 'application/json',
  matchedKey: null,
  passthroughBehavior: 'WHEN_NO_MATCH',
  outcome: 'PASSTHROUGH',
  reason: '',
} as const;
const templated = { ...passthrough, matchedKey: 'application/json', outcome: 'TEMPLATE' } as const;
const responses = { '200': { statusCode: '200' }, '400': { statusCode: '400', selectionPattern: '4\\d{2}' } };
it.each([
  ['no template, no body: the default response answers', passthrough, '', responses, 200],
  ['no template, a body without statusCode: unparsable', passthrough, '{"name":"Rex"}', responses, null],
  ['a template rendered nothing usable: unparsable', templated, '', responses, null],
  ['no default response: unparsable', passthrough, '', { '400': responses['400'] }, null],
])('%s', (_name, selection, body, integrationResponses, status) =>
  expect(mockDefaultStatus({ type: 'MOCK', integrationResponses }, selection, body)).toBe(status),
);
