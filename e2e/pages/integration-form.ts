// The method, integration and API settings forms.
import type { Page } from '@playwright/test';

export class IntegrationForm {
  constructor(readonly page: Page) {}

  get resourcePath() {
    return this.page.getByLabel('Resource path');
  }
  get methodVerb() {
    return this.page.getByLabel('HTTP method', { exact: true });
  }
  get type() {
    return this.page.getByLabel('Integration type');
  }
  get integrationHttpMethod() {
    return this.page.getByLabel('Integration HTTP method');
  }
  get endpointUrl() {
    return this.page.getByLabel('Endpoint URL');
  }
  get awsUri() {
    return this.page.getByLabel('Integration URI (AWS ARN)');
  }
  get credentials() {
    return this.page.getByLabel('Execution role (credentials)');
  }
  get connectionType() {
    return this.page.getByLabel('Connection type');
  }
  get vpcLinkId() {
    return this.page.getByLabel('VPC link ID');
  }
  get contentHandling() {
    return this.page.getByRole('combobox', { name: 'Content handling', exact: true });
  }
  get timeout() {
    return this.page.getByLabel('Timeout (ms)');
  }

  passthrough(behavior: 'WHEN_NO_MATCH' | 'WHEN_NO_TEMPLATES' | 'NEVER') {
    return this.page.getByRole('radio', { name: new RegExp(`^${behavior}`) });
  }

  /** The validation messages shown beside a field (its aria-describedby). */
  async messagesOf(field: ReturnType<Page['getByLabel']>): Promise<string> {
    const ids = (await field.getAttribute('aria-describedby')) ?? '';
    const texts = await Promise.all(
      ids
        .split(' ')
        .filter(Boolean)
        .map((id) => this.page.locator(`[id="${id}"]`).textContent()),
    );
    return texts.join(' ');
  }

  async addParameterMapping(target: string, source: string): Promise<void> {
    const table = this.page.getByRole('table', { name: 'Request parameters (target ← source)' });
    await this.page.getByRole('button', { name: 'Add parameter mapping' }).click();
    // The cells offer suggestions (a datalist), so they are comboboxes; found by their labels.
    const n = await table.getByLabel(/^Target \d+$/).count();
    await table.getByLabel(`Target ${n}`, { exact: true }).fill(target);
    await table.getByLabel(`Source ${n}`, { exact: true }).fill(source);
  }

  /** Builds a Lambda invoke URI from a function ARN with the ARN helper. */
  async useLambdaFunction(functionArn: string): Promise<void> {
    await this.page.getByText('Build the ARN (region, service, path or action)').click();
    await this.page.getByLabel('Lambda function ARN').fill(functionArn);
    await this.page.getByRole('button', { name: 'Use Lambda function' }).click();
  }

  async addBinaryMediaType(mediaType: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add binary media type' }).click();
    const inputs = this.page.getByLabel(/^Binary media type \d+$/);
    await inputs.last().fill(mediaType);
  }
}
