// The mocked HTTP backend of HTTP and HTTP_PROXY designs: answers every URL with design.backend.http — a status,
// headers (a value may be a list: several header lines), a body (base64 when isBase64Encoded), after delayMs — or,
// with `{ echo: true }`, with what it received (method, url, headers, body) as JSON.
import { http, passthrough, type HttpHandler } from 'msw';
import { abortableDelay } from '../abortable-delay.ts';
import { requestBytes } from '../in-process-messages.ts';
import { jsonResponse } from '../json-response.ts';
import { httpBackendOf, isLive } from '../backend-config.ts';
import { bytesToBase64 } from '../../engine/index.ts';
import { cannedResponse } from './canned-response.ts';
import { isTextContentType } from '../text-content-types.ts';
import { answers, guarded, type MockContext } from './mock-context.ts';

export function httpBackendHandler(ctx: MockContext): HttpHandler {
  return http.all(
    () => answers(ctx, ['HTTP', 'HTTP_PROXY']),
    async ({ request }) => {
      if (isLive(ctx.design)) return passthrough();
      return guarded(async () => {
        const cfg = httpBackendOf(ctx.design);
        if (cfg.echo) {
          await abortableDelay(cfg.delayMs, request.signal);
          return jsonResponse(await echoOf(request), {}, request);
        }
        return cannedResponse(cfg, request);
      });
    },
  );
}

/** What the echo backend answers: the request as received, the body as text or (binary) base64. */
export async function echoOf(request: Request) {
  const bytes = await requestBytes(request);
  const text = isTextContentType(request.headers.get('content-type'));
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return {
    method: request.method,
    url: request.url,
    headers,
    body: text ? new TextDecoder().decode(bytes) : bytesToBase64(bytes),
    isBase64Encoded: !text,
  };
}
