// The sample request panel: the list of samples and the selected sample's fields.
import type { Page } from '@playwright/test';
import { CodeEditorDriver } from './code-editor.ts';

export class SamplePanel {
  constructor(readonly page: Page) {}

  get region() {
    return this.page.getByRole('region', { name: 'Sample request', exact: true });
  }
  get selector() {
    return this.region.getByLabel('Sample', { exact: true });
  }
  get method() {
    return this.region.getByLabel('Method', { exact: true });
  }
  get path() {
    return this.region.getByLabel('Path', { exact: true });
  }
  get base64() {
    return this.region.getByRole('checkbox', { name: /base64-encoded/ });
  }
  /** What is wrong with the body itself (a body marked base64 that is not base64). */
  get bodyProblems() {
    return this.region.getByRole('list', { name: 'Problems with the sample body' });
  }
  get runAgain() {
    return this.region.getByRole('button', { name: 'Run again' });
  }
  /** Says when a "Run again" (Ctrl+Enter) has finished: "Ran again (2×)". */
  get runAgainStatus() {
    return this.region.getByRole('status', { name: 'Run again' });
  }

  async addSample(): Promise<void> {
    await this.region.getByRole('button', { name: 'Add sample' }).click();
  }

  get body(): CodeEditorDriver {
    return new CodeEditorDriver(this.page, 'Sample body');
  }

  /** Sets a header: edits the row with that name, or adds a row. */
  async setHeader(name: string, value: string): Promise<void> {
    const headers = this.region.getByRole('table', { name: 'Headers' });
    const names = headers.getByLabel(/^Header \d+$/);
    const count = await names.count();
    for (let i = 1; i <= count; i++) {
      if (
        (await headers.getByLabel(`Header ${i}`, { exact: true }).inputValue()).toLowerCase() === name.toLowerCase()
      ) {
        await headers.getByLabel(`Header value ${i}`, { exact: true }).fill(value);
        return;
      }
    }
    await this.region.getByRole('button', { name: 'Add header' }).click();
    await headers.getByLabel(`Header ${count + 1}`, { exact: true }).fill(name);
    await headers.getByLabel(`Header value ${count + 1}`, { exact: true }).fill(value);
  }

  async setBody(text: string): Promise<void> {
    await this.body.setText(text);
  }
}
