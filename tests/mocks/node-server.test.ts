// msw/node setup: the same handlers intercept the process's real fetch; nothing unhandled reaches the network
// (onUnhandledRequest: 'error'). createFetchBackend turns the engine's TraceHttpMessage into that fetch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetchBackend } from '../../src/mocks/fetch-backend.ts';
import { MockSession } from '../../src/mocks/mock-session.ts';
import { createNodeMockServer } from '../../src/mocks/node.ts';
import { designWith, message } from './helpers.ts';

describe('createNodeMockServer', () => {
  const mock = createNodeMockServer(new MockSession({ deterministic: true }));
  beforeAll(() => mock.listen());
  afterAll(() => mock.close());

  it('answers a real fetch with the current design backend', async () => {
    mock.setDesign(
      designWith('HTTP', { http: { statusCode: 202, body: 'queued', headers: { 'Content-Type': 'text/plain' } } }),
    );
    const res = await createFetchBackend()(message('POST', 'https://backend.example.com/jobs', 'x'));
    expect(res).toMatchObject({ statusCode: 202, body: 'queued', headers: { 'Content-Type': 'text/plain' } });
  });

  it('follows design changes (handlers read the design at request time)', async () => {
    mock.setDesign(designWith('HTTP', { http: { statusCode: 404, body: 'gone' } }));
    expect((await createFetchBackend()(message('GET', 'https://backend.example.com/jobs'))).statusCode).toBe(404);
  });

  it('a request no mock answers is an error, not a network call', async () => {
    mock.setDesign(designWith('MOCK'));
    await expect(createFetchBackend()(message('GET', 'https://backend.example.com/'))).rejects.toThrow();
  });
});
