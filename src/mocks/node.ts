// Node setup (command line, tests): MSW's setupServer with the design's mock handlers intercepting every fetch of
// the process. `onUnhandledRequest: 'error'`: a request no mock answers fails instead of reaching the network.
// The design is read at request time (setDesign), so one server serves a sequence of designs; the session's stores
// persist across them. For an in-process backend without global interception, use createDesignBackend instead.
import { setupServer, type SetupServer } from 'msw/node';
import { DESIGN_FORMAT, type Design } from '../model/types.ts';
import { createMockHandlers } from './handlers/index.ts';
import { MockSession } from './mock-session.ts';

/** Until a design is set, no handler matches (a MOCK design calls no backend), so every request fails. */
const NO_DESIGN: Design = {
  format: DESIGN_FORMAT,
  name: '',
  api: {},
  method: { httpMethod: 'GET', resourcePath: '/' },
  integration: { type: 'MOCK' },
  samples: [],
};

export interface NodeMockServer {
  server: SetupServer;
  session: MockSession;
  setDesign(design: Design | undefined): void;
  listen(): void;
  close(): void;
}

export function createNodeMockServer(session: MockSession = new MockSession()): NodeMockServer {
  let current: Design = NO_DESIGN;
  const server = setupServer(
    ...createMockHandlers({
      get design() {
        return current;
      },
      session,
    }),
  );
  return {
    server,
    session,
    setDesign: (design) => {
      current = design ?? NO_DESIGN;
    },
    listen: () => server.listen({ onUnhandledRequest: 'error' }),
    close: () => server.close(),
  };
}
