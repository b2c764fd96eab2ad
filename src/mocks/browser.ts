// Browser setup. Two ways to answer the engine's backend calls with the design's mocks:
// - createDesignBackend (design-backend.ts): in-process, no service worker; works inside the engine's Web Worker.
//   Recommended: nothing is registered and nothing can reach the network.
// - startMockServiceWorker: MSW's service worker (public/mockServiceWorker.js) intercepting the page's fetches, for
//   code that calls fetch itself. Same-origin requests (the app's own files) are never answered by the mocks and
//   pass through, as do other unhandled requests.
import './worker-storage-shim.ts'; // first: lets msw load inside a Web Worker
import { setupWorker, type SetupWorker } from 'msw/browser';
import type { Design } from '../model/types.ts';
import { createMockHandlers } from './handlers/index.ts';
import { MockSession } from './mock-session.ts';

export { createDesignBackend } from './design-backend.ts';
export { MockSession } from './mock-session.ts';

export async function startMockServiceWorker(
  getDesign: () => Design,
  session: MockSession = new MockSession(),
  workerUrl = `${import.meta.env?.BASE_URL ?? '/'}mockServiceWorker.js`,
): Promise<SetupWorker> {
  const worker = setupWorker(...createMockHandlers({ get design() { return getDesign(); }, session, inScope: (url) => url.origin !== location.origin }));
  await worker.start({ serviceWorker: { url: workerUrl }, onUnhandledRequest: 'bypass', quiet: true });
  return worker;
}
