// The page's mock dispatcher (behind MSW's service worker) and the engine-side backend that reads its answers.
// Run here through msw's getResponse, which evaluates handlers exactly as the browser's worker does, without a
// service worker. The in-process path (handler-fetch.ts) is the reference: both must give the engine the same answer.
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createMockDispatcher } from '../../src/mocks/dispatcher.ts';
import { MOCK_ANSWER_HEADER, PROBE_URL, SENT_HEADERS_HEADER } from '../../src/mocks/mock-answer.ts';
import { MockSession } from '../../src/mocks/mock-session.ts';
import { createServiceWorkerBackend, serviceWorkerAnswers } from '../../src/mocks/service-worker-backend.ts';
import type { Design } from '../../src/model/types.ts';
import { designWith, message } from './helpers.ts';

const PAGE = 'http://127.0.0.1:4173';

function setup(initial: Design) {
  let design = initial;
  let answered = 0;
  const dispatcher = createMockDispatcher({
    getDesign: () => design,
    session: new MockSession({ deterministic: true }),
    pageOrigin: PAGE,
    onAnswered: () => answered++,
  });
  /**
   * A fetch as the service worker would serve it: the dispatcher answers, or the request "goes to the network" (null).
   */
  const serviceWorkerFetch: typeof fetch = async (input, init) => {
    const response = await getResponse([dispatcher], new Request(input, init));
    if (!response) throw new TypeError('went to the network');
    return response;
  };
  return {
    dispatcher,
    serviceWorkerFetch,
    setDesign: (d: Design) => {
      design = d;
    },
    answered: () => answered,
  };
}

describe('mock dispatcher (page side of the service worker)', () => {
  it('answers from the CURRENT design, marked as a mock answer', async () => {
    const { serviceWorkerFetch, setDesign, answered } = setup(
      designWith('HTTP', { http: { statusCode: 201, body: 'one' } }),
    );
    const first = await serviceWorkerFetch('https://backend.example.com/pets', { method: 'POST', body: '{}' });
    expect([first.status, await first.text(), first.headers.get(MOCK_ANSWER_HEADER)]).toEqual([201, 'one', 'answered']);
    setDesign(designWith('HTTP', { http: { statusCode: 202, body: 'two' } }));
    const second = await serviceWorkerFetch('https://backend.example.com/pets', { method: 'POST', body: '{}' });
    expect([second.status, await second.text()]).toEqual([202, 'two']);
    expect(answered()).toBe(2);
  });

  it("never answers the page's own origin (its files pass through)", async () => {
    const { dispatcher } = setup(designWith('HTTP'));
    expect(await getResponse([dispatcher], new Request(`${PAGE}/assets/index.js`))).toBeUndefined();
  });

  it('a URL no mock answers gets a "no-mock" answer, never the network', async () => {
    const { serviceWorkerFetch } = setup(designWith('MOCK'));
    const response = await serviceWorkerFetch('https://unknown.example.org/x');
    expect(response.status).toBe(502);
    expect(response.headers.get(MOCK_ANSWER_HEADER)).toBe('no-mock');
  });

  it('backend.live passes the request through (the only way anything reaches the network)', async () => {
    const { dispatcher } = setup(designWith('HTTP', { live: true }));
    const response = await getResponse([dispatcher], new Request('https://backend.example.com/pets'));
    expect(response?.headers.get(MOCK_ANSWER_HEADER) ?? null).toBeNull();
  });

  it('the mocks see exactly the headers the engine sent (the envelope undoes what the browser changed)', async () => {
    const { dispatcher } = setup(designWith('HTTP', { http: { echo: true } }));
    const sent = new Headers({ 'X-Trace': 'abc', 'Content-Type': 'application/json' });
    const onTheWire = new Headers(sent);
    onTheWire.set(SENT_HEADERS_HEADER, encodeURIComponent(JSON.stringify([...sent])));
    onTheWire.set('x-added-by-browser', '1');
    const response = await getResponse(
      [dispatcher],
      new Request('https://backend.example.com/pets', { method: 'POST', headers: onTheWire, body: '{}' }),
    );
    const echo = (await response!.json()) as { headers: Record<string, string>; body: string };
    expect(echo.headers).toEqual({ 'content-type': 'application/json', 'x-trace': 'abc' });
    expect(echo.body).toBe('{}');
  });
});

describe('service-worker backend (engine side)', () => {
  it('gives the engine the mock answer without the marker, and reports the route', async () => {
    const { serviceWorkerFetch } = setup(
      designWith('HTTP', { http: { statusCode: 200, headers: { 'X-Request-Id': 'r1' }, body: '{"a":1}' } }),
    );
    const routes: string[] = [];
    const backend = createServiceWorkerBackend(serviceWorkerFetch, (r) => routes.push(r));
    const response = await backend(
      message('POST', 'https://backend.example.com/pets', '{}', { 'Content-Type': 'application/json' }),
    );
    expect(response).toMatchObject({ statusCode: 200, body: '{"a":1}', headers: { 'X-Request-Id': 'r1' } });
    expect(Object.keys(response.headers).map((h) => h.toLowerCase())).not.toContain(MOCK_ANSWER_HEADER);
    expect(routes).toEqual(['service-worker']);
  });

  it('a "no-mock" answer fails the call like an unreachable endpoint, with a clear message', async () => {
    const { serviceWorkerFetch } = setup(designWith('MOCK'));
    const backend = createServiceWorkerBackend(serviceWorkerFetch);
    await expect(backend(message('GET', 'https://unknown.example.org/x'))).rejects.toThrow(
      'No mock backend answers GET https://unknown.example.org/x (nothing is sent to the network)',
    );
  });

  it('an answer without the marker is reported as not intercepted', async () => {
    const routes: string[] = [];
    const backend = createServiceWorkerBackend(
      async () => new Response('real'),
      (r) => routes.push(r),
    );
    expect((await backend(message('GET', 'https://backend.example.com/'))).body).toBe('real');
    expect(routes).toEqual(['not-intercepted']);
  });

  it('the probe (a never-resolvable .invalid host) tells whether fetches reach the dispatcher', async () => {
    expect(new URL(PROBE_URL).hostname.endsWith('.invalid')).toBe(true);
    expect(await serviceWorkerAnswers(setup(designWith('HTTP')).serviceWorkerFetch)).toBe(true);
    expect(await serviceWorkerAnswers(async () => Promise.reject(new TypeError('Failed to fetch')))).toBe(false);
    expect(await serviceWorkerAnswers(async () => new Response('not ours'))).toBe(false);
  });
});
