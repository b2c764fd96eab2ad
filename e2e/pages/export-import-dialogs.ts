// The Export dialog (formats, preview, Download / Copy) and the Import dialog (file or text, format, candidates).
import { expect, type Download, type Page } from '@playwright/test';

export class ExportDialog {
  constructor(readonly page: Page) {}

  get button() {
    return this.page.getByRole('toolbar', { name: 'Design' }).getByRole('button', { name: 'Export' });
  }
  get dialog() {
    return this.page.getByRole('dialog', { name: 'Export' });
  }
  format(label: string) {
    return this.dialog.getByRole('radio', { name: label, exact: true });
  }
  get preview() {
    return this.dialog.getByLabel('Export preview');
  }
  get warnings() {
    return this.dialog.getByRole('list', { name: 'What this format cannot carry' });
  }

  async open(): Promise<void> {
    await this.button.click();
    await expect(this.dialog).toBeVisible();
  }

  /** Chooses a format and downloads its file. */
  async download(label: string): Promise<Download> {
    await this.format(label).check();
    const download = this.page.waitForEvent('download');
    await this.dialog.getByRole('button', { name: 'Download' }).click();
    return download;
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog).toBeHidden();
  }
}

export class ImportDialog {
  constructor(readonly page: Page) {}

  get button() {
    return this.page.getByRole('toolbar', { name: 'Design' }).getByRole('button', { name: 'Import' });
  }
  get dialog() {
    return this.page.getByRole('dialog', { name: 'Import' });
  }
  get file() {
    return this.dialog.getByLabel('File to import');
  }
  get pasted() {
    return this.dialog.getByLabel('Or paste the text');
  }
  get format() {
    return this.dialog.getByLabel('Format');
  }
  get error() {
    return this.dialog.getByRole('alert');
  }
  candidate(label: string) {
    return this.dialog.getByRole('radio', { name: label, exact: true });
  }
  get importButton() {
    return this.dialog.getByRole('button', { name: 'Import', exact: true });
  }
  /** For a file of several methods: import one of them (the default is to open them all as a workspace). */
  get oneMethod() {
    return this.dialog.getByRole('radio', { name: 'One method as a new design' });
  }

  async open(): Promise<void> {
    await this.button.click();
    await expect(this.dialog).toBeVisible();
  }

  /** Chooses a file (a path, or a name and its content) and waits until the dialog has read it. */
  async chooseFile(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.file.setInputFiles(file);
    await expect(this.dialog.getByText(/^Ready: /)).toBeVisible();
  }
}
