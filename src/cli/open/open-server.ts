// The local server of `integration-designer open <file>`: the built designer's files, and a small JSON API for the
// one file it was started on. Listens on 127.0.0.1 only; refuses requests whose Host or Origin is not its own (a
// web page elsewhere cannot reach it through DNS rebinding or a cross-site request), bodies over MAX_FILE_BYTES, and
// a save whose base is not the file on disk now (someone changed it meanwhile: 409, nothing written).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, join, normalize, sep } from 'node:path';
import { replaceFile } from '../replace-file.ts';
import {
  MAX_FILE_BYTES,
  OPEN_FILE_API,
  OPEN_FILE_META,
  type SaveReply,
  saveRequestSchema,
} from '../../share/open-file-protocol.ts';

export interface OpenServerOptions {
  /** The built designer (index.html and assets/). */
  appDir: string;
  /** The file being edited. */
  file: string;
  /** 0: a free port. */
  port: number;
}

export interface OpenServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function startOpenServer(options: OpenServerOptions): Promise<OpenServer> {
  const server = createServer((request, response) => {
    handle(request, response, options, server).catch((e) => {
      if (!response.headersSent)
        send(response, 500, { ok: false, error: `the server failed: ${(e as Error).message}` });
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function handle(request: IncomingMessage, response: ServerResponse, options: OpenServerOptions, server: Server) {
  const { port } = server.address() as AddressInfo;
  const own = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!own.includes(request.headers.host ?? '')) return send(response, 403, { ok: false, error: 'unknown Host' });
  const origin = request.headers.origin;
  if (origin !== undefined && !own.some((h) => origin === `http://${h}`))
    return send(response, 403, { ok: false, error: 'requests from other sites are refused' });
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  if (path === OPEN_FILE_API) {
    if (request.method === 'GET') return sendFile(response, options.file);
    if (request.method === 'PUT') return save(request, response, options.file);
    return send(response, 405, { ok: false, error: 'GET or PUT' });
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, { ok: false, error: 'GET' });
  return serveStatic(response, options.appDir, path);
}

function sendFile(response: ServerResponse, file: string) {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return send(response, 404, { ok: false, error: `${basename(file)} cannot be read: ${(e as Error).message}` });
  }
  send(response, 200, { name: basename(file), text: bytes.toString('utf8'), hash: sha256(bytes) });
}

async function save(request: IncomingMessage, response: ServerResponse, file: string) {
  if (!String(request.headers['content-type']).startsWith('application/json'))
    return send(response, 415, { ok: false, error: 'expected application/json' });
  const body = await readBody(request);
  if (body === null) return send(response, 413, { ok: false, error: `larger than ${MAX_FILE_BYTES} bytes` });
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return send(response, 400, { ok: false, error: 'not JSON' });
  }
  const checked = saveRequestSchema.safeParse(parsed);
  if (!checked.success) return send(response, 400, { ok: false, error: 'expected { text, baseHash }' });
  let current: Buffer;
  try {
    current = readFileSync(file);
  } catch (e) {
    return send(response, 409, reply(false, `${basename(file)} cannot be read now: ${(e as Error).message}`, true));
  }
  if (sha256(current) !== checked.data.baseHash)
    return send(response, 409, reply(false, `${basename(file)} changed on disk since it was opened`, true));
  replaceFile(file, checked.data.text);
  send(response, 200, { ok: true, hash: sha256(checked.data.text) } satisfies SaveReply);
}

function reply(ok: false, error: string, changedOnDisk: boolean): SaveReply {
  return { ok, error, changedOnDisk };
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_FILE_BYTES) {
        resolve(null);
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function serveStatic(response: ServerResponse, appDir: string, path: string) {
  const relative = normalize(path === '/' ? '/index.html' : path).replace(/^([/\\])+/, '');
  const full = join(appDir, relative);
  if (!full.startsWith(appDir + sep) || relative.split(sep).includes('..'))
    return send(response, 404, { ok: false, error: 'not found' });
  let bytes: Buffer;
  try {
    bytes = readFileSync(full);
  } catch {
    return send(response, 404, { ok: false, error: 'not found' });
  }
  const type = TYPES[extname(full)] ?? 'application/octet-stream';
  if (relative === 'index.html') {
    const marked = bytes
      .toString('utf8')
      .replace('<head>', `<head>\n    <meta name="${OPEN_FILE_META}" content="${OPEN_FILE_API}" />`);
    bytes = Buffer.from(marked);
  }
  response.writeHead(200, {
    'Content-Type': type,
    'Content-Length': bytes.length,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': relative.startsWith('assets/') ? 'max-age=31536000, immutable' : 'no-store',
  });
  response.end(bytes);
}

function send(response: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(text);
}
