// The mock handlers are shared between calls whose designs agree on what handlers read (the integration type and the
// backend section); a design that differs there gets its own, so an edit to the mocks is never answered by stale ones.
import { describe, expect, it } from 'vitest';
import { createDesignBackend } from '../../src/mocks/design-backend.ts';
import { mockHandlersFor } from '../../src/mocks/mock-handlers-for.ts';
import { MockSession } from '../../src/mocks/mock-session.ts';
import { designWith, message } from './helpers.ts';

const call = (status: number, session: MockSession, type: 'HTTP' | 'HTTP_PROXY' = 'HTTP') =>
  createDesignBackend(
    designWith(type, { http: { statusCode: status, body: `{"s":${status}}` } }),
    session,
  )(message('GET', 'https://backend.example.com/pets'));

describe('mockHandlersFor', () => {
  it('a copy of the same design (as the worker receives at each keystroke) shares the set', () => {
    const session = new MockSession({ deterministic: true });
    const a = designWith('HTTP', { http: { statusCode: 201 } });
    const copy = structuredClone({ ...a, samples: [{ name: 's', body: 'x'.repeat(10) }] });
    expect(mockHandlersFor(copy, session)).toBe(mockHandlersFor(a, session));
  });

  it.each([
    ['a changed backend section', designWith('HTTP', { http: { statusCode: 500 } })],
    ['a changed integration type', designWith('HTTP_PROXY', { http: { statusCode: 201 } })],
  ])('%s gets its own set', (_, other) => {
    const session = new MockSession({ deterministic: true });
    const a = designWith('HTTP', { http: { statusCode: 201 } });
    expect(mockHandlersFor(other, session)).not.toBe(mockHandlersFor(a, session));
  });

  it('another session gets its own set (its stores are its own)', () => {
    const a = designWith('HTTP', { http: { statusCode: 201 } });
    expect(mockHandlersFor(a, new MockSession())).not.toBe(mockHandlersFor(a, new MockSession()));
  });

  it('answers follow the design of each call, back and forth', async () => {
    const session = new MockSession({ deterministic: true });
    const statuses = [];
    for (const s of [201, 500, 201, 404]) statuses.push((await call(s, session)).statusCode);
    expect(statuses).toEqual([201, 500, 201, 404]);
    expect((await call(202, session, 'HTTP_PROXY')).body).toBe('{"s":202}');
  });
});
