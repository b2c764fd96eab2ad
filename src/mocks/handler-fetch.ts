// A `fetch` answered in-process by MSW handlers (msw's getResponse): no service worker, no network, no global
// interception — what the engine's Web Worker and the command line use by default. A request no handler answers
// fails like an unreachable host, so nothing ever leaves the machine.
import { getResponse, type HttpHandler } from 'msw';

export function createHandlerFetch(handlers: HttpHandler[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const response = await getResponse(handlers, request);
    if (!response)
      throw new TypeError(`No mock backend answers ${request.method} ${request.url} (nothing is sent to the network)`);
    return response;
  };
}
