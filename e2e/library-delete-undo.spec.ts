// Journey: the library lists saved designs newest first and finds them by name; rename, duplicate, open; delete shows
// "Deleted X." with "Undo delete", which brings it back; a deletion not undone lasts across a reload.
import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/designer-page.ts';
import { LibraryDialog } from './pages/library-dialog.ts';
import { SavingBanners } from './pages/saving-banners.ts';

async function saveDesign(designer: DesignerPage, name: string): Promise<void> {
  await designer.newDesign();
  await expect(designer.designName).toHaveValue('New integration');
  await designer.designName.fill(name);
  await expect(new SavingBanners(designer.page).saveStatus).toHaveText('Saved');
}

test('search, rename, duplicate, open, and delete with undo', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await saveDesign(designer, 'Orders: create');
  await saveDesign(designer, 'Pets: list');
  await saveDesign(designer, 'Orders: cancel');
  const library = new LibraryDialog(page);
  await library.open();
  expect(await library.names()).toEqual(['Orders: cancel', 'Pets: list', 'Orders: create']);

  await library.search.fill('ORDERS');
  expect(await library.names()).toEqual(['Orders: cancel', 'Orders: create']);
  await library.search.fill('nothing like it');
  await expect(library.empty).toHaveText('No saved design matches “nothing like it”.');
  await library.search.fill('');

  await library.rename('Pets: list', 'Pets: list all');
  await expect(library.entry('Pets: list all')).toBeVisible();
  await library.duplicate('Pets: list all');
  await expect(library.entry('Pets: list all (copy)')).toBeVisible();

  await library.remove('Orders: create');
  await expect(library.removedNotice).toContainText('Deleted “Orders: create”.');
  await expect(library.entry('Orders: create')).toHaveCount(0);
  await library.undoDelete();
  await expect(library.entry('Orders: create')).toBeVisible();
  await expect(library.removedNotice).toHaveCount(0);

  await expect(library.entry('Orders: cancel').getByRole('button', { name: 'Delete' })).toBeDisabled(); // it is open
  await library.openDesign('Pets: list all');
  await expect(designer.designName).toHaveValue('Pets: list all');

  await library.open();
  await library.remove('Orders: cancel');
  await expect(library.removedNotice).toBeVisible();
  await library.close();
  await page.reload();
  await library.open();
  expect((await library.names()).sort()).toEqual(['Orders: create', 'Pets: list all', 'Pets: list all (copy)']);
});
