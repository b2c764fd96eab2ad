// A JSON answer of a mock backend, as msw's HttpResponse.json gives it (Content-Type application/json and the body's
// Content-Length unless the init sets them), encoding the text once: HttpResponse.json measures it through a Blob,
// which cost more than the rest of the echo backend's answer in `test` runs. Given the request it answers, the body
// stays beside an in-process response (in-process-messages.ts).
import { HttpResponse } from 'msw';
import { mockResponse } from './in-process-messages.ts';

const encoder = new TextEncoder();

export function jsonResponse(body: unknown, init: ResponseInit = {}, request?: Request): Response {
  const bytes = encoder.encode(JSON.stringify(body));
  const headers = new Headers(init.headers);
  if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  if (!headers.has('Content-Length')) headers.set('Content-Length', String(bytes.byteLength));
  return request ? mockResponse(request, bytes, { ...init, headers }) : new HttpResponse(bytes, { ...init, headers });
}
