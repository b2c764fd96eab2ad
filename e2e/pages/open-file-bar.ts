// The bar of `integration-designer open <file>` and its "Save to file" dialog (the diff, then the write).
import type { Page } from '@playwright/test';

export class OpenFileBar {
  constructor(readonly page: Page) {}

  get region() {
    return this.page.getByRole('region', { name: 'File on disk' });
  }

  get saveButton() {
    return this.region.getByRole('button', { name: 'Save to file' });
  }

  get error() {
    return this.region.getByRole('alert');
  }

  get reloadButton() {
    return this.region.getByRole('button', { name: 'Reload the file' });
  }

  get saved() {
    return this.region.getByRole('status');
  }

  dialog(fileName: string) {
    return this.page.getByRole('dialog', { name: `Save to ${fileName}` });
  }

  /** The diff in the dialog: one text per line, "added: …" / "removed: …" for changed ones. */
  diff(fileName: string) {
    return this.dialog(fileName).getByRole('region', { name: `Changes to ${fileName}` });
  }

  writeButton(fileName: string) {
    return this.dialog(fileName).getByRole('button', { name: `Write to ${fileName}` });
  }
}
