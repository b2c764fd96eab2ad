// Takes the README's screenshot: the designer at 1280×800 (light theme) with the default design, Monaco loaded and
// the preview up to date. `npx tsx scripts/screenshot.ts [out.png]` (default docs/screenshot.png).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build, serve } from '../bench/ui.bench.ts';
// @ts-expect-error -- plain ESM helper shared with playwright.config.ts
import { findBrowser } from './find-browser.mjs';

const out = process.argv[2] ?? 'docs/screenshot.png';
const port = Number(process.env.SCREENSHOT_PORT ?? 4183);
const outDir = mkdtempSync(join(tmpdir(), 'screenshot-'));
build(outDir);
const server = await serve(outDir, undefined, port);
const found = findBrowser() as { executablePath: string | undefined } | null;
const browser = await chromium.launch({
  executablePath: found?.executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.locator('.code-editor[data-editor="monaco"]').first().waitFor();
  await page.getByRole('status', { name: 'Preview status' }).filter({ hasText: 'Up to date' }).waitFor();
  await page.getByLabel('Integration request body').waitFor();
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.kill();
  rmSync(outDir, { recursive: true, force: true });
}
