// The Compare view: the two versions, the changed templates (tabs, and Monaco's diff editor), the other changed
// fields (a table), and "Export changes" (the AWS CLI script and the JSON calls, each with Copy and Download).
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { seriousViolationsIn } from './axe-check.ts';
import { monacoDiffText } from './monaco-diff.ts';

export class CompareDialog {
  constructor(readonly page: Page) {}

  get button() {
    return this.page.getByRole('toolbar', { name: 'Design' }).getByRole('button', { name: 'Compare' });
  }
  get dialog() {
    return this.page.getByRole('dialog', { name: 'Compare' });
  }
  heading(name: string, level: number) {
    return this.dialog.getByRole('heading', { name, level });
  }
  get before() {
    return this.dialog.getByLabel('Before', { exact: true });
  }
  get after() {
    return this.dialog.getByLabel('After', { exact: true });
  }
  /** The label of the version a picker shows. */
  chosenVersion(side: 'before' | 'after') {
    return this[side].locator('option:checked');
  }
  /** The labels of the versions a picker offers, in order. */
  versionLabels(side: 'before' | 'after'): Promise<string[]> {
    return this[side].locator('option').allTextContents();
  }
  /** Chooses a version by its label (the whole label, as versionLabels gives it). */
  async chooseVersion(side: 'before' | 'after', label: string): Promise<void> {
    await this[side].selectOption({ label });
  }
  /** Moves a picker's choice by keyboard: the focus on it, then the arrow keys (a closed select changes at once). */
  async moveVersionByKeyboard(side: 'before' | 'after', steps: number): Promise<void> {
    await this[side].focus();
    for (let i = 0; i < Math.abs(steps); i++) await this.page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
  }
  get summary() {
    return this.dialog.getByRole('status').filter({ hasText: /differ|No differences/ });
  }
  get templateTabs() {
    return this.dialog.getByRole('tablist', { name: 'Changed templates' });
  }
  templateTab(label: string) {
    return this.templateTabs.getByRole('tab', { name: label, exact: true });
  }
  /** One side of the selected template's diff (Monaco's editor, or the plain text field while it loads). */
  side(which: 'Before' | 'After', label: string): Locator {
    return this.dialog.getByRole('textbox', { name: `${which}: ${label}`, exact: true });
  }
  /** Monaco's diff editor, once loaded. */
  get diffEditor() {
    return this.dialog.locator('.compare-diff-editor[data-editor="monaco-diff"]');
  }
  /** The text of one side of Monaco's diff editor, line by line as shown. */
  diffText(which: 'original' | 'modified'): Promise<string> {
    return monacoDiffText(this.diffEditor, which);
  }
  /** How many lines Monaco marks inserted on the After side and removed on the Before side. */
  async changedLineCounts(): Promise<{ inserted: number; removed: number }> {
    await expect(this.diffEditor).toBeVisible({ timeout: 30_000 });
    const inserted = await this.diffEditor.locator('.editor.modified .line-insert').count();
    const removed = await this.diffEditor.locator('.editor.original .line-delete').count();
    return { inserted, removed };
  }
  get fields() {
    return this.dialog.getByRole('table', { name: /^Other fields/ });
  }
  /** The table row of a field path, e.g. `integration.timeoutInMillis`. */
  field(path: string) {
    return this.fields.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: path, exact: true }) });
  }
  get script() {
    return this.dialog.getByRole('textbox', { name: 'AWS CLI script' });
  }
  get json() {
    return this.dialog.getByRole('textbox', { name: 'JSON calls' });
  }
  action(name: string) {
    return this.dialog.getByRole('button', { name, exact: true });
  }

  /** axe's serious and critical findings in the open Compare view, one line each. */
  seriousViolations(): Promise<string[]> {
    return seriousViolationsIn(this.page, 'dialog.compare-dialog');
  }

  /** Opens Compare from the keyboard: the focus on the button, then Enter. */
  async openByKeyboard(): Promise<void> {
    await this.button.focus();
    await this.page.keyboard.press('Enter');
    await expect(this.dialog).toBeVisible();
  }

  /** Presses a button by keyboard (focus, Enter) and returns the file it downloads. */
  async downloadByKeyboard(name: string): Promise<Download> {
    await this.action(name).focus();
    const download = this.page.waitForEvent('download');
    await this.page.keyboard.press('Enter');
    return download;
  }

  async closeWithEscape(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.dialog).toBeHidden();
  }
}
