// Browser benchmarks, in headless Chromium against the app built by Vite into a temporary directory: the JavaScript
// needed before first render (gzip, against the 250 KB budget); navigation to a usable form (against a blank page);
// load to first preview; keystroke to preview with a 10 KB, 2 MB and 5 MB sample body; pasting 2 MB and 5 MB bodies;
// and a 2 MB output in the preview; a workspace of 300 methods opened, and Run all of 300 × 3 samples (issue #16).
// Rows with a goal (issues #14, #16) have ratio = value / goal: at most 1.00 meets it.
// Long tasks come from a PerformanceObserver installed before the app's scripts (browser/probes.ts). Every typing row
// measures the keystrokes after a warm-up of its own; the warm-up keystrokes of the 10 KB row (the first on a page that
// has just loaded) have a row of their own.
// Run alone with `npx tsx bench/ui.bench.ts [--vite-config path] [--start-up-only]` (--start-up-only: the first three
// rows).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { BenchRow } from './bench-row.ts';
import { formatTable } from './bench-row.ts';
import { loadToFirstPreview } from './browser/first-preview.ts';
import { largeOutput } from './browser/large-output.ts';
import { COPYING_TEMPLATE, COUNTING_TEMPLATE, sampleBody, storedDesign, tenKbDesign } from './browser/payloads.ts';
import { LONG_TASK_OBSERVER, median, progress, quantile } from './browser/probes.ts';
import { settledPage } from './browser/settled-page.ts';
import { pasteSampleBody, typeInTemplate } from './browser/typing.ts';
import { generatedOpenApi, generatedWorkspaceFile, openWorkspaceFile, runAll } from './browser/workspace.ts';
import { STORAGE_KEY } from '../src/store/persistence.ts';
// @ts-expect-error -- plain ESM helper shared with playwright.config.ts
import { findBrowser } from '../scripts/find-browser.mjs';

const BUDGET_KB = 250;
const FIRST_PREVIEW_GOAL_MS = 500;
const KEYSTROKES = 50;
const LARGE_KEYSTROKES = 30;
/** Keystrokes typed before the measured ones in every typing row (their latencies get a row of their own). */
const WARM_UP_KEYSTROKES = 10;
const NAVIGATIONS = 8;
const WORKSPACE_METHODS = 300;
const WORKSPACE_SAMPLES = 3;
const PORT = Number(process.env.BENCH_PORT ?? 4182);
const VITE = join('node_modules', 'vite', 'bin', 'vite.js');

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

/**
 * What the browser must load before the first render, gzip-compressed: every script index.html loads or preloads (the
 * entry, and the app chunk the entry imports once it has started the engine worker) and their static imports.
 */
export function initialJavaScriptKb(outDir: string): { kb: number; files: string[] } {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const loaded = [
    ...html.matchAll(/<(?:script type="module"[^>]*\ssrc|link rel="modulepreload"[^>]*\shref)="\/([^"]+)"/g),
  ];
  const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  if (!Object.values(manifest).some((c) => c.isEntry)) throw new Error('no entry chunk in the Vite manifest');
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  for (const [, file] of loaded) {
    const key = byFile.get(file!);
    if (!key) throw new Error(`index.html loads ${file}, which the Vite manifest does not list`);
    visit(key);
  }
  const bytes = [...files]
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(outDir, f)), { level: 9 }).length, 0);
  return { kb: bytes / 1024, files: [...files] };
}

/** Builds the app with Vite into `outDir` (with a manifest). Shared with scripts/screenshot.ts. */
export function build(outDir: string, config?: string): void {
  const args = [
    VITE,
    'build',
    '--logLevel',
    'error',
    '--manifest',
    '--outDir',
    outDir,
    '--emptyOutDir',
    ...(config ? ['-c', config] : []),
  ];
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('vite build failed');
}

/** Serves a build with `vite preview` on PORT; kill the returned process to stop it. */
export async function serve(outDir: string, config?: string, port = PORT): Promise<ChildProcess> {
  const args = [
    VITE,
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--strictPort',
    '--outDir',
    outDir,
    ...(config ? ['-c', config] : []),
  ];
  // Vite's own bin under node (not npx), so that killing this one process stops the server.
  const server = spawn(process.execPath, args, { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`vite preview did not start on port ${port}`);
}

/** Navigation start → the integration form's first control in the DOM (read in the page, from timeOrigin), in a settled window. */
async function timeToUsableForm(browser: Browser, url: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < NAVIGATIONS; i++) {
    const { context, page } = await settledPage(browser);
    await page.addInitScript(`new MutationObserver((_, observer) => {
      if (document.getElementById('field-integration-type')) {
        window.__formAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true })`);
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __formAt?: number }).__formAt !== undefined);
    times.push(await page.evaluate(() => (window as unknown as { __formAt: number }).__formAt));
    await context.close();
  }
  return median(times);
}

/** Navigation start → DOMContentLoaded of a blank page from the same server, in a settled window: the floor for any page. */
async function timeToBlankPage(browser: Browser, url: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < NAVIGATIONS; i++) {
    const { context, page } = await settledPage(browser);
    await page.goto(url);
    times.push(
      await page.evaluate(
        () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
      ),
    );
    await context.close();
  }
  return median(times);
}

/** A row against a baseline measured in the same run. */
function row(name: string, value: number, baseline: number, unit?: string): BenchRow {
  return { name, msPerOp: value, baselineMsPerOp: baseline, ratio: value / baseline, ...(unit ? { unit } : {}) };
}

/** A row against a goal: ratio ≤ 1.00 meets it. */
function goalRow(name: string, value: number, goal: number, unit = 'ms'): BenchRow {
  const met = value <= goal;
  return {
    name,
    msPerOp: value,
    baselineMsPerOp: goal,
    ratio: value / goal,
    ...(unit !== 'ms' ? { unit } : {}),
    note: met ? 'goal met' : 'GOAL MISSED',
  };
}

async function withPage<T>(browser: Browser, stored: string, url: string, fn: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  try {
    const page = await context.newPage();
    await page.addInitScript(LONG_TASK_OBSERVER);
    await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, stored]);
    await page.goto(url);
    await page.getByLabel('Integration request body').first().waitFor({ timeout: 30_000 });
    return await fn(page);
  } finally {
    await context.close();
  }
}

export async function runUiBench(options: { viteConfig?: string; startUpOnly?: boolean } = {}): Promise<BenchRow[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'ui-bench-'));
  let server: ChildProcess | null = null;
  let browser: Browser | null = null;
  try {
    progress('building');
    build(outDir, options.viteConfig);
    const size = initialJavaScriptKb(outDir);
    writeFileSync(join(outDir, 'bench-blank.html'), '<!doctype html><title>blank</title><p>blank</p>');
    server = await serve(outDir, options.viteConfig);
    const found = findBrowser() as { executablePath: string | undefined } | null;
    if (!found) throw new Error('no Chromium found (set CHROMIUM_PATH)');
    browser = await chromium.launch({
      executablePath: found.executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    const b = browser;
    const base = `http://127.0.0.1:${PORT}/`;
    progress('measuring navigation');
    const blankMs = await timeToBlankPage(b, `${base}bench-blank.html`);
    const formMs = await timeToUsableForm(b, base);
    const first = await loadToFirstPreview(b, base, NAVIGATIONS);
    const startUp: BenchRow[] = [
      row(`initial JS before first render, gzip KB (budget ${BUDGET_KB} KB)`, size.kb, BUDGET_KB, 'KB'),
      row('navigation to usable form, median (vs blank page)', formMs, blankMs),
      {
        ...goalRow(`load to first preview, median of ${NAVIGATIONS} (goal ${FIRST_PREVIEW_GOAL_MS} ms)`, first.ms, 500),
        note: `${first.ms <= FIRST_PREVIEW_GOAL_MS ? 'goal met' : 'GOAL MISSED'}; long tasks before it ${Math.round(first.longTaskMs)} ms`,
      },
    ];
    if (options.startUpOnly) return startUp;

    progress('typing with a 10 KB body');
    const small = await withPage(b, tenKbDesign(), base, (page) =>
      typeInTemplate(page, KEYSTROKES, WARM_UP_KEYSTROKES),
    );
    progress(`10 KB keystroke latencies (ms): warm-up ${small.warmUpLatencies.map(Math.round).join(' ')}`);
    progress(`10 KB keystroke latencies (ms): ${small.latencies.map(Math.round).join(' ')}`);

    progress('pasting 2 MB, typing, pasting 5 MB, typing');
    const two = sampleBody(2_000_000);
    const five = sampleBody(5_000_000);
    const large = await withPage(b, storedDesign(COUNTING_TEMPLATE, '{"items": []}'), base, async (page) => {
      const paste2 = await pasteSampleBody(page, two.body, two.items);
      const typing2 = await typeInTemplate(page, LARGE_KEYSTROKES, WARM_UP_KEYSTROKES);
      const paste5 = await pasteSampleBody(page, five.body, five.items);
      const typing5 = await typeInTemplate(page, LARGE_KEYSTROKES, WARM_UP_KEYSTROKES);
      return { paste2, typing2, paste5, typing5 };
    });
    progress(`2 MB keystroke latencies (ms): ${large.typing2.latencies.map(Math.round).join(' ')}`);
    progress(`5 MB keystroke latencies (ms): ${large.typing5.latencies.map(Math.round).join(' ')}`);

    progress('a 2 MB output');
    const twoCompact = sampleBody(2_000_000, true);
    const output = await withPage(b, storedDesign(COPYING_TEMPLATE, '{"items": []}'), base, (page) =>
      largeOutput(page, twoCompact.body, twoCompact.items),
    );

    progress(`a workspace of ${WORKSPACE_METHODS} methods; Run all of ${WORKSPACE_METHODS} x ${WORKSPACE_SAMPLES}`);
    const opened = await withPage(b, tenKbDesign(), base, (page) =>
      openWorkspaceFile(page, 'generated.json', generatedOpenApi(WORKSPACE_METHODS), WORKSPACE_METHODS),
    );
    const ran = await withPage(b, tenKbDesign(), base, async (page) => {
      const file = generatedWorkspaceFile(WORKSPACE_METHODS, WORKSPACE_SAMPLES);
      await openWorkspaceFile(page, 'generated.workspace.json', file, WORKSPACE_METHODS);
      const total = WORKSPACE_METHODS * WORKSPACE_SAMPLES;
      await runAll(page, total); // the first run loads the mock handlers in the worker
      return runAll(page, total);
    });
    progress(`Run all: ${ran.summary}`);

    const p95 = (xs: number[]) => quantile(xs, 0.95);
    const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
    return [
      ...startUp,
      {
        name: `keystroke to preview, 10 KB body, the first ${WARM_UP_KEYSTROKES} after load, median`,
        msPerOp: median(small.warmUpLatencies),
        baselineMsPerOp: median(small.latencies),
        ratio: median(small.warmUpLatencies) / median(small.latencies),
        note: 'informational: vs the measured keystrokes after them',
      },
      goalRow(`keystroke to preview, 10 KB body, median of ${KEYSTROKES}`, median(small.latencies), 30),
      goalRow(`keystroke to preview, 10 KB body, p95 of ${KEYSTROKES} (goal 30 ms)`, p95(small.latencies), 30),
      goalRow(
        `pasting a ${mb(two.body.length)} sample body: longest task (goal 100 ms)`,
        large.paste2.maxLongTask,
        100,
      ),
      {
        ...goalRow(`pasting ${mb(two.body.length)}: until the preview is up to date`, large.paste2.upToDateMs, 1000),
        note: 'informational',
      },
      goalRow(
        `keystroke to preview, ${mb(two.body.length)} body, p95 of ${LARGE_KEYSTROKES} (goal 50 ms)`,
        p95(large.typing2.latencies),
        50,
      ),
      goalRow(`typing with a ${mb(two.body.length)} body: longest task (goal 50 ms)`, large.typing2.maxLongTask, 50),
      goalRow(
        `pasting a ${mb(five.body.length)} sample body: longest task (goal 100 ms)`,
        large.paste5.maxLongTask,
        100,
      ),
      goalRow(
        `keystroke to preview, ${mb(five.body.length)} body, p95 of ${LARGE_KEYSTROKES} (goal 50 ms)`,
        p95(large.typing5.latencies),
        50,
      ),
      goalRow(`typing with a ${mb(five.body.length)} body: longest task (goal 50 ms)`, large.typing5.maxLongTask, 50),
      {
        ...goalRow(
          `a workspace of ${WORKSPACE_METHODS} methods opens (file chosen → sidebar lists them; goal 1 s)`,
          opened.ms,
          1000,
        ),
        note: `${opened.ms <= 1000 ? 'goal met' : 'GOAL MISSED'}; longest task ${Math.round(opened.maxLongTask)} ms`,
      },
      {
        ...goalRow(`Run all of ${WORKSPACE_METHODS} x ${WORKSPACE_SAMPLES} samples (goal 3 s)`, ran.ms, 3000),
        note: `${ran.ms <= 3000 ? 'goal met' : 'GOAL MISSED'}; longest task ${Math.round(ran.maxLongTask)} ms; ${ran.summary}`,
      },
      {
        name: `a ${mb(output.outputChars)} output: characters viewable and downloadable (vs all)`,
        msPerOp: output.reachableChars,
        baselineMsPerOp: output.outputChars,
        ratio: output.reachableChars / output.outputChars,
        unit: 'chars',
        note: output.reachableChars === output.outputChars ? 'goal met' : 'GOAL MISSED',
      },
    ];
  } finally {
    await browser?.close();
    server?.kill();
    if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--vite-config');
  const rows = await runUiBench({
    viteConfig: i > 0 ? process.argv[i + 1] : undefined,
    startUpOnly: process.argv.includes('--start-up-only'),
  });
  console.log(formatTable(rows));
}
