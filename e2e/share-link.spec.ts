// Journey: Share copies a link holding the whole design; opened in a new browser (context) it shows the same design
// and the same preview, as an unsaved shared design that can be saved as a copy; the fragment is then cleared.
// A design too large for a link offers the design file instead.
import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/designer-page.ts';
import { LibraryDialog } from './pages/library-dialog.ts';
import { SavingBanners } from './pages/saving-banners.ts';
import { ShareDialog } from './pages/share-dialog.ts';

const TEMPLATE = `#set($pet = $input.path('$'))
{"petId": "$input.params('petId')", "shout": "$pet.name.toUpperCase()"}`;

test('a shared link opens the same design and the same preview in a new browser context', async ({ page, browser }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await designer.designName.fill('Shout pets');
  await designer.form.endpointUrl.fill('https://shout.example.com/pets/{id}');
  await designer.templates.setTemplate('application/json', TEMPLATE);
  await expect(designer.preview.integrationRequestBody).toContainText('"shout": "REX"');
  const body = await designer.preview.integrationRequestBody.textContent();
  const request = await designer.preview.integrationRequest.textContent();

  const share = new ShareDialog(page);
  const link = await share.shareLink();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#d=1\./);
  await expect(share.status).toHaveText(/Link copied to the clipboard\.|copy it\./);

  const other = await browser.newContext();
  const colleague = new DesignerPage(await other.newPage());
  await DesignerPage.blockExternalNetwork(other, colleague.externalRequests);
  await colleague.page.goto(link);
  const banners = new SavingBanners(colleague.page);
  await expect(banners.sharedBanner).toBeVisible();
  await expect(colleague.designName).toHaveValue('Shout pets');
  await expect(colleague.form.endpointUrl).toHaveValue('https://shout.example.com/pets/{id}');
  await expect(colleague.preview.integrationRequestBody).toHaveText(body!);
  await expect(colleague.preview.integrationRequest).toHaveText(request!);
  await expect(banners.saveStatus).toHaveText('Shared design, not saved');
  // The fragment is cleared, so a reload does not apply the link again.
  expect(new URL(colleague.page.url()).hash).toBe('');

  await banners.saveSharedCopy.click();
  await expect(banners.sharedBanner).toBeHidden();
  await expect(banners.saveStatus).toHaveText('Saved');
  const library = new LibraryDialog(colleague.page);
  await library.open();
  expect(await library.names()).toEqual(['Shout pets']);
  expect(colleague.externalRequests).toEqual([]);
  await other.close();
});

test('discarding a shared design goes back to the design that was open, and the saved one is untouched', async ({
  page,
}) => {
  const designer = new DesignerPage(page);
  const banners = new SavingBanners(page);
  await designer.open();
  await designer.designName.fill('My own work');
  await expect(banners.saveStatus).toHaveText('Saved');
  const link = await new ShareDialog(page).shareLink();
  await new ShareDialog(page).close();
  await designer.designName.fill('My own work, edited');
  await expect(banners.saveStatus).toHaveText('Saved');

  await page.goto(link); // the same tab: only the fragment changes
  await expect(banners.sharedBanner).toBeVisible();
  await expect(designer.designName).toHaveValue('My own work');
  await designer.designName.fill('Shared, edited here');
  await expect(banners.saveStatus).toHaveText('Shared design, not saved');
  await banners.discardShared.click();
  await expect(designer.designName).toHaveValue('My own work, edited');
  await expect(banners.saveStatus).toHaveText('Saved');
  const library = new LibraryDialog(page);
  await library.open();
  expect(await library.names()).toEqual(['My own work, edited']);
});

test('a design too large for a link offers the design file instead', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await designer.designName.fill('Huge template');
  // Text that does not compress: a fixed pseudo-random sequence (deterministic, so the test is too).
  let seed = 42;
  const noise = Array.from({ length: 6000 }, () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return 'abcdefghijklmnopqrstuvwxyz0123456789'[seed % 36];
  }).join('');
  await designer.templates.setTemplate('application/json', `{"noise": "${noise}"}`);
  const share = new ShareDialog(page);
  await share.button.click();
  await expect(share.tooLarge).toContainText('too large for a link');
  await expect(share.linkField).toHaveCount(0);
  const download = page.waitForEvent('download');
  await share.downloadDesignFile.click();
  expect((await download).suggestedFilename()).toBe('huge-template.design.json');
});
