// A fresh browser context's page, ready to be navigated the way a user navigates: in a window that already exists.
// Each Playwright context opens a new window, and Chromium (156, headless) then starts that window's own browser UI
// — the omnibox popup, a WebUI page in a renderer of its own — which took 0.6–1.1 s of CPU here (measured per
// process from /proc while a context opened about:blank). Navigating at once made the page share the machine's two
// cores with that start-up: load to first preview, alternating runs at load ~7, median 1324 ms navigating at once vs
// 928 ms after the window settled (and 937 ms with the omnibox popup turned off by flag instead). A user's window
// has long finished starting when they open the designer, so the navigation rows wait for it.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from '@playwright/test';

/** How long a new window is left to start its own UI before the measured navigation. */
export const WINDOW_SETTLE_MS = 1500;

export async function settledPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto('about:blank');
  await page.waitForTimeout(WINDOW_SETTLE_MS);
  return { context, page };
}
