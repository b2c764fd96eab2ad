// Browser benchmarks: the JavaScript needed before first render (gzip, against the 250 KB budget), the time from
// navigation to a usable form (against a blank page from the same server), and the time from a keystroke in the
// template editor to the updated preview (median and p95 over 50 keystrokes with a 10 KB sample body, against the
// 50 ms target). Builds with Vite into a temporary directory and measures in headless Chromium.
// Run alone with `npx tsx bench/ui.bench.ts [--vite-config path]`.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { BenchRow } from './bench-row.ts';
import { formatTable } from './bench-row.ts';
import { defaultDesign, serializeDesign } from '../src/model/index.ts';
import { STORAGE_KEY } from '../src/store/persistence.ts';
// @ts-expect-error -- plain ESM helper shared with playwright.config.ts
import { findBrowser } from '../scripts/find-browser.mjs';

const BUDGET_KB = 250;
const KEYSTROKE_TARGET_MS = 50;
const KEYSTROKES = 50;
const NAVIGATIONS = 8;
/**
 * A typist's pace between keystrokes; also longer than the preview's 60 ms throttle, so each keystroke is measured
 * alone.
 */
const TYPING_PAUSE_MS = 120;
const PORT = Number(process.env.BENCH_PORT ?? 4182);
const VITE = join('node_modules', 'vite', 'bin', 'vite.js');

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

/** The entry chunk and its static imports (what the browser must load before the first render), gzip-compressed. */
export function initialJavaScriptKb(outDir: string): { kb: number; files: string[] } {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry)?.[0];
  if (!entry) throw new Error('no entry chunk in the Vite manifest');
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  visit(entry);
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

const progress = (step: string) => process.env.BENCH_VERBOSE && console.error(`[ui bench] ${step}`);
const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo]! + (s[Math.ceil(pos)]! - s[lo]!) * (pos - lo);
}

/** Navigation start → the integration form's first control in the DOM (read in the page, from timeOrigin). */
async function timeToUsableForm(browser: Browser, url: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < NAVIGATIONS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
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

/** Navigation start → DOMContentLoaded of a blank page from the same server: the floor for any page. */
async function timeToBlankPage(browser: Browser, url: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < NAVIGATIONS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
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

function benchDesign(): string {
  const design = defaultDesign();
  const items = Array.from({ length: 215 }, (_, i) => ({ id: i, name: `pet number ${i}`, tags: ['a', 'b'] }));
  const body = JSON.stringify({ name: 'Rex', items });
  if (body.length < 10_000) throw new Error('sample body should be about 10 KB');
  design.integration.requestTemplates = {
    'application/json': `#set($b = $input.path('$'))\n{"count": "$b.items.size()", "typed": "Z"}`,
  };
  design.samples = [{ ...design.samples[0], body }];
  return JSON.stringify({ design: serializeDesign(design), selectedSample: 0 });
}

/** Keystroke (keydown in the page) → the preview's integration request body shows the typed text. */
async function keystrokeToPreview(page: Page): Promise<number[]> {
  const editor = page.getByRole('textbox', { name: 'Template for application/json' });
  await page.locator('.code-editor[data-editor="monaco"]').first().waitFor();
  await page.getByLabel('Integration request body').waitFor();
  await page.evaluate(() => {
    document.addEventListener(
      'keydown',
      (e) => ((window as unknown as { __keyAt: number }).__keyAt = e.timeStamp),
      true,
    );
  });
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('ArrowLeft'); // before }
  await page.keyboard.press('ArrowLeft'); // before the closing quote
  const latencies: number[] = [];
  let typed = 'Z';
  for (let i = 0; i < KEYSTROKES; i++) {
    const ch = String.fromCharCode(97 + (i % 26));
    typed += ch;
    // In-page code as a string: tsx (esbuild keepNames) would wrap named functions in a helper the page lacks.
    await page.evaluate(`window.__previewAt = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const body = document.querySelector('[aria-label="Integration request body"]');
        if (body && body.textContent.includes(${JSON.stringify(`"typed": "${typed}"`)})) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    }); 0`); // (the trailing 0: evaluate would otherwise wait for the promise)
    await page.keyboard.press(ch);
    const [end, start] = await page.evaluate(async () => {
      const w = window as unknown as { __previewAt: Promise<number>; __keyAt: number };
      return [await w.__previewAt, w.__keyAt];
    });
    latencies.push(end - start);
    await page.waitForTimeout(TYPING_PAUSE_MS);
  }
  return latencies;
}

export async function runUiBench(options: { viteConfig?: string } = {}): Promise<BenchRow[]> {
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
    const base = `http://127.0.0.1:${PORT}`;
    progress('measuring navigation');
    const blankMs = await timeToBlankPage(browser, `${base}/bench-blank.html`);
    const formMs = await timeToUsableForm(browser, `${base}/`);

    progress('measuring keystrokes');
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, benchDesign()]);
    await page.goto(`${base}/`);
    const latencies = await keystrokeToPreview(page);
    progress(`keystroke latencies (ms): ${latencies.map((l) => Math.round(l)).join(' ')}`);
    await context.close();

    const row = (name: string, value: number, baseline: number, unit?: string): BenchRow => ({
      name,
      msPerOp: value,
      baselineMsPerOp: baseline,
      ratio: value / baseline,
      ...(unit ? { unit } : {}),
    });
    return [
      row(`initial JS before first render, gzip KB (budget ${BUDGET_KB} KB)`, size.kb, BUDGET_KB, 'KB'),
      row('navigation to usable form, median (vs blank page)', formMs, blankMs),
      row(
        `keystroke to preview, median of ${KEYSTROKES} (vs ${KEYSTROKE_TARGET_MS} ms target)`,
        median(latencies),
        KEYSTROKE_TARGET_MS,
      ),
      row(
        `keystroke to preview, p95 of ${KEYSTROKES} (vs ${KEYSTROKE_TARGET_MS} ms target)`,
        quantile(latencies, 0.95),
        KEYSTROKE_TARGET_MS,
      ),
    ];
  } finally {
    await browser?.close();
    server?.kill();
    if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--vite-config');
  const rows = await runUiBench({ viteConfig: i > 0 ? process.argv[i + 1] : undefined });
  console.log(formatTable(rows));
}
