// Journey: a runaway #foreach is stopped (by the engine's limits or the worker's wall-clock budget) and the page keeps
// answering while it runs.
import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/designer-page.ts';

const RUNAWAY = '#foreach($a in [1..1000])#foreach($b in [1..1000])#foreach($c in [1..1000])x#end#end#end';

test('a runaway #foreach is stopped while the page still answers', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  const { templates, preview } = designer;
  await templates.setTemplate('application/json', RUNAWAY);

  // The page answers while the engine is busy: typing a name shows at once.
  await designer.designName.fill('Still responsive');
  await expect(designer.designName).toHaveValue('Still responsive');

  await expect(preview.stopped.or(preview.error)).toContainText(
    /stopped: the template ran too long|too much work|limit|iterations/i,
    { timeout: 15_000 },
  );
  await expect(designer.validationStatus).toBeVisible();

  // After a fix the preview comes back.
  await templates.setTemplate('application/json', '{"ok": true}');
  await expect(preview.integrationRequestBody).toContainText('"ok": true');
});

// Catastrophic backtracking in Java's regex engine ("aaaa…!".matches("(a+)+b") is exponential there) no longer hangs
// anything: patterns run on RE2 (re2js), linear in the input (docs/limits.md, https://github.com/google/re2/wiki/Syntax).
// The client's wall-clock budget stays the backstop for a worker stuck in one step; tests/store/engine-client.test.ts
// drives it with a fake worker, since no known template reaches it any more.
const BACKTRACKING = `#set($s = "${'a'.repeat(40)}!")$s.matches("(a+)+b")`;

test('a pattern that backtracks exponentially in Java answers at once, and the page keeps answering', async ({
  page,
}) => {
  const designer = new DesignerPage(page);
  await designer.open();
  const { templates, preview } = designer;
  await templates.setTemplate('application/json', BACKTRACKING);
  await designer.designName.fill('Answering while the engine matches');
  await expect(designer.designName).toHaveValue('Answering while the engine matches');
  await expect(preview.integrationRequestBody).toContainText('false');

  await templates.setTemplate('application/json', '{"recovered": true}');
  await expect(preview.integrationRequestBody).toContainText('"recovered": true');
});
