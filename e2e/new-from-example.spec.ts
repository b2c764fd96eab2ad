// A newcomer starts from an example (issue #13): "New from example" lists the designs of examples/, by keyboard too,
// and opens a copy whose samples run at once.
import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/designer-page.ts';
import { ExamplesDialog } from './pages/examples-dialog.ts';

test('New from example opens the Lambda proxy example, chosen by keyboard, and its sample runs', async ({ page }) => {
  const designer = new DesignerPage(page);
  const examples = new ExamplesDialog(page);
  await designer.open();
  await examples.button.focus();
  await page.keyboard.press('Enter');
  await expect(examples.dialog).toBeVisible();
  for (const name of [
    'Create order (Lambda, custom integration)',
    'Photos (S3 proxy, binary)',
    'CORS preflight (MOCK)',
  ])
    await expect(examples.example(name)).toBeVisible();
  await examples.example('Get user (Lambda proxy)').focus();
  await page.keyboard.press('Enter');
  await expect(examples.dialog).toBeHidden();
  await expect(designer.designName).toHaveValue('Get user (Lambda proxy)');
  await designer.preview.showStage('Method response');
  await expect(designer.preview.methodResponse).toContainText('status 200');
  await expect(designer.preview.methodResponseBody).toContainText('Ada');
  expect(designer.externalRequests).toEqual([]);
});

test('Escape closes the examples without changing the open design', async ({ page }) => {
  const designer = new DesignerPage(page);
  const examples = new ExamplesDialog(page);
  await designer.open();
  const before = await designer.designName.inputValue();
  await examples.button.click();
  await expect(examples.example('Search (HTTP backend, parameter mapping)')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(examples.dialog).toBeHidden();
  await expect(designer.designName).toHaveValue(before);
});
