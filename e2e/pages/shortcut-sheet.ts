// The keyboard shortcut sheet (Ctrl+/ or the header's "Shortcuts" button), and pressing shortcuts.
import { expect, type Page } from '@playwright/test';

export class ShortcutSheet {
  constructor(readonly page: Page) {}

  get button() {
    return this.page.getByRole('button', { name: 'Shortcuts', exact: true });
  }
  get dialog() {
    return this.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  }
  get table() {
    return this.dialog.getByRole('table', { name: 'Keyboard shortcuts' });
  }
  /** The row of the sheet that lists `keys`, e.g. "Ctrl+S". */
  row(keys: string) {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: keys, exact: true }) });
  }

  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
