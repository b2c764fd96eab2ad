// Journey: three columns side by side at 1280×800 (form | templates and sample | preview); stacked on a narrow window.
import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/designer-page.ts';

const columns = (designer: DesignerPage) =>
  ['Integration settings', 'Templates and sample request', 'Live preview'].map((name) =>
    designer.page.getByRole('region', { name, exact: true }),
  );

test('three columns at 1280×800', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const designer = new DesignerPage(page);
  await designer.open();
  const boxes = await Promise.all(columns(designer).map((c) => c.boundingBox()));
  const [form, editors, preview] = boxes.map((b) => b!);
  expect(form!.x + form!.width).toBeLessThanOrEqual(editors!.x);
  expect(editors!.x + editors!.width).toBeLessThanOrEqual(preview!.x);
  expect(preview!.x + preview!.width).toBeLessThanOrEqual(1280);
});

test('stacked on a narrow window, and still usable', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 900 });
  const designer = new DesignerPage(page);
  await designer.open();
  const boxes = (await Promise.all(columns(designer).map((c) => c.boundingBox()))).map((b) => b!);
  expect(boxes[1]!.y).toBeGreaterThanOrEqual(boxes[0]!.y + boxes[0]!.height);
  expect(boxes[2]!.y).toBeGreaterThanOrEqual(boxes[1]!.y + boxes[1]!.height);
  await designer.form.endpointUrl.fill('https://narrow.example.com/pets/{id}');
  await expect(designer.preview.integrationRequest).toContainText('https://narrow.example.com/pets/42');
});
