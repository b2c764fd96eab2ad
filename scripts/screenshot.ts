// Takes the README's screenshots from the real app: the designer at 1280×800 and 1440×900, light and dark, with the
// default design, Monaco loaded and the preview up to date. `npm run screenshots [-- out-dir]` (default docs/) writes
// docs/designer-<width>x<height>-<theme>.png; SCREENSHOT_PORT picks the port of the preview server (default 4183).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build, serve } from '../bench/ui.bench.ts';
// @ts-expect-error -- plain ESM helper shared with playwright.config.ts
import { findBrowser } from './find-browser.mjs';

export const SHOTS = [
  { width: 1280, height: 800, theme: 'light' },
  { width: 1280, height: 800, theme: 'dark' },
  { width: 1440, height: 900, theme: 'light' },
  { width: 1440, height: 900, theme: 'dark' },
] as const;

const outDir = process.argv[2] ?? 'docs';
const port = Number(process.env.SCREENSHOT_PORT ?? 4183);

/** Waits for Monaco and an up-to-date preview; on a busy machine a run may stop, so Ctrl+Enter runs it again. */
async function settle(page: Page): Promise<void> {
  await page.locator('.code-editor[data-editor="monaco"]').first().waitFor();
  const status = page.getByRole('status', { name: 'Preview status' });
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      await page.getByLabel('Integration request body').waitFor({ timeout: 15_000 });
      if ((await status.textContent())?.startsWith('Up to date')) break;
    } catch {
      // not there yet
    }
    await page.keyboard.press('Control+Enter');
  }
  await page.getByLabel('Integration request body').waitFor();
  await page.waitForTimeout(300); // let Monaco finish painting its tokens
}

const buildDir = mkdtempSync(join(tmpdir(), 'screenshot-'));
build(buildDir);
const server = await serve(buildDir, undefined, port);
const found = findBrowser() as { executablePath: string | undefined } | null;
const browser = await chromium.launch({
  executablePath: found?.executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: shot.theme,
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    await settle(page);
    const out = join(outDir, `designer-${shot.width}x${shot.height}-${shot.theme}.png`);
    await page.screenshot({ path: out });
    await page.close();
    console.log(`wrote ${out}`);
  }
} finally {
  await browser.close();
  server.kill();
  rmSync(buildDir, { recursive: true, force: true });
}
