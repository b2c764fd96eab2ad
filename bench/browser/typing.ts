// Typing and pasting in the designer, timed in the page: a keystroke in the template editor until the preview's
// integration request body shows it on screen (the frame painted after the change), and a pasted sample body until the preview has read all of it. Long tasks are
// read from the observer in probes.ts over the whole window, plus a settling time after it, so that work a change
// schedules for later (saving the design) counts too.
import type { Page } from '@playwright/test';
import { longTasksBetween, pageNow } from './probes.ts';

/** A typist's pace between keystrokes; longer than the preview's throttle, so each keystroke is measured alone. */
const TYPING_PAUSE_MS = 120;
/** After the last change: deferred work (saving to storage after 300 ms, to the library after 500 ms) counts. */
export const SETTLE_MS = 1500;

/**
 * Resolves `window.__seenAt` when the integration request body shows `text` (set up before the action): at the frame
 * painted after the DOM has it (a task posted from the next animation frame runs once that frame is painted), not at
 * the DOM change itself, which left out the style, layout and paint the user waits for too.
 */
function watchPreviewFor(text: string): string {
  return `window.__seenAt = new Promise((resolve) => {
    const painted = () => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });
    const check = () => {
      const body = document.querySelector('[aria-label="Integration request body"]');
      if (body && body.textContent.includes(${JSON.stringify(text)})) {
        observer.disconnect();
        painted();
        return true;
      }
      return false;
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    setTimeout(() => resolve(NaN), 120000); // never shown: NaN fails the row instead of hanging the bench
  }); 0`; // (the trailing 0: evaluate would otherwise wait for the promise)
}

export async function waitForPreviewText(page: Page, text: string, timeout = 60_000): Promise<void> {
  await page.getByLabel('Integration request body').filter({ hasText: text }).first().waitFor({ timeout });
}

export interface TypingResult {
  /** Keystroke → preview of the measured keystrokes (after the warm-up ones), ms. */
  latencies: number[];
  /** Keystroke → preview of the first `warmUp` keystrokes, ms (reported apart: they measure a cold page). */
  warmUpLatencies: number[];
  /** The longest task while typing (and SETTLE_MS after), ms. */
  maxLongTask: number;
}

/**
 * Types `warmUp` + `keystrokes` letters into the template (before its closing `"}`), each timed keydown → preview
 * shows it. The first `warmUp` are reported apart: on a page that has just loaded, the code a keystroke runs (Monaco's
 * typing, the engine worker that has just run its first preview) is still cold, and a
 * row that measured from the first keystroke counted that start-up, while rows that type after a paste did not.
 */
export async function typeInTemplate(page: Page, keystrokes: number, warmUp = 0): Promise<TypingResult> {
  const editor = page.getByRole('textbox', { name: 'Template for application/json' });
  await page.locator('.code-editor[data-editor="monaco"]').filter({ has: editor }).waitFor();
  await page.evaluate(`document.addEventListener('keydown', (e) => (window.__keyAt = e.timeStamp), true); 0`);
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('ArrowLeft'); // before }
  await page.keyboard.press('ArrowLeft'); // before the closing quote
  const current = (await page.getByLabel('Integration request body').first().textContent()) ?? '';
  let typed = /"typed": "(Z[a-z]*)"/.exec(current)?.[1] ?? 'Z';
  const latencies: number[] = [];
  const from = await pageNow(page);
  for (let i = 0; i < warmUp + keystrokes; i++) {
    const ch = String.fromCharCode(97 + (i % 26));
    typed += ch;
    await page.evaluate(watchPreviewFor(`"typed": "${typed}"`));
    await page.keyboard.press(ch);
    const [end, start] = (await page.evaluate('Promise.all([window.__seenAt, window.__keyAt])')) as [number, number];
    latencies.push(end - start);
    await page.waitForTimeout(TYPING_PAUSE_MS);
  }
  await page.waitForTimeout(SETTLE_MS);
  const { max } = await longTasksBetween(page, from, await pageNow(page));
  return { latencies: latencies.slice(warmUp), warmUpLatencies: latencies.slice(0, warmUp), maxLongTask: max };
}

export interface PasteResult {
  /** Paste → the preview shows the count of the pasted body's items, ms. */
  upToDateMs: number;
  maxLongTask: number;
}

/** Pastes `body` over the sample body (select all, paste) and waits for the preview to count `items`. */
export async function pasteSampleBody(page: Page, body: string, items: number): Promise<PasteResult> {
  // The code editor, or (holding a large body already) the virtual list that stands in for it.
  const editor = page.getByLabel('Sample body', { exact: true }).first();
  await editor.waitFor();
  const textbox = page.getByRole('textbox', { name: 'Sample body' });
  if ((await textbox.count()) > 0) {
    await page.locator('.code-editor[data-editor="monaco"]').filter({ has: textbox }).waitFor();
    await textbox.focus();
    await page.keyboard.press('ControlOrMeta+A');
  } else {
    await editor.focus();
  }
  await page.evaluate(watchPreviewFor(`"count": "${items}"`));
  // The text reaches the page first, in a task of its own: copying megabytes into the page is the bench's doing, not
  // part of the paste (a user's clipboard is there already). A settling pause keeps that task out of the window.
  await page.evaluate((text) => {
    (window as unknown as { __pasteText: string }).__pasteText = text;
  }, body);
  await page.waitForTimeout(500);
  const from = (await editor.evaluate((el) => {
    const data = new DataTransfer();
    data.setData('text/plain', (window as unknown as { __pasteText: string }).__pasteText);
    const at = performance.now();
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    return at;
  })) as number;
  const end = (await page.evaluate('window.__seenAt')) as number;
  await page.waitForTimeout(SETTLE_MS);
  const { max } = await longTasksBetween(page, from, await pageNow(page));
  return { upToDateMs: end - from, maxLongTask: max };
}
