// The backend a simulate call uses for a design: the design's mock backends (built from its `backend` section for
// this call; the session's stores persist between calls), or — only when the design says `backend.live: true` —
// the real endpoint through the platform's fetch. Live is off by default and nothing is sent anywhere without it.
import './worker-storage-shim.ts'; // first: lets msw load inside a Web Worker
import type { Design } from '../model/types.ts';
import { isLive } from './backend-config.ts';
import { createFetchBackend, type BackendCaller } from './fetch-backend.ts';
import { createHandlerFetch } from './handler-fetch.ts';
import { mockHandlersFor } from './mock-handlers-for.ts';
import type { MockSession } from './mock-session.ts';

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
  return createFetchBackend(createHandlerFetch(mockHandlersFor(design, session)));
}
