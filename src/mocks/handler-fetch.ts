// A `fetch` answered in-process by MSW handlers (msw's getResponse): no service worker, no network, no global
// interception — what the engine's Web Worker and the command line use by default. A request no handler answers
// fails like an unreachable host, so nothing ever leaves the machine.
import { getResponse, RequestHandler, type HttpHandler } from 'msw';
import { inProcessRequest } from './in-process-messages.ts';

export function createHandlerFetch(handlers: HttpHandler[]): typeof fetch {
  return async (input, init) => {
    const request = typeof input === 'string' ? inProcessRequest(input, init ?? {}) : new Request(input, init);
    // msw clones every request once before its handlers run (RequestHandler.cache), to keep an unread copy for the
    // request log of setupServer/setupWorker. getResponse keeps no log, and a clone tees the body into two new
    // streams: handing msw the request itself as its "clone" spares that, and the handlers see the same request.
    RequestHandler.cache.set(request, request);
    const response = await getResponse(handlers, request);
    if (!response)
      throw new TypeError(`No mock backend answers ${request.method} ${request.url} (nothing is sent to the network)`);
    return response;
  };
}
