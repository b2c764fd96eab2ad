// Journey: two tabs (two pages of one browser context) on the same saved design never silently overwrite each other.
// When one saves, the other is told and offered "Keep mine (overwrite)", "Load theirs" or "Save mine as a copy".
import { expect, test, type BrowserContext } from '@playwright/test';
import { DesignerPage } from './pages/designer-page.ts';
import { LibraryDialog } from './pages/library-dialog.ts';
import { SavingBanners } from './pages/saving-banners.ts';

/** Tab A saves "Team doc"; tab B opens it; A saves a change (revision 2); B then edits its older copy. */
async function twoTabsInConflict(context: BrowserContext) {
  const a = new DesignerPage(await context.newPage());
  await a.open();
  await a.designName.fill('Team doc');
  const aSaving = new SavingBanners(a.page);
  await expect(aSaving.saveStatus).toHaveText('Saved');

  const b = new DesignerPage(await context.newPage());
  await b.open();
  await expect(b.designName).toHaveValue('Team doc');
  const bSaving = new SavingBanners(b.page);
  await expect(bSaving.saveStatus).toHaveText('Saved');

  await a.form.endpointUrl.fill('https://a.example.com/{id}');
  await expect(aSaving.saveStatus).toHaveText('Saved');
  await b.form.endpointUrl.fill('https://b.example.com/{id}');
  await expect(bSaving.conflict).toBeVisible();
  await expect(bSaving.saveStatus).toHaveText('Not saved: changed in another tab');
  await expect(bSaving.conflict).toContainText('“Team doc” was changed in another tab');
  return { a, b, aSaving, bSaving };
}

test('the second tab gets the choice instead of a silent overwrite; "Save mine as a copy" keeps both', async ({
  context,
}) => {
  const { a, b, bSaving } = await twoTabsInConflict(context);
  await b.form.endpointUrl.fill('https://b.example.com/{id}/more'); // editing on is fine: nothing is saved until B chooses
  await expect(bSaving.conflict).toBeVisible();
  await bSaving.saveMineAsCopy.click();
  await expect(bSaving.conflict).toBeHidden();
  await expect(b.designName).toHaveValue('Team doc (copy)');
  await expect(bSaving.saveStatus).toHaveText('Saved');

  await a.page.reload();
  await expect(a.form.endpointUrl).toHaveValue('https://a.example.com/{id}');
  const library = new LibraryDialog(a.page);
  await library.open();
  expect((await library.names()).sort()).toEqual(['Team doc', 'Team doc (copy)']);
});

test('"Load theirs" shows the other tab\'s version', async ({ context }) => {
  const { b, bSaving } = await twoTabsInConflict(context);
  await bSaving.loadTheirs.click();
  await expect(bSaving.conflict).toBeHidden();
  await expect(b.form.endpointUrl).toHaveValue('https://a.example.com/{id}');
  await expect(bSaving.saveStatus).toHaveText('Saved');
});

test('"Keep mine (overwrite)" saves over it, and then the first tab is asked in turn', async ({ context }) => {
  const { a, b, aSaving, bSaving } = await twoTabsInConflict(context);
  await bSaving.keepMine.click();
  await expect(bSaving.conflict).toBeHidden();
  await expect(bSaving.saveStatus).toHaveText('Saved');
  await expect(b.form.endpointUrl).toHaveValue('https://b.example.com/{id}');
  await expect(aSaving.conflict).toBeVisible();
  await aSaving.loadTheirs.click();
  await expect(a.form.endpointUrl).toHaveValue('https://b.example.com/{id}');
});
