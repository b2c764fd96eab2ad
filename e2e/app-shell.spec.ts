import { test, expect } from '@playwright/test';
import { DesignerPage } from './pages/designer-page.ts';

test('the app shell opens with the default design and shows that it validates', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await expect(designer.appHeading).toBeVisible();
  await expect(designer.validationStatus).toContainText('No problems');
  expect(designer.externalRequests).toEqual([]);
});
