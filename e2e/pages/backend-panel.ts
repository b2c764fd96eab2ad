// The mock backend: what the HTTP backend or the Lambda function answers, its delay, the live switch.
import type { Page } from '@playwright/test';
import { CodeEditorDriver } from './code-editor.ts';

export class BackendPanel {
  constructor(readonly page: Page) {}

  get region() {
    return this.page.getByRole('region', { name: 'Mock backend', exact: true });
  }
  /** "Mock backends: in the engine worker", or a warning (live, or a request no mock answered). */
  get status() {
    return this.region.getByText(/^Mock backends:/);
  }
  get delay() {
    return this.region.getByLabel('Delay (ms)');
  }
  get live() {
    return this.region.getByRole('checkbox', { name: /Send to the real endpoint/ });
  }
  get errorMessage() {
    return this.region.getByLabel('errorMessage', { exact: true });
  }
  get errorType() {
    return this.region.getByLabel('errorType', { exact: true });
  }
  get functionResult(): CodeEditorDriver {
    return new CodeEditorDriver(this.page, 'Function result (JSON)');
  }

  async functionFails(errorMessage: string, errorType: string): Promise<void> {
    await this.region.getByRole('radio', { name: 'Fails with this error' }).check();
    await this.errorMessage.fill(errorMessage);
    await this.errorType.fill(errorType);
  }

  async functionReturns(json: string): Promise<void> {
    await this.region.getByRole('radio', { name: 'Returns this result' }).check();
    await this.functionResult.setText(json);
  }

  /** Sets a header of the HTTP backend's answer (adds a row). */
  async addHeader(name: string, value: string): Promise<void> {
    const table = this.region.getByRole('table', { name: 'Backend response headers' });
    await this.region.getByRole('button', { name: 'Add backend header' }).click();
    const n = await table.getByLabel(/^Header \d+$/).count();
    await table.getByLabel(`Header ${n}`, { exact: true }).fill(name);
    await table.getByLabel(`Value ${n}`, { exact: true }).fill(value);
  }
}
