// The mocked backends for a run of many tests: one MSW handler set for the whole run, answering from the design of
// the test being run (handlers read `ctx.design` at request time), instead of a new set per test. Building handlers
// costs far more than answering (msw records a call stack per handler), and `test` may run thousands of samples.
// Same handlers, same answers as createDesignBackend (design-backend.ts).
import { isLive } from './backend-config.ts';
import { createFetchBackend, type BackendCaller } from './fetch-backend.ts';
import { createHandlerFetch } from './handler-fetch.ts';
import { createMockHandlers } from './handlers/index.ts';
import type { MockContext } from './handlers/index.ts';
import type { MockSession } from './mock-session.ts';
import type { Design } from '../model/types.ts';

/** backendFor(design): the BackendCaller for one test of this session (ids restart, as createDesignBackend does). */
export function createTestBackends(session: MockSession): (design: Design) => BackendCaller {
  let current: Design | undefined;
  const ctx: MockContext = {
    get design(): Design {
      if (!current) throw new Error('no design is being tested');
      return current;
    },
    session,
  };
  const mocked = createFetchBackend(createHandlerFetch(createMockHandlers(ctx)));
  return (design) => {
    if (isLive(design)) return createFetchBackend();
    current = design;
    session.resetIds();
    return mocked;
  };
}
