// The bar of `integration-designer open <file>` and its "Save to file" dialog (the diff, then the write).
import { expect, type Page } from '@playwright/test';
import { seriousViolationsIn } from './axe-check.ts';
import { monacoDiffText } from './monaco-diff.ts';

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

  /** The text diff in the dialog (under "The changes as text"): one text per line, "added: …" / "removed: …". */
  diff(fileName: string) {
    return this.dialog(fileName).getByRole('region', { name: `Changes to ${fileName}` });
  }

  /** What opens "The changes as text". */
  textDiffToggle(fileName: string) {
    return this.dialog(fileName).getByText('The changes as text', { exact: true });
  }

  /** Opens "The changes as text" by keyboard (the focus on it, then Enter). */
  async showTextDiff(fileName: string): Promise<void> {
    await this.textDiffToggle(fileName).focus();
    await this.page.keyboard.press('Enter');
    await expect(this.diff(fileName)).toBeVisible();
  }

  /** One side of Monaco's side-by-side diff of the file: the file now (Before) or after saving (After). */
  diffSide(fileName: string, which: 'Before' | 'After') {
    return this.dialog(fileName).getByRole('textbox', { name: `${which}: ${fileName}`, exact: true });
  }

  /** axe's serious and critical findings in the Save to file dialog, one line each. */
  seriousViolations(): Promise<string[]> {
    return seriousViolationsIn(this.page, 'dialog.save-to-file-dialog');
  }

  /** The text of one side of Monaco's diff of the file, as shown (unchanged runs folded away). */
  diffText(fileName: string, which: 'original' | 'modified'): Promise<string> {
    return monacoDiffText(this.dialog(fileName).locator('.file-diff-editor[data-editor="monaco-diff"]'), which);
  }

  writeButton(fileName: string) {
    return this.dialog(fileName).getByRole('button', { name: `Write to ${fileName}` });
  }
}
