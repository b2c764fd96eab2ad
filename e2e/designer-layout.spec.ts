// Journeys of issue #17 at the two window sizes people use most (1280×800, 1440×900): the preview stays in view
// while the settings column scrolls, values are readable, controls are big enough, columns resize (and remember it).
import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/designer-page.ts';
import { ResponsesPanel } from './pages/responses-panel.ts';

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
]) {
  test.describe(`designer at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('the preview stays in view while the settings column is scrolled to its end', async ({ page }) => {
      const designer = new DesignerPage(page);
      await designer.open();
      const { layout } = designer;
      await layout.scrollToEnd(layout.settings);
      await expect(layout.lastSettingsSection).toBeInViewport();
      await expect(layout.previewHeading).toBeInViewport();
      await expect(designer.preview.status).toBeInViewport();
      expect(await layout.pageScrollY()).toBe(0);
      // And the other way round: the preview scrolls on its own, the form stays where it was.
      await layout.scrollToEnd(layout.preview);
      await expect(layout.lastSettingsSection).toBeInViewport();
      expect(await layout.pageScrollY()).toBe(0);
    });

    test('request parameter cells show their whole values', async ({ page }) => {
      const designer = new DesignerPage(page);
      await designer.open();
      const table = page.getByRole('table', { name: 'Request parameters (target ← source)' });
      await expect(table.getByLabel('Target 1', { exact: true })).toHaveValue('integration.request.path.id');
      await expect(table.getByLabel('Source 1', { exact: true })).toHaveValue('method.request.path.petId');
      await designer.form.addParameterMapping(
        'integration.request.header.X-Amz-Invocation-Type',
        'method.request.header.X-Amz-Invocation-Type',
      );
      expect(await designer.layout.cutOffValues(table)).toEqual([]);
    });

    test('every control in the settings column is at least 24×24 px, the passthrough radios too', async ({ page }) => {
      const designer = new DesignerPage(page);
      await designer.open();
      const radio = designer.form.passthrough('WHEN_NO_MATCH');
      const box = (await radio.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
      expect(await designer.layout.smallControls(designer.layout.settings)).toEqual([]);
      expect(await designer.layout.smallControls(designer.layout.editors)).toEqual([]);
    });

    test('an error under a status code reads as sentences, not one word per line', async ({ page }) => {
      const designer = new DesignerPage(page);
      const responses = new ResponsesPanel(page);
      await designer.open();
      await responses.statusCode('200').fill('2x0');
      const problems = await responses.statusCodeProblems('2x0');
      await expect(problems).toContainText('failed to satisfy constraint');
      const box = (await problems.boundingBox())!;
      expect(box.width).toBeGreaterThan(300);
      expect(box.height).toBeLessThan(110); // five lines at most for its 150 characters
    });

    test('columns resize by keyboard and mouse, and keep their sizes after a reload', async ({ page }) => {
      const designer = new DesignerPage(page);
      await designer.open();
      const { layout } = designer;
      const settings = layout.separator('settings');
      await expect(settings).toHaveAttribute('aria-valuenow', '34');
      const before = await layout.width(layout.settings);
      const previewBefore = await layout.width(layout.preview);
      await settings.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Shift+ArrowRight');
      await expect(settings).toHaveAttribute('aria-valuenow', '46');
      expect(await layout.width(layout.settings)).toBeGreaterThan(before + 100);
      // Moving the first boundary takes the room from the middle column, never from the preview.
      expect(Math.abs((await layout.width(layout.preview)) - previewBefore)).toBeLessThan(2);
      await layout.drag('templates', 80); // 80 px of about 1,250: the middle column grows by about 6 %
      expect(await layout.separatorValue('templates')).toBeGreaterThan(24);
      const templates = await layout.separatorValue('templates');
      await page.reload();
      await expect(layout.separator('settings')).toHaveAttribute('aria-valuenow', '46');
      expect(await layout.separatorValue('templates')).toBe(templates);
      // Enter puts a separator back to the default layout.
      await layout.separator('settings').focus();
      await page.keyboard.press('Enter');
      await expect(layout.separator('settings')).toHaveAttribute('aria-valuenow', '34');
    });
  });
}

test('a narrow window stacks the panes, with the preview one click away', async ({ page }) => {
  await page.setViewportSize({ width: 700, height: 900 });
  const designer = new DesignerPage(page);
  await designer.open();
  const { layout } = designer;
  await expect(layout.separator('settings')).toBeHidden();
  await expect(layout.previewHeading).not.toBeInViewport();
  await layout.paneButton('Preview').click();
  await expect(layout.previewHeading).toBeInViewport();
  await expect(layout.preview).toBeFocused();
  await layout.paneButton('Settings').click();
  await expect(designer.form.resourcePath).toBeInViewport();
});
