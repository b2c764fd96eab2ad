// The live preview: stages, the integration request, the template decision, content handling, errors, log.
import type { Page } from '@playwright/test';

export class PreviewPanel {
  constructor(readonly page: Page) {}

  get region() {
    return this.page.getByRole('region', { name: 'Preview', exact: true });
  }
  get status() {
    return this.region.getByRole('status', { name: 'Preview status' });
  }
  get integrationRequest() {
    return this.region.getByRole('region', { name: 'Integration request', exact: true });
  }
  get integrationRequestBody() {
    return this.region.getByLabel('Integration request body');
  }
  get templateSelection() {
    return this.region.getByRole('region', { name: 'Template selection', exact: true });
  }
  get contentHandling() {
    return this.region.getByRole('region', { name: 'Content handling', exact: true });
  }
  get bodyBefore() {
    return this.region.getByLabel('Body before conversion');
  }
  get bodyAfter() {
    return this.region.getByLabel('Body after conversion');
  }
  get error() {
    return this.region.getByRole('region', { name: 'Error', exact: true });
  }
  get stopped() {
    return this.region.getByRole('region', { name: 'Preview stopped', exact: true });
  }
  get log() {
    return this.region.getByLabel('Execution log');
  }
  get traceJson() {
    return this.region.getByLabel('Trace JSON');
  }

  stage(title: string) {
    return this.region.getByRole('list', { name: 'Execution stages' }).getByRole('button', { name: new RegExp(`^${title}`) });
  }

  async showTab(name: 'Stages' | 'Execution log' | 'Trace JSON'): Promise<void> {
    await this.region.getByRole('tab', { name }).click();
  }
}
