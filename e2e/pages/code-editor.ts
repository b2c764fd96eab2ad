// Drives a code editor (Monaco once loaded; the plain textarea before): waits for Monaco, then replaces its text.
import { expect, type Locator, type Page } from '@playwright/test';

export class CodeEditorDriver {
  constructor(
    readonly page: Page,
    /** The accessible name of the editor. */
    readonly name: string,
  ) {}

  get textbox(): Locator {
    return this.page.getByRole('textbox', { name: this.name });
  }

  /** The Monaco editor element around the textbox. */
  get monaco(): Locator {
    return this.page.locator('.code-editor[data-editor="monaco"]').filter({ has: this.textbox });
  }

  /** Monaco loads after the first preview (main.tsx): on a busy machine that can take a while. */
  async waitForMonaco(): Promise<void> {
    await expect(this.monaco).toBeVisible({ timeout: 30_000 });
  }

  /**
   * Replaces the whole text by selecting all and pasting, as a user would. (Typed or inserted text goes through
   * Monaco's auto-closing of brackets and quotes, which changes it; a paste is taken as it is.)
   */
  async setText(text: string): Promise<void> {
    await this.waitForMonaco();
    await this.textbox.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    if (text === '') {
      await this.page.keyboard.press('Delete');
      return;
    }
    await this.textbox.evaluate((el, t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }

  /** Types at the end of the text, key by key (so completions and auto-closing behave as for a user). */
  async typeAtEnd(text: string): Promise<void> {
    await this.waitForMonaco();
    await this.textbox.focus();
    await this.page.keyboard.press('ControlOrMeta+End');
    await this.page.keyboard.type(text);
  }

  /** The completion the editor offers for `label` (its accessible name starts with the label). */
  suggestion(label: string): Locator {
    return this.monaco.getByRole('listbox').getByRole('option', { name: new RegExp(`^${label}\\b`) });
  }

  /** Lines (1-based) that carry an error marker (a squiggle) in the editor. */
  async errorMarkerLines(): Promise<number[]> {
    return this.markerLines('error');
  }

  /** Lines (1-based) that carry a warning marker (a lint finding) in the editor. */
  async warningMarkerLines(): Promise<number[]> {
    return this.markerLines('warning');
  }

  /** Puts the cursor at a line and column (1-based) with the keyboard, as a user would. */
  async moveCursorTo(line: number, column: number): Promise<void> {
    await this.waitForMonaco();
    await this.textbox.focus();
    await this.page.keyboard.press('ControlOrMeta+Home');
    for (let i = 1; i < line; i++) await this.page.keyboard.press('ArrowDown');
    await this.page.keyboard.press('Home');
    for (let i = 1; i < column; i++) await this.page.keyboard.press('ArrowRight');
  }

  /** Opens the quick fixes at a position (Ctrl+.) and applies the one with this title. */
  async applyQuickFix(line: number, column: number, title: string): Promise<void> {
    await this.moveCursorTo(line, column);
    await this.page.keyboard.press('ControlOrMeta+.');
    const action = this.page.getByRole('option', { name: title });
    await expect(action).toBeVisible();
    await action.click();
  }

  /** The editor's text as Monaco holds it (each line as shown). */
  async text(): Promise<string> {
    return this.monaco.evaluate((root) =>
      [...root.querySelectorAll<HTMLElement>('.view-line')]
        .map((l) => l.textContent?.replace(/\u00a0/g, ' '))
        .join('\n'),
    );
  }

  private async markerLines(kind: 'error' | 'warning'): Promise<number[]> {
    return this.monaco.evaluate((root, cls) => {
      const lineHeight = Number.parseFloat(getComputedStyle(root.querySelector('.view-line')!).height) || 18;
      const tops = [...root.querySelectorAll<HTMLElement>(cls)].map((el) => {
        const overlay = el.parentElement as HTMLElement; // one overlay per visible line
        return Math.round(Number.parseFloat(overlay.style.top) / lineHeight) + 1;
      });
      return [...new Set(tops)].sort((a, b) => a - b);
    }, `.squiggly-${kind}`);
  }
}
