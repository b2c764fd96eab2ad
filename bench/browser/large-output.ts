// A 2 MB output in the preview: a template that copies a 2 MB body ($input.json('$')) into the integration request.
// Measures how much of it the user can reach: the viewer scrolled to its end shows the last characters, and the
// download holds every character. (Before, the view was cut at 100,000 characters and there was no download.)
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { longTasksBetween, pageNow } from './probes.ts';
import { pasteSampleBody } from './typing.ts';

export interface LargeOutput {
  /** The body's characters as the output carries them (compact JSON). */
  outputChars: number;
  /** Those characters when the download holds them all and the viewer shows the end of them, else 0. */
  reachableChars: number;
  /** Paste → the preview shows the output, ms; and the longest task meanwhile. */
  upToDateMs: number;
  maxLongTask: number;
}

/** `page` shows a design whose template is COPYING_TEMPLATE (payloads.ts). */
export async function largeOutput(page: Page, body: string, items: number): Promise<LargeOutput> {
  const pasted = await pasteSampleBody(page, body, items);
  const compact = JSON.stringify(JSON.parse(body));
  const outputChars = compact.length;
  const viewer = page.getByLabel('Integration request body').first();
  await viewer.focus();
  await page.keyboard.press('ControlOrMeta+End');
  const from = await pageNow(page);
  const tail = compact.slice(-24);
  let viewable = false;
  try {
    await viewer.filter({ hasText: tail }).waitFor({ timeout: 5000 });
    viewable = true;
  } catch {
    viewable = false;
  }
  let downloaded = 0;
  try {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 5000 }),
      page.getByRole('button', { name: 'Download integration request body' }).click({ timeout: 5000 }),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    downloaded = text.includes(compact) ? compact.length : 0;
  } catch {
    downloaded = 0;
  }
  const { max } = await longTasksBetween(page, from, await pageNow(page));
  return {
    outputChars,
    reachableChars: viewable ? downloaded : 0,
    upToDateMs: pasted.upToDateMs,
    maxLongTask: Math.max(max, pasted.maxLongTask),
  };
}
