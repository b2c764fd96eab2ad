// The local server of `integration-designer open` (issue #16, "work on the files where they live"): the built
// designer's files, the file API (GET, and PUT only over the version the page read), and what it refuses: another
// Host or Origin (DNS rebinding: https://developer.mozilla.org/en-US/docs/Web/Security/Attacks/DNS_rebinding ...
// and cross-site requests), paths outside the app, bodies over the limit, a save over a file changed on disk.
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeIo } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';
import { openCommand } from '../../src/cli/open-command.ts';
import { MAX_FILE_BYTES, OPEN_FILE_API, OPEN_FILE_META } from '../../src/share/open-file-protocol.ts';
import { type OpenServer, sha256, startOpenServer } from '../../src/cli/open/open-server.ts';

const work = mkdtempSync(join(tmpdir(), 'open-server-'));
const appDir = join(work, 'app');
const file = join(work, 'template.yaml');
const ORIGINAL = 'Resources: {} # a comment\n';
let open: OpenServer;
let port: number;

beforeAll(async () => {
  mkdirSync(join(appDir, 'assets'), { recursive: true });
  writeFileSync(join(appDir, 'index.html'), '<!doctype html><html><head><title>x</title></head><body></body></html>');
  writeFileSync(join(appDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(work, 'secret.txt'), 'not served');
  writeFileSync(file, ORIGINAL);
  open = await startOpenServer({ appDir, file, port: 0 });
  port = Number(new URL(open.url).port);
});
afterAll(async () => {
  await open.close();
  rmSync(work, { recursive: true, force: true });
});

interface Reply {
  status: number;
  type: string;
  body: string;
}

/** A raw HTTP request, so that Host and Origin can be anything (fetch would set them itself). */
function call(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { Host: `127.0.0.1:${port}`, ...headers } });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode!,
          type: String(res.headers['content-type']),
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
    req.on('error', (e) => (method === 'PUT' ? resolve({ status: 413, type: '', body: e.message }) : reject(e)));
    req.end(body);
  });
}

const put = (text: string, baseHash: string, headers: Record<string, string> = {}) =>
  call(
    'PUT',
    OPEN_FILE_API,
    { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${port}`, ...headers },
    JSON.stringify({ text, baseHash }),
  );

describe('open server', () => {
  it('listens on 127.0.0.1 and a free port when given 0', () => {
    expect(open.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(port).toBeGreaterThan(0);
  });

  it("serves the app's index.html with the meta tag that tells the page where the file API is", async () => {
    const index = await call('GET', '/');
    expect(index.status).toBe(200);
    expect(index.type).toBe('text/html; charset=utf-8');
    expect(index.body).toContain(`<meta name="${OPEN_FILE_META}" content="${OPEN_FILE_API}" />`);
    const asset = await call('GET', '/assets/app.js');
    expect([asset.status, asset.type, asset.body]).toEqual([200, 'text/javascript; charset=utf-8', 'console.log(1)']);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/nope.js'])('%s: 404', async (path) => {
    const r = await call('GET', path);
    expect(r.status).toBe(404);
    expect(r.body).not.toContain('not served');
  });

  it.each([
    ['another Host (DNS rebinding)', { Host: 'evil.example.com' }],
    ['the right address without its port', { Host: '127.0.0.1' }],
    ['another Origin', { Origin: 'http://evil.example.com' }],
  ])('%s: 403, for the app and for the file', async (_name, headers) => {
    for (const path of ['/', OPEN_FILE_API]) expect((await call('GET', path, headers)).status).toBe(403);
  });

  it('GET gives the file, its name (not its folder) and the SHA-256 of its bytes', async () => {
    const r = await call('GET', OPEN_FILE_API);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ name: 'template.yaml', text: ORIGINAL, hash: sha256(ORIGINAL) });
  });

  it('PUT over the version read writes the file; over an older one (changed on disk meanwhile) it is refused', async () => {
    const first = await put('Resources: {} # edited\n', sha256(ORIGINAL));
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body)).toEqual({ ok: true, hash: sha256('Resources: {} # edited\n') });
    expect(readFileSync(file, 'utf8')).toBe('Resources: {} # edited\n');

    writeFileSync(file, 'Resources: {} # changed by someone else\n');
    const stale = await put('Resources: {} # mine\n', sha256('Resources: {} # edited\n'));
    expect(stale.status).toBe(409);
    expect(JSON.parse(stale.body)).toEqual({
      ok: false,
      error: 'template.yaml changed on disk since it was opened',
      changedOnDisk: true,
    });
    expect(readFileSync(file, 'utf8')).toBe('Resources: {} # changed by someone else\n');
    writeFileSync(file, ORIGINAL);
  });

  it('PUT refuses what is not JSON { text, baseHash }, and a body over the limit', async () => {
    expect((await put('x', sha256(ORIGINAL), { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await call('PUT', OPEN_FILE_API, { 'Content-Type': 'application/json' }, '{"text": 1}')).status).toBe(400);
    expect((await call('PUT', OPEN_FILE_API, { 'Content-Type': 'application/json' }, 'not json')).status).toBe(400);
    const huge = await put('x'.repeat(MAX_FILE_BYTES + 1), sha256(ORIGINAL));
    expect(huge.status).toBe(413);
    expect(readFileSync(file, 'utf8')).toBe(ORIGINAL);
  });

  it('other methods: 405', async () => {
    expect((await call('DELETE', OPEN_FILE_API)).status).toBe(405);
    expect((await call('POST', '/')).status).toBe(405);
  });
});

describe('open command', () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return {
      out,
      err,
      io: {
        out: (t: string) => void out.push(t),
        err: (t: string) => void err.push(t),
        readText: (p: string) => readFileSync(p, 'utf8'),
      },
    };
  };

  it.each([
    [['open'], 'open: expected one file'],
    [['open', 'a', 'b'], 'open: expected one file'],
    [['open', file, '--port', 'x'], 'open: --port x: expected a port number (0-65535)'],
    [['open', file, '--prot', '1'], 'open: unknown option --prot; did you mean --port?'],
  ])('%j: exit 2 with the reason', async (args, message) => {
    const { err, io: fake } = io();
    expect(await main(args, fake)).toBe(2);
    expect(err.join('')).toContain(message);
  });

  it('a file that is not there: exit 2 naming it', async () => {
    const { err, io: fake } = io();
    expect(await main(['open', join(work, 'missing.yaml')], { ...fake, readText: nodeIo.readText })).toBe(2);
    expect(err.join('')).toContain('missing.yaml: no such file');
  });

  it('serves the file until stopped, prints the URL, and says so when the file cannot be read as a design or API', async () => {
    const { out, err, io: fake } = io();
    const hostile = join(work, 'hostile.yaml');
    writeFileSync(hostile, 'a: [unclosed\n');
    process.env.INTEGRATION_DESIGNER_APP_DIR = appDir;
    let stop = () => {};
    const stopped = new Promise<void>((resolve) => {
      stop = resolve;
    });
    const running = openCommand([hostile, '--no-browser', '--port', '0'], fake, stopped);
    try {
      await expect.poll(() => out.join('')).toMatch(/at http:\/\/127\.0\.0\.1:\d+\//);
      const url = /at (http:\S+)/.exec(out.join(''))![1]!;
      const served = await fetch(new URL(OPEN_FILE_API, url));
      expect(await served.json()).toMatchObject({ name: 'hostile.yaml', text: 'a: [unclosed\n' });
      expect(err.join('')).toMatch(/^warning: .*hostile\.yaml: not valid YAML: line \d+, column \d+/);
    } finally {
      stop();
      delete process.env.INTEGRATION_DESIGNER_APP_DIR;
    }
    expect(await running).toBe(0);
  });
});
