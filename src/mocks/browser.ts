// The page's mock backends: MSW's service worker (public/mockServiceWorker.js) with one dispatcher handler
// (dispatcher.ts) that answers every request to another origin from the current design's mocks. The engine's Web
// Worker calls backends with a real fetch; the service worker hands it to this page (MSW resolves a worker client to
// its window client), so the mocks run here, with this page's MockSession. Where service workers are unavailable (not
// a secure context, or registration fails), the engine answers in-process instead (design-backend.ts): mode 'in-page'.
import './worker-storage-shim.ts'; // first: lets msw load inside a Web Worker (harmless on a page)
import { setupWorker, type SetupWorker } from 'msw/browser';
import type { Design } from '../model/types.ts';
import { createMockDispatcher } from './dispatcher.ts';
import type { MockBackendMode } from './mock-answer.ts';
import { MockSession } from './mock-session.ts';

export { MockSession } from './mock-session.ts';

export type { MockBackendMode } from './mock-answer.ts';

export interface BrowserMocks {
  mode: MockBackendMode;
  /** Why the service worker is not used (mode 'in-page'), in words for the status line. */
  reason: string | null;
  session: MockSession;
  worker: SetupWorker | null;
}

export interface BrowserMocksOptions {
  getDesign: () => Design;
  session?: MockSession;
  onAnswered?: () => void;
  workerUrl?: string;
}

/** Why service workers cannot be used here, or null when they can. */
export function serviceWorkerUnavailableReason(
  scope: { isSecureContext?: boolean; navigator?: { serviceWorker?: unknown } } = globalThis,
): string | null {
  if (!scope.isSecureContext) return 'service workers need a secure context (https or localhost)';
  if (!scope.navigator?.serviceWorker) return 'this browser offers no service workers here';
  return null;
}

export async function startBrowserMocks(options: BrowserMocksOptions): Promise<BrowserMocks> {
  const session = options.session ?? new MockSession({ deterministic: true });
  const unavailable = serviceWorkerUnavailableReason();
  if (unavailable) return { mode: 'in-page', reason: unavailable, session, worker: null };
  const worker = setupWorker(
    createMockDispatcher({
      getDesign: options.getDesign,
      session,
      pageOrigin: location.origin,
      onAnswered: options.onAnswered,
    }),
  );
  try {
    await worker.start({
      serviceWorker: { url: options.workerUrl ?? `${import.meta.env?.BASE_URL ?? '/'}mockServiceWorker.js` },
      // The app's own files are not handled and go through; every other origin is answered by the dispatcher.
      onUnhandledRequest: 'bypass',
      quiet: true,
    });
  } catch (e) {
    return {
      mode: 'in-page',
      reason: `the service worker did not start (${(e as Error).message})`,
      session,
      worker: null,
    };
  }
  return { mode: 'service-worker', reason: null, session, worker };
}
