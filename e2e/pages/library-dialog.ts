// The library of saved designs (the "Saved designs" dialog): search, the list, open / rename / duplicate / delete.
import { expect, type Page } from '@playwright/test';

export class LibraryDialog {
  constructor(readonly page: Page) {}

  get button() {
    return this.page.getByRole('toolbar', { name: 'Design' }).getByRole('button', { name: 'Saved designs' });
  }
  get dialog() {
    return this.page.getByRole('dialog', { name: 'Saved designs' });
  }
  get search() {
    return this.dialog.getByLabel('Search saved designs');
  }
  get list() {
    return this.dialog.getByRole('list', { name: 'Your saved designs' });
  }
  get entries() {
    return this.list.getByRole('listitem');
  }
  get empty() {
    return this.dialog.locator('.empty');
  }
  entry(name: string) {
    return this.list.getByRole('listitem', { name, exact: true });
  }
  /** Designs this browser set aside because they could not be opened (download, or delete after a confirmation). */
  get setAside() {
    return this.dialog.getByRole('list', { name: 'Designs set aside' });
  }
  get setAsideEntries() {
    return this.setAside.getByRole('listitem');
  }
  get removedNotice() {
    return this.dialog.getByRole('status').filter({ hasText: 'Deleted' });
  }

  async open(): Promise<void> {
    await this.button.click();
    await expect(this.dialog).toBeVisible();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** The names listed, in order (each entry is named by its design's name). */
  async names(): Promise<string[]> {
    return this.entries.evaluateAll((items) => items.map((li) => li.getAttribute('aria-label') ?? ''));
  }

  async openDesign(name: string): Promise<void> {
    await this.entry(name).getByRole('button', { name: 'Open' }).click();
    await expect(this.dialog).toBeHidden();
  }

  async rename(name: string, to: string): Promise<void> {
    await this.entry(name).getByRole('button', { name: 'Rename' }).click();
    await this.dialog.getByLabel(`New name for ${name}`).fill(to);
    await this.dialog.getByRole('button', { name: 'Save name' }).click();
  }

  async duplicate(name: string): Promise<void> {
    await this.entry(name).getByRole('button', { name: 'Duplicate' }).click();
  }

  deleteButton(name: string) {
    return this.entry(name).getByRole('button', { name: 'Delete' });
  }

  /** Why Delete is disabled, as text on the page (its accessible description too). */
  deleteReason(name: string) {
    return this.entry(name).getByText(/cannot be deleted/);
  }

  async remove(name: string): Promise<void> {
    await this.entry(name).getByRole('button', { name: 'Delete' }).click();
  }

  async undoDelete(): Promise<void> {
    await this.removedNotice.getByRole('button', { name: 'Undo delete' }).click();
  }
}
