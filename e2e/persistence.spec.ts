// Journey: a reload keeps the current design; a corrupt saved value falls back to the default design and says so.
import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/designer-page.ts';
import { STORAGE_KEY } from '../src/store/persistence.ts';

test('a reload keeps the design and the selected sample', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await designer.designName.fill('Kept across reloads');
  await designer.form.endpointUrl.fill('https://kept.example.com/pets/{id}');
  await page.getByRole('button', { name: 'Add sample' }).click();
  await page.reload();
  await expect(designer.designName).toHaveValue('Kept across reloads');
  await expect(designer.form.endpointUrl).toHaveValue('https://kept.example.com/pets/{id}');
  await expect(designer.sample.selector).toHaveValue('1');
});

test('a corrupt saved design never breaks the page', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.openWithStoredValue(STORAGE_KEY, '{"design": {"format": 42');
  await expect(designer.notice).toBeVisible();
  await expect(designer.validationStatus).toContainText('No problems');
});
