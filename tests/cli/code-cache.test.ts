// bin/code-cache.js: the command's bundle runs through a V8 code cache (vm.Script cachedData,
// https://nodejs.org/api/vm.html#new-vmscriptcode-options) that the first run writes and later runs read; a cache
// that is missing, corrupt, of another build or cannot be written only costs the compile, never the result. Each load
// runs in its own process, as the command does (within one process V8 reuses the script it compiled before).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JavaScript shipped as it is in bin/ (no declarations)
import { cacheDirsFor, loadWithCodeCache } from '../../bin/code-cache.js';

let work: string;
let bundle: string;
let cache: string;

/** A CommonJS bundle as the build writes it: the stamp line, then code using require, module and __filename. */
function writeBundle(stamp: string, body = 'x'): void {
  writeFileSync(
    bundle,
    `/* integration-designer build ${stamp} */\nconst { basename } = require('node:path');\n` +
      `module.exports = { answer: (n) => n * 2, name: basename(__filename), body: '${body}',\n` +
      `  later: () => import('node:path').then((m) => typeof m.join) };\n`,
  );
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'id-code-cache-'));
  mkdirSync(join(work, 'dist'));
  bundle = join(work, 'dist/cli.cjs');
  cache = join(work, 'cache');
  writeBundle('0123456789abcdef');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const LOADER = fileURLToPath(new URL('../../bin/code-cache.js', import.meta.url));

interface Load {
  usedCache: boolean;
  exports: { answer: number; name: string; body: string; later: string };
  saved: string | null;
}

/** Loads the bundle in a new Node process, calls answer(21) and save() there, and reports what happened. */
function load(label = 'test', cacheDirs = [cache]): Load {
  const script = `
    const { loadWithCodeCache } = await import(${JSON.stringify(LOADER)});
    const run = loadWithCodeCache(${JSON.stringify(bundle)}, ${JSON.stringify(label)}, { cacheDirs: ${JSON.stringify(cacheDirs)}, useCache: ${JSON.stringify(label)} !== 'open' });
    const e = run.exports;
    const saved = run.save() ?? null;
    const later = ${JSON.stringify(label)} === 'open' ? await e.later() : typeof e.later;
    console.log(JSON.stringify({ usedCache: run.usedCache, exports: { answer: e.answer(21), name: e.name, body: e.body, later }, saved }));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as Load;
}

describe('the code cache of the command bundle', () => {
  it('runs the bundle as require() would, writes the cache after the run, and uses it next time', () => {
    const first = load();
    expect(first.exports).toEqual({ answer: 42, name: 'cli.cjs', body: 'x', later: 'function' });
    expect(first.usedCache).toBe(false);
    expect(first.saved).toBe(cache);
    expect(readdirSync(cache)).toEqual([expect.stringMatching(/^test-0123456789abcdef-.*\.v8cache$/)]);
    const second = load();
    expect(second.usedCache).toBe(true);
    expect(second.exports.answer).toBe(42);
    expect(second.saved).toBeNull(); // nothing to write: the cache was good
  });

  it('without the cache (as `open` runs), import() inside the bundle works, and nothing is written', () => {
    const run = load('open');
    expect(run.exports.later).toBe('function');
    expect(run.usedCache).toBe(false);
    expect(run.saved).toBeNull();
    expect(load('open').exports.later).toBe('function');
  });

  it('keeps one cache per label (each subcommand compiles different code)', () => {
    load('test');
    load('render');
    expect(
      readdirSync(cache)
        .map((f) => f.split('-')[0])
        .sort(),
    ).toEqual(['render', 'test']);
  });

  it('a cache V8 rejects (corrupt) is ignored and replaced', () => {
    load();
    const [name] = readdirSync(cache);
    writeFileSync(join(cache, name!), 'not a code cache');
    const run = load();
    expect(run.usedCache).toBe(false);
    expect(run.exports.answer).toBe(42);
    expect(run.saved).toBe(cache);
    expect(load().usedCache).toBe(true);
  });

  it('a new build (same length, other content) does not use the old cache, and replaces it', () => {
    load();
    writeBundle('fedcba9876543210', 'y');
    const run = load();
    expect(run.usedCache).toBe(false);
    expect(run.exports.body).toBe('y');
    expect(readdirSync(cache)).toEqual([expect.stringMatching(/^test-fedcba9876543210-/)]);
  });

  it('a place that cannot be written is skipped; with none, the command still runs', () => {
    const notADir = join(work, 'a-file');
    writeFileSync(notADir, '');
    expect(load('test', [join(notADir, 'sub'), cache]).saved).toBe(cache);
    const run = load('lint', [join(notADir, 'sub')]);
    expect(run.exports.answer).toBe(42);
    expect(run.saved).toBeNull();
  });

  it('caches go to the node_modules/.cache of the project the package is installed in', () => {
    const installed = join(work, 'project/node_modules/integration-designer');
    expect(cacheDirsFor(installed)).toContain(join(work, 'project/node_modules/.cache/integration-designer'));
    expect(cacheDirsFor(join(work, 'checkout'))).toContain(
      join(work, 'checkout/node_modules/.cache/integration-designer'),
    );
  });

  it('refuses a label that could leave the cache folder', () => {
    expect(() => loadWithCodeCache(bundle, '../escape', { cacheDirs: [cache] })).toThrow(/label/);
  });
});
