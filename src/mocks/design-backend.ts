// The backend a simulate call uses for a design: the design's mock backends (built from its `backend` section for
// this call; the session's stores persist between calls), or — only when the design says `backend.live: true` —
// the real endpoint through the platform's fetch. Live is off by default and nothing is sent anywhere without it.
import './worker-storage-shim.ts'; // first: lets msw load inside a Web Worker
import type { Design } from '../model/types.ts';
import { isLive } from './backend-config.ts';
import { createFetchBackend, type BackendCaller } from './fetch-backend.ts';
import { createHandlerFetch } from './handler-fetch.ts';
import { createMockHandlers } from './handlers/index.ts';
import type { MockSession } from './mock-session.ts';
import type { HttpHandler } from 'msw';

export interface DesignBackendOptions {
  /** The fetch used for `backend.live` designs (default: globalThis.fetch). */
  liveFetch?: typeof fetch;
}

export function createDesignBackend(
  design: Design,
  session: MockSession,
  options: DesignBackendOptions = {},
): BackendCaller {
  if (isLive(design)) return createFetchBackend(options.liveFetch);
  // One backend per simulate call: ids restart so that a deterministic preview changes only with its input.
  session.resetIds();
  return createFetchBackend(createHandlerFetch(handlersFor(design, session)));
}

/**
 * The mock handlers of a design object and session, built once: an MSW handler records its call site when it is
 * created (a stack trace, costly under source maps), and `test` runs many samples of one design. Handlers only read
 * the design and session, so sharing them between calls changes nothing; entries go with their design object.
 */
const handlerCache = new WeakMap<Design, WeakMap<MockSession, HttpHandler[]>>();

function handlersFor(design: Design, session: MockSession): HttpHandler[] {
  let bySession = handlerCache.get(design);
  if (!bySession) {
    bySession = new WeakMap();
    handlerCache.set(design, bySession);
  }
  let handlers = bySession.get(session);
  if (!handlers) {
    handlers = createMockHandlers({ design, session });
    bySession.set(session, handlers);
  }
  return handlers;
}
