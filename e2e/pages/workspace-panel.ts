// Page object for a workspace (a whole API open in the designer): the sidebar of methods, its search and actions,
// Run all's results table, and opening a file as a workspace from the Import dialog.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { ImportDialog } from './export-import-dialogs.ts';

export class WorkspacePanel {
  constructor(readonly page: Page) {}

  get sidebar() {
    return this.page.getByRole('navigation', { name: 'Workspace' });
  }
  get methods() {
    return this.sidebar.getByRole('listbox', { name: 'Methods' });
  }
  /** The option of a method, by its key ("POST /pets"). */
  method(key: string) {
    return this.methods.getByRole('option', { name: new RegExp(`^${escapeRegExp(key)} `) });
  }
  get selectedMethod() {
    return this.methods.getByRole('option', { selected: true });
  }
  get search() {
    return this.sidebar.getByLabel('Search methods');
  }
  button(name: 'Run all' | 'Save workspace file' | 'Share workspace' | 'Close workspace' | 'Export back') {
    return this.sidebar.getByRole('toolbar', { name: 'Workspace actions' }).getByRole('button', { name });
  }
  get results() {
    return this.page.getByRole('table', { name: 'Run all results' });
  }
  get resultsSummary() {
    return this.page.getByRole('region', { name: 'Run all' }).getByRole('status');
  }
  resultRow(key: string) {
    return this.results.getByRole('row').filter({ hasText: key });
  }
  /** The button that opens a result's method and sample in the designer. */
  openResult(key: string, sample: string) {
    return this.results.getByRole('button', { name: `Open ${key}, sample “${sample}”` });
  }

  get exportBackDialog() {
    return this.page.getByRole('dialog', { name: 'Export back' });
  }

  /** Export back: the API file with the edits written into it, as downloaded. */
  async exportBack(fileName: string): Promise<string> {
    await this.button('Export back').click();
    await expect(this.exportBackDialog.getByRole('status')).toContainText(fileName);
    const download = this.page.waitForEvent('download');
    await this.exportBackDialog.getByRole('button', { name: `Download ${fileName}` }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(fileName);
    const text = await readFile((await file.path())!, 'utf8');
    await this.exportBackDialog.getByRole('button', { name: 'Close' }).click();
    return text;
  }

  /** Serious or critical axe violations in the sidebar, Run all's results and an open dialog. */
  async axeViolations(): Promise<string[]> {
    const results = await new AxeBuilder({ page: this.page })
      .include('nav[aria-label="Workspace"]')
      .include('.run-all-results')
      .include('dialog[open]')
      .analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }

  get shareDialog() {
    return this.page.getByRole('dialog', { name: 'Share workspace' });
  }

  /** Opens a file through Import, as a workspace (the default for a file of several methods). */
  async openFile(path: string, methodCount: number): Promise<void> {
    const importer = new ImportDialog(this.page);
    await importer.open();
    await importer.chooseFile(path);
    const asWorkspace = importer.dialog.getByRole('radio', { name: `Open as workspace (all ${methodCount} methods)` });
    await expect(asWorkspace).toBeChecked();
    await importer.dialog.getByRole('button', { name: 'Open workspace' }).click();
    await expect(importer.dialog).toBeHidden();
    await expect(this.methods).toBeVisible();
  }

  /** Moves through the list with the keyboard (from the selected method) and opens the method with Enter. */
  async openByKeyboard(steps: number): Promise<void> {
    await this.methods.focus();
    for (let i = 0; i < Math.abs(steps); i++) await this.page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
    await this.page.keyboard.press('Enter');
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
