// The Share button and its dialog: the link (copied, and shown in a field to copy by hand), or "too large".
import { expect, type Page } from '@playwright/test';

export class ShareDialog {
  constructor(readonly page: Page) {}

  get button() {
    return this.page.getByRole('toolbar', { name: 'Design' }).getByRole('button', { name: 'Share' });
  }
  get dialog() {
    return this.page.getByRole('dialog', { name: 'Share' });
  }
  get linkField() {
    return this.dialog.getByLabel('Share link');
  }
  get status() {
    return this.dialog.getByRole('status');
  }
  get tooLarge() {
    return this.dialog.getByRole('alert');
  }
  get downloadDesignFile() {
    return this.dialog.getByRole('button', { name: 'Download design file' });
  }

  /** Clicks Share and returns the link shown in the dialog. */
  async shareLink(): Promise<string> {
    await this.button.click();
    await expect(this.linkField).toBeVisible();
    return this.linkField.inputValue();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
  }
}
