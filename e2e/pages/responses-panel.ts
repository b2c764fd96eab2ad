// The integration responses (with the "does it match?" check) and the method responses.
import { expect, type Page } from '@playwright/test';
import { CodeEditorDriver } from './code-editor.ts';

export class ResponsesPanel {
  constructor(readonly page: Page) {}

  get region() {
    return this.page.getByRole('region', { name: 'Integration responses', exact: true });
  }
  /** The test subject of the selection check (a status code, or a Lambda errorMessage). */
  get subject() {
    return this.region.getByLabel(/^Does it match\?/);
  }
  /** Which integration response the whole set selects for the subject. */
  get selection() {
    return this.region.getByRole('status');
  }
  card(status: string) {
    return this.page.getByRole('region', { name: `Integration response ${status}`, exact: true });
  }
  selectionPattern(status: string) {
    return this.card(status).getByLabel('Selection pattern');
  }
  statusCode(status: string) {
    return this.card(status).getByLabel('Status code');
  }
  /** The engine's verdict shown beside a selection pattern. */
  verdict(status: string) {
    return this.card(status).getByText(/^(✓ Matches|✗ Does not match|Default response)/);
  }
  methodResponse(status: string) {
    return this.page.getByRole('region', { name: `Method response ${status}`, exact: true });
  }

  async add(): Promise<void> {
    await this.region.getByRole('button', { name: 'Add integration response' }).click();
  }

  /** The quick fix beside an integration response whose status has no method response. */
  async addMissingMethodResponse(status: string): Promise<void> {
    await this.card(status)
      .getByRole('button', { name: `Add method response ${status}` })
      .click();
  }

  async addResponseParameter(status: string, target: string, source: string): Promise<void> {
    const card = this.card(status);
    const table = card.getByRole('table', { name: 'Response parameters (header ← source)' });
    await card.getByRole('button', { name: 'Add response parameter' }).click();
    const n = await table.getByLabel(/^Header \d+$/).count();
    await table.getByLabel(`Header ${n}`, { exact: true }).fill(target);
    await table.getByLabel(`Source ${n}`, { exact: true }).fill(source);
  }

  /** The quick fix declaring the mapped headers on the method response. */
  async declareMappedHeaders(status: string): Promise<void> {
    await this.card(status)
      .getByRole('button', { name: /^Declare / })
      .click();
  }

  templateEditor(status: string, contentType: string): CodeEditorDriver {
    return new CodeEditorDriver(this.page, `Response template ${status} for ${contentType}`);
  }

  async addResponseTemplate(status: string, contentType: string, text: string): Promise<void> {
    const card = this.card(status);
    await card.getByText(/^Response templates \(\d+\)$/).click();
    await card.getByRole('button', { name: 'Add response template' }).click();
    await card.getByLabel('Content type of the new response template').fill(contentType);
    await card.getByRole('button', { name: 'Add', exact: true }).click();
    await this.templateEditor(status, contentType).setText(text);
  }

  /** The validation messages under a card's status code (the list its aria-describedby points to). */
  async statusCodeProblems(status: string) {
    // The design's problems come from the engine worker, a moment after the edit: wait until the field names them.
    await expect(this.statusCode(status)).toHaveAttribute('aria-describedby', /-problems(\s|$)/);
    const ids = (await this.statusCode(status).getAttribute('aria-describedby')) ?? '';
    const id = ids.split(' ').find((x) => x.endsWith('-problems'));
    return this.page.locator(`[id="${id}"]`);
  }

  async openResponseTemplates(status: string): Promise<void> {
    await this.card(status)
      .getByText(/^Response templates \(\d+\)$/)
      .click();
  }

  /** The content type the "Add response template" form starts with. */
  async startAddingResponseTemplate(status: string) {
    const card = this.card(status);
    await card.getByRole('button', { name: 'Add response template' }).click();
    return card.getByLabel('Content type of the new response template');
  }

  async confirmAdd(status: string): Promise<void> {
    await this.card(status).getByRole('button', { name: 'Add', exact: true }).click();
  }

  /** Opens a response template in the wide dialog; returns the dialog. */
  async expandTemplate(status: string, contentType: string) {
    await this.card(status).getByRole('button', { name: 'Expand editor' }).click();
    return this.page.getByRole('dialog', { name: `Response template ${status} for ${contentType}` });
  }
}
