// The mock handlers that answer for a design, shared between calls whose mocks are the same. An MSW handler records
// its call site when it is created (a stack trace: about 0.3 ms each, nine per set), and the preview sends a new copy
// of the design with every keystroke, so building them per call cost the engine worker about 3 ms of each run.
// Handlers read only the design's integration type and its `backend` section (handlers/*.ts), so two designs that
// agree on those share one set; the set keeps a copy of the design without its samples (large bodies stay free).
import type { HttpHandler } from 'msw';
import type { Design } from '../model/types.ts';
import { createMockHandlers } from './handlers/index.ts';
import type { MockSession } from './mock-session.ts';

interface CachedHandlers {
  key: string;
  handlers: HttpHandler[];
}

/** The last few sets per session (a workspace's Run all alternates between its methods' mocks). */
const SETS_PER_SESSION = 8;
const cache = new WeakMap<MockSession, CachedHandlers[]>();

/** What the handlers read of a design: equal keys answer alike. */
function mocksKey(design: Design): string {
  return `${design.integration.type}\n${JSON.stringify(design.backend ?? null)}`;
}

/** The same design object again (the command's `test` runs every sample of one design): no key to compute. */
const lastForDesign = new WeakMap<Design, { session: MockSession; handlers: HttpHandler[] }>();

export function mockHandlersFor(design: Design, session: MockSession): HttpHandler[] {
  const last = lastForDesign.get(design);
  if (last?.session === session) return last.handlers;
  const handlers = handlersByKey(design, session);
  lastForDesign.set(design, { session, handlers });
  return handlers;
}

function handlersByKey(design: Design, session: MockSession): HttpHandler[] {
  const key = mocksKey(design);
  let sets = cache.get(session);
  if (!sets) {
    sets = [];
    cache.set(session, sets);
  }
  const at = sets.findIndex((s) => s.key === key);
  if (at >= 0) {
    const [hit] = sets.splice(at, 1);
    sets.unshift(hit!);
    return hit!.handlers;
  }
  const handlers = createMockHandlers({ design: { ...design, samples: [] }, session });
  sets.unshift({ key, handlers });
  if (sets.length > SETS_PER_SESSION) sets.pop();
  return handlers;
}
