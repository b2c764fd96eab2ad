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
  /** Bodies that are not what their content type promises, with the template line that wrote them. */
  get invalidOutput() {
    return this.region.getByRole('region', { name: 'Invalid output', exact: true });
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

  /** A stage of the strip (its accessible name may start with a state bullet). */
  stage(title: string) {
    return this.region
      .getByRole('list', { name: 'Execution stages' })
      .getByRole('button', { name: new RegExp(`(^|\\s)${title}\\b`) });
  }

  async showStage(
    title: 'Method request' | 'Integration request' | 'Backend' | 'Integration response' | 'Method response',
  ): Promise<void> {
    await this.showTab('Stages');
    await this.stage(title).click();
  }

  /** "Mock backends: in the engine worker", or a warning (live, or a request no mock answered). */
  get mockStatus() {
    return this.region.getByText(/^Mock backends:/);
  }
  get backendResponse() {
    return this.region.getByRole('region', { name: 'Backend response', exact: true });
  }
  get backendTimeout() {
    return this.region.getByRole('region', { name: 'Backend timeout', exact: true });
  }
  get integrationResponseSelection() {
    return this.region.getByRole('region', { name: 'Integration response selection', exact: true });
  }
  get mappedResponseHeaders() {
    return this.region.getByRole('region', { name: 'Mapped response headers', exact: true });
  }
  get responseTemplate() {
    return this.region.getByRole('region', { name: 'Response template', exact: true });
  }
  get methodResponse() {
    return this.region.getByRole('region', { name: 'Method response', exact: true });
  }
  get methodResponseHeaders() {
    return this.region.getByRole('table', { name: 'Method response headers' });
  }
  get methodResponseBody() {
    return this.region.getByLabel('Method response body');
  }
  /** The headers API Gateway handled by its own rules at the shown stage (Trace.headerRules). */
  get headerRules() {
    return this.region.getByRole('region', { name: 'Header rules API Gateway applied' });
  }

  async showTab(name: 'Stages' | 'Execution log' | 'Trace JSON'): Promise<void> {
    await this.region.getByRole('tab', { name }).click();
  }
}
