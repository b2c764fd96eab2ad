// A configured answer (design.backend.http, or backend.services.<service>.response): status, headers (a list value
// gives several header lines), body (base64 bytes when isBase64Encoded), after delayMs.
import type { HttpBackend } from '../../model/types.ts';
import { base64ToBytes } from '../../engine/index.ts';
import { abortableDelay } from '../abortable-delay.ts';
import { mockResponse } from '../in-process-messages.ts';

export async function cannedResponse(cfg: HttpBackend, request: Request): Promise<Response> {
  await abortableDelay(cfg.delayMs, request.signal);
  const headers = new Headers();
  for (const [name, value] of Object.entries(cfg.headers ?? {})) {
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, String(v));
  }
  const body = cfg.isBase64Encoded ? (base64ToBytes(cfg.body ?? '') ?? new Uint8Array()) : (cfg.body ?? '');
  const status = cfg.statusCode ?? 200;
  // 204/205/304 and HEAD answers carry no body (the Fetch standard rejects one).
  const noBody = status === 204 || status === 205 || status === 304 || request.method === 'HEAD';
  return mockResponse(request, noBody ? null : body, { status, headers });
}
