// The request templates panel: tabs per content type, add/rename/delete, and the template editor.
import type { Page } from '@playwright/test';
import { CodeEditorDriver } from './code-editor.ts';

export class TemplatesPanel {
  constructor(readonly page: Page) {}

  get region() {
    return this.page.getByRole('region', { name: 'Request templates', exact: true });
  }

  tab(contentType: string) {
    return this.region.getByRole('tab', { name: contentType, exact: true });
  }

  editor(contentType: string): CodeEditorDriver {
    return new CodeEditorDriver(this.page, `Template for ${contentType}`);
  }

  /** The engine's errors and lint findings for a template, listed under its editor. */
  errors(contentType: string) {
    return this.page.getByRole('list', { name: `Problems in the ${contentType} template` });
  }

  async add(contentType: string): Promise<void> {
    await this.region.getByRole('button', { name: 'Add template' }).click();
    await this.region.getByLabel('Content type of the new template').fill(contentType);
    await this.region.getByRole('button', { name: 'Add', exact: true }).click();
  }

  async rename(from: string, to: string): Promise<void> {
    await this.tab(from).click();
    await this.region.getByRole('button', { name: 'Rename' }).click();
    await this.region.getByLabel(`New content type for ${from}`).fill(to);
    await this.region.getByRole('button', { name: 'Rename', exact: true }).last().click();
  }

  async remove(contentType: string): Promise<void> {
    await this.tab(contentType).click();
    await this.region.getByRole('button', { name: 'Delete template' }).click();
  }

  async setTemplate(contentType: string, text: string): Promise<void> {
    await this.tab(contentType).click();
    await this.editor(contentType).setText(text);
  }
}
