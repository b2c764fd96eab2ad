// Journey: the designer passes an axe accessibility check (no serious or critical violations), in light and dark.
import { expect, test } from '@playwright/test';
import { seriousViolationsIn } from './pages/axe-check.ts';
import { DesignerPage } from './pages/designer-page.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no serious accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.templates.editor('application/json').waitForMonaco();
    await expect(designer.preview.integrationRequestBody).toBeVisible();
    expect(await seriousViolationsIn(page)).toEqual([]);
  });
}
