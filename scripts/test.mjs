// `npm test`: the one quality gate. Type check, lint (Biome: format, rules and the layer rules; the engine and model
// type-checked without the DOM — `npm run lint`), unit tests (vitest), then end-to-end tests (Playwright in a real
// Chromium, found or installed by ensure-browser). Ends with one line "N passed, N failed"; the lint counts as one
// test, a failed type check as one failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { ensureBrowser } from './ensure-browser.mjs';

const results = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

/** Runs one step; with `stdoutFile`, its standard output goes to that file (a machine-readable report). */
function step(title, cmd, args, env = {}, stdoutFile = undefined) {
  console.log(`\n=== ${title}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, {
    stdio: ['inherit', stdoutFile ? 'pipe' : 'inherit', 'inherit'],
    env: { ...process.env, ...env },
  });
  if (stdoutFile) writeFileSync(stdoutFile, r.stdout ?? '');
  if (r.status !== 0) ok = false;
  return r.status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

const typesOk = step('Type check', 'npx', ['tsc', '-p', '.']);
if (!typesOk) results.failed++;

const lintOk = step('Lint and layer rules', 'npm', ['run', '--silent', 'lint']);
if (lintOk) results.passed++;
else results.failed++;

step('Unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/vitest.json',
]);
const unit = readJson('test-results/vitest.json');
if (unit) {
  results.passed += unit.numPassedTests;
  results.failed += unit.numFailedTests;
  results.skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
} else results.failed++;

// The examples a newcomer runs first (examples/): every design's samples and every tests file must pass.
const examplesOk = step(
  'Examples',
  process.execPath,
  ['bin/integration-designer.js', 'test', 'examples/', '--reporter', 'json'],
  {},
  'test-results/examples.json',
);
const examples = readJson('test-results/examples.json');
if (examples && typeof examples.passed === 'number') {
  results.passed += examples.passed;
  results.failed += examples.failed;
} else results.failed++;
if (!examplesOk && !(examples?.failed > 0)) results.failed++;

console.log('\n=== End-to-end tests: finding a browser');
const browser = ensureBrowser();
if (!browser) {
  console.error(
    'No Chromium available: run `npx playwright install chromium`, or as root on Debian `apt-get install -y chromium`, or set CHROMIUM_PATH.',
  );
  ok = false;
  results.failed++;
} else {
  console.log(`Chromium: ${browser.executablePath ?? "Playwright's own"} (${browser.source})`);
  step('End-to-end tests', 'npx', ['playwright', 'test']);
  const e2e = readJson('test-results/e2e.json');
  if (e2e?.stats) {
    results.passed += e2e.stats.expected;
    results.failed += e2e.stats.unexpected + (e2e.stats.flaky ?? 0);
    results.skipped += e2e.stats.skipped;
  } else results.failed++;
}

console.log(`\n${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exit(ok && results.failed === 0 ? 0 : 1);
