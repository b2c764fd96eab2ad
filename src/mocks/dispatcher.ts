// The page's one MSW handler behind the service worker: every request to another origin (the engine worker's
// backend calls, and anything else the page might send) is answered here from the CURRENT design's mocks, and never
// passed to the network unless the design says `backend.live: true`. A URL no mock answers gets a "no mock" answer
// that the engine side turns into an unreachable endpoint (API Gateway's "Invalid endpoint address" 500), exactly as
// the in-process path does (handler-fetch.ts).
import { getResponse, http, passthrough, type HttpHandler } from 'msw';
import type { Design } from '../model/types.ts';
import { isLive } from './backend-config.ts';
import { jsonResponse } from './json-response.ts';
import { createMockHandlers } from './handlers/index.ts';
import { MOCK_ANSWER_HEADER, SENT_HEADERS_HEADER, sentHeadersOf } from './mock-answer.ts';
import type { MockSession } from './mock-session.ts';

export interface MockDispatcherOptions {
  /** The design whose `backend` section answers (read per request: always the current one). */
  getDesign: () => Design;
  session: MockSession;
  /** The page's own origin: its files are never answered by mocks. */
  pageOrigin: string;
  /** Called after each answer (e.g. to show what the in-memory stores now hold). */
  onAnswered?: () => void;
}

export function createMockDispatcher(options: MockDispatcherOptions): HttpHandler {
  return http.all(
    ({ request }) => new URL(request.url).origin !== options.pageOrigin,
    async ({ request }) => {
      const design = options.getDesign();
      if (isLive(design)) return passthrough();
      // One backend call per simulate run: ids restart so a deterministic preview changes only with its input.
      options.session.resetIds();
      const answer = await getResponse(createMockHandlers({ design, session: options.session }), asSent(request));
      options.onAnswered?.();
      return answer ? marked(answer) : noMockAnswers(request);
    },
  );
}

/** The request with exactly the headers the engine sent (the browser may have replaced some, e.g. User-Agent). */
export function asSent(request: Request): Request {
  const sent = sentHeadersOf(request);
  if (!sent) return request;
  sent.delete(SENT_HEADERS_HEADER);
  return new Request(request, { headers: sent });
}

function marked(answer: Response): Response {
  const headers = new Headers(answer.headers);
  headers.set(MOCK_ANSWER_HEADER, 'answered');
  return new Response(answer.body, { status: answer.status, statusText: answer.statusText, headers });
}

function noMockAnswers(request: Request): Response {
  return jsonResponse(
    { message: `No mock backend answers ${request.method} ${request.url} (nothing is sent to the network)` },
    { status: 502, headers: { [MOCK_ANSWER_HEADER]: 'no-mock' } },
  );
}
