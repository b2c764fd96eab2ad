// Journey: the open design and the library of saved designs survive a reload and a browser restart (IndexedDB).
import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/designer-page.ts';
import { LibraryDialog } from './pages/library-dialog.ts';
import { SavingBanners } from './pages/saving-banners.ts';

test('an edited design is saved to the library; a reload and a browser restart keep it and list it', async ({
  page,
  browser,
}) => {
  const designer = new DesignerPage(page);
  const saving = new SavingBanners(page);
  const library = new LibraryDialog(page);
  await designer.open();
  await expect(saving.saveStatus).toHaveText('New design, saved once edited');
  await designer.designName.fill('Orders API');
  await designer.form.endpointUrl.fill('https://orders.example.com/orders/{id}');
  await expect(saving.saveStatus).toHaveText('Saved');

  await page.reload();
  await expect(designer.designName).toHaveValue('Orders API');
  await expect(designer.form.endpointUrl).toHaveValue('https://orders.example.com/orders/{id}');
  await expect(saving.saveStatus).toHaveText('Saved');
  await library.open();
  await expect(library.entry('Orders API')).toBeVisible();
  await expect(library.entry('Orders API')).toContainText('open now');

  // A browser restart: a new browser context with what this one keeps on disk (localStorage and IndexedDB).
  const kept = await page.context().storageState({ indexedDB: true });
  const restarted = await browser.newContext({ storageState: kept });
  const again = new DesignerPage(await restarted.newPage());
  await again.open();
  await expect(again.designName).toHaveValue('Orders API');
  const againLibrary = new LibraryDialog(again.page);
  await againLibrary.open();
  expect(await againLibrary.names()).toEqual(['Orders API']);
  await restarted.close();
});

test('a design from before the library (only in localStorage) is put in the library', async ({ page }) => {
  const designer = new DesignerPage(page);
  const stored = {
    design: { format: 'integration-designer/1', name: 'From an older version', integration: { type: 'MOCK' } },
    selectedSample: 0,
  };
  await designer.openWithStoredValue('integration-designer:current', JSON.stringify(stored));
  await expect(designer.designName).toHaveValue('From an older version');
  await expect(new SavingBanners(page).saveStatus).toHaveText('Saved');
  const library = new LibraryDialog(page);
  await library.open();
  expect(await library.names()).toEqual(['From an older version']);
});

test('a browser that refuses IndexedDB: the page says so, keeps designs in the tab, and a reload still keeps the design', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    });
  });
  const designer = new DesignerPage(page);
  const saving = new SavingBanners(page);
  await designer.open();
  await expect(saving.notice('saved in this tab only')).toBeVisible();
  await designer.designName.fill('Private mode');
  await expect(saving.saveStatus).toHaveText('Saved (in this tab only)');
  const library = new LibraryDialog(page);
  await library.open();
  expect(await library.names()).toEqual(['Private mode']);
  await library.close();
  await page.reload();
  await expect(designer.designName).toHaveValue('Private mode');
});
