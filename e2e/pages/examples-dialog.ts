// "New from example": the button in the Edit toolbar and its dialog listing the designs of examples/.
import type { Page } from '@playwright/test';

export class ExamplesDialog {
  constructor(readonly page: Page) {}

  get button() {
    return this.page.getByRole('toolbar', { name: 'Edit' }).getByRole('button', { name: 'New from example' });
  }
  get dialog() {
    return this.page.getByRole('dialog', { name: 'New from example' });
  }
  get list() {
    return this.dialog.getByRole('list', { name: 'Examples' });
  }
  example(name: string) {
    return this.list.getByRole('button', { name, exact: true });
  }
}
