// Journey: a 5 MB sample body. While it is pasted the designer stays usable (another field takes typing), the preview
// reads all of it, and a reload brings it back (it is kept in IndexedDB: too large for Web Storage). Behaviour only:
// how long these take is measured by `npm run bench` (bench/ui.bench.ts), never here.
import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/designer-page.ts';
import { SavingBanners } from './pages/saving-banners.ts';

/** About 5 MB of JSON, pretty-printed as a pasted payload would be, with `count` items. */
function fiveMegabyteBody(count: number): string {
  const items = Array.from({ length: count }, (_, i) => ({ id: i, name: `pet number ${i}`, tags: ['a', 'b'] }));
  return JSON.stringify({ name: 'Rex', items }, null, 2);
}

test('a 5 MB sample body survives a reload, and the designer stays usable while it is pasted', async ({ page }) => {
  test.setTimeout(180_000);
  const designer = new DesignerPage(page);
  await designer.open();
  await designer.templates.setTemplate(
    'application/json',
    '#set($b = $input.path(\'$\'))\n{"count": "$b.items.size()", "last": "$b.items[-1].name"}',
  );
  const count = 62_000;
  const body = fiveMegabyteBody(count);
  expect(body.length).toBeGreaterThan(5_000_000);

  await designer.sample.setBody(body);
  // Usable meanwhile: the design name takes typing at once.
  await designer.designName.fill('Big payload');
  await expect(designer.designName).toHaveValue('Big payload');
  await expect(designer.preview.integrationRequestBody).toContainText(`"count": "${count}"`, { timeout: 60_000 });
  await expect(designer.preview.integrationRequestBody).toContainText(`"last": "pet number ${count - 1}"`);

  // The tab-reload copy: the body is back, whole (the preview counts every item again).
  await expect(new SavingBanners(page).saveStatus).toHaveText('Saved', { timeout: 30_000 });
  await page.reload();
  await expect(designer.designName).toHaveValue('Big payload');
  await expect(designer.preview.integrationRequestBody).toContainText(`"count": "${count}"`, { timeout: 60_000 });
  await expect(designer.notice).toHaveCount(0);
});
