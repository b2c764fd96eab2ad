// Editing status codes keeps the map key (API Gateway keys responses by status code) in step, without ever
// overwriting another response; quick fixes declare what the method response lacks.
import { describe, expect, it } from 'vitest';
import { nextOrder, sameOrder } from '../../src/ui/responses/stable-order.ts';
import { freeStatusCode, newIntegrationResponse, withStatusCode } from '../../src/ui/responses/response-edits.ts';
import {
  responseSourceSuggestions,
  responseTargetSuggestions,
} from '../../src/ui/responses/response-parameter-suggestions.ts';
import { undeclaredTargets } from '../../src/ui/responses/undeclared-targets.ts';

describe('response edits', () => {
  it('renames the key with the status code', () => {
    const record = { '200': { statusCode: '200' }, '4': { statusCode: '4' }, '500': { statusCode: '500' } };
    const next = withStatusCode(record, '4', '40');
    expect(Object.keys(next).sort()).toEqual(['200', '40', '500']);
    expect(next['40']).toEqual({ statusCode: '40' });
  });

  it('cards keep their place while a status code is typed (JS orders numeric keys: "40" before "200")', () => {
    let order = nextOrder([], ['200', '400']);
    const [a, b] = order.map((e) => e.id);
    order = nextOrder(order, ['4', '200']); // 400 -> 4: a rename of the second card
    expect(order.map((e) => [e.id, e.key])).toEqual([
      [a, '200'],
      [b, '4'],
    ]);
    order = nextOrder(order, ['200', '404', '500']); // 4 -> 404 and a new one at once: new cards go last
    expect(order.map((e) => e.key)).toEqual(['200', '404', '500']);
    expect(order[0]!.id).toBe(a);
    expect(sameOrder(order, ['500', '404', '200'])).toBe(true);
  });

  it('never overwrites another response: on a collision only statusCode changes (validation reports it)', () => {
    const record = { '200': { statusCode: '200', a: 1 }, '20': { statusCode: '20', b: 2 } };
    const next = withStatusCode(record, '20', '200');
    expect(next).toEqual({ '200': { statusCode: '200', a: 1 }, '20': { statusCode: '200', b: 2 } });
  });

  it('an empty status code keeps the key', () => {
    expect(withStatusCode({ '400': { statusCode: '400' } }, '400', '')).toEqual({ '400': { statusCode: '' } });
  });

  it('offers the usual error codes first', () => {
    expect(freeStatusCode({ '200': 1 })).toBe('400');
    expect(freeStatusCode({ '200': 1, '400': 1 })).toBe('500');
    expect(newIntegrationResponse('404', false).selectionPattern).toBe('4\\d{2}');
    expect(newIntegrationResponse('400', true).selectionPattern).toBe('.+');
  });

  it('suggests declared headers as targets and the last backend answer as sources', () => {
    expect(
      responseTargetSuggestions({ statusCode: '200', responseParameters: { 'method.response.header.X-Id': false } }),
    ).toEqual(['method.response.header.X-Id', 'method.response.header.']);
    const sources = responseSourceSuggestions({
      backendHeaderNames: ['X-Request-Id'],
      backendBody: '{"id": 1, "bad key": 2}',
    });
    expect(sources.slice(0, 3)).toEqual([
      'integration.response.header.X-Request-Id',
      'integration.response.body',
      'integration.response.body.id',
    ]);
    expect(sources).toContain("'static value'");
  });

  it('lists mapped headers the method response does not declare (valid targets only)', () => {
    const parameters = { 'method.response.header.A': 'x', 'method.response.header.B': 'y', 'not.a.target': 'z' };
    expect(
      undeclaredTargets(parameters, { statusCode: '200', responseParameters: { 'method.response.header.A': true } }),
    ).toEqual(['method.response.header.B']);
  });
});
