// Builds the designer (the browser app) into dist/app/ for `integration-designer open`: the published package ships
// it (`npm pack` / `npm publish` run this through `prepack`), and in a checkout of the repository the command runs
// it on first use, or when a source is newer than the build (as bin/integration-designer.js does for dist/cli.cjs),
// so `npm ci` stays as quick as it was. Measured: about 6 MB built (2 MB in the tarball).
// usage: node scripts/build-app.mjs [--if-stale]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const APP_DIR = join(ROOT, 'dist', 'app');
const STAMP = join(ROOT, 'dist', 'app-build.json');
const INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

function newestInput(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestInput(join(path, name))), 0);
}

/** True when dist/app/ is missing, or older than a source it is built from (only where the sources are: a checkout). */
export function appIsStale() {
  if (!existsSync(join(APP_DIR, 'index.html'))) return true;
  if (!existsSync(join(ROOT, 'src'))) return false; // the installed package: the app it ships
  try {
    const { startedAt } = JSON.parse(readFileSync(STAMP, 'utf8'));
    return INPUTS.some((input) => existsSync(join(ROOT, input)) && newestInput(join(ROOT, input)) > startedAt);
  } catch {
    return true;
  }
}

export function buildApp({ quiet = false } = {}) {
  const startedAt = Date.now();
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(vite)) throw new Error('vite is not installed (run npm ci in the repository first)');
  const r = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', APP_DIR, '--emptyOutDir', '--logLevel', quiet ? 'error' : 'warn'],
    { cwd: ROOT, stdio: quiet ? ['ignore', 'ignore', 'pipe'] : 'inherit', encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`vite build failed${r.stderr ? `: ${r.stderr.trim()}` : ''}`);
  writeFileSync(STAMP, `${JSON.stringify({ startedAt, inputs: INPUTS })}\n`);
}

if (process.argv[1] && relative(process.argv[1], fileURLToPath(import.meta.url)) === '') {
  if (process.argv.includes('--if-stale') && !appIsStale()) process.exit(0);
  try {
    buildApp();
  } catch (e) {
    process.stderr.write(`build-app: ${e.message}\n`);
    process.exit(1);
  }
}
