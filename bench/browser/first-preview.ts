// Load → first preview: navigation start until the preview shows the default design's first trace (a fresh
// browser context each time: nothing cached, as on a first visit; its window settled first, as a user's is:
// settled-page.ts).
import type { Browser } from '@playwright/test';
import { LONG_TASK_OBSERVER, median } from './probes.ts';
import { settledPage } from './settled-page.ts';

const WATCH_FIRST_PREVIEW = `new MutationObserver((_, observer) => {
  const panel = document.getElementById('preview-tabpanel');
  if (panel && panel.firstElementChild && !panel.textContent.includes('Running the sample')) {
    window.__firstPreviewAt = performance.now();
    observer.disconnect();
  }
}).observe(document, { childList: true, subtree: true })`;

export interface FirstPreview {
  /** Median over the navigations, ms from navigation start. */
  ms: number;
  /** Median of the long tasks' total before the first preview, ms. */
  longTaskMs: number;
}

export async function loadToFirstPreview(browser: Browser, url: string, navigations: number): Promise<FirstPreview> {
  const times: number[] = [];
  const blocked: number[] = [];
  for (let i = 0; i < navigations; i++) {
    const { context, page } = await settledPage(browser, { viewport: { width: 1280, height: 800 } });
    await page.addInitScript(LONG_TASK_OBSERVER);
    await page.addInitScript(WATCH_FIRST_PREVIEW);
    await page.goto(url);
    await page.waitForFunction('window.__firstPreviewAt !== undefined', undefined, { timeout: 30_000 });
    const at = (await page.evaluate('window.__firstPreviewAt')) as number;
    const tasks = (await page.evaluate('window.__longTasks')) as Array<{ start: number; duration: number }>;
    times.push(at);
    blocked.push(tasks.filter((t) => t.start < at).reduce((sum, t) => sum + t.duration, 0));
    await context.close();
  }
  return { ms: median(times), longTaskMs: median(blocked) };
}
