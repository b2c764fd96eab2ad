import { expect, it } from 'vitest';
import { parseMockStatusCode } from '../../src/engine/integrations/mock.ts';

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
