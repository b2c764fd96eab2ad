// Journey: nothing a stranger sends can brick the designer. A share link whose design has one field of the wrong type
// (issue #10: `"integration": {"uri": -1}`, `"method": {"resourcePath": 0}`) or is nested 100,000 levels deep is
// refused before it touches storage, with the reason (`path: message`); the open design stays, and after a reload
// the designer works and the saved designs are there. A corrupt current design planted in storage is set aside
// (not deleted) and the page starts from a working design. Template syntax errors and base64 bodies that are not
// base64 are counted where every other problem is.
import { readFile } from 'node:fs/promises';
import { deflateSync, strToU8 } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { defaultDesign } from '../src/model/defaults.ts';
import { encodeBase64Url } from '../src/share/base64url.ts';
import { LINK_DICTIONARY_V1 } from '../src/share/link-dictionary.ts';
import { STORAGE_KEY } from '../src/store/persistence.ts';
import { DesignerPage } from './pages/designer-page.ts';
import { LibraryDialog } from './pages/library-dialog.ts';
import { SavingBanners } from './pages/saving-banners.ts';

/** A format-1 fragment around any JSON text, compressed the way real links are. */
const fragmentOf = (json: string) =>
  `#d=1.${encodeBase64Url(deflateSync(strToU8(json), { level: 9, dictionary: LINK_DICTIONARY_V1 }))}`;

const base = defaultDesign();
const BRICKING_LINKS: Array<[string, unknown, string]> = [
  [
    'a numeric integration URI',
    { ...base, name: 'Hostile', integration: { ...base.integration, uri: -1 } },
    'integration.uri: expected a string, got a number (-1)',
  ],
  [
    'a numeric resource path',
    { ...base, name: 'Hostile', method: { ...base.method, resourcePath: 0 } },
    'method.resourcePath: expected a string, got a number (0)',
  ],
];

async function openWithSavedWork(page: Page): Promise<DesignerPage> {
  const designer = new DesignerPage(page);
  await designer.open();
  await designer.designName.fill('My work');
  await designer.form.endpointUrl.fill('https://mine.example.com/{id}');
  await expect(new SavingBanners(page).saveStatus).toHaveText('Saved');
  return designer;
}

async function expectWorkingWithSavedDesigns(designer: DesignerPage): Promise<void> {
  await expect(designer.appHeading).toBeVisible();
  await expect(designer.designName).toHaveValue('My work');
  await expect(designer.form.endpointUrl).toHaveValue('https://mine.example.com/{id}');
  const library = new LibraryDialog(designer.page);
  await library.open();
  expect(await library.names()).toEqual(['My work']);
  await library.close();
}

for (const [label, design, reason] of BRICKING_LINKS) {
  test(`a link with ${label} is refused before it touches storage; a reload works`, async ({ page }) => {
    const designer = await openWithSavedWork(page);
    await page.goto(`/${fragmentOf(JSON.stringify(design))}`);
    await expect(new SavingBanners(page).notice(reason)).toContainText('Your design is unchanged.');
    await expectWorkingWithSavedDesigns(designer);
    await page.reload();
    await expectWorkingWithSavedDesigns(designer);

    // A new tab opened with the link directly starts from the design it had, too.
    const second = new DesignerPage(await page.context().newPage());
    await second.page.goto(`/${fragmentOf(JSON.stringify(design))}`);
    await expect(new SavingBanners(second.page).notice(reason)).toBeVisible();
    await expectWorkingWithSavedDesigns(second);
  });
}

test('a link nested 100,000 levels deep (1.5 KB) is refused with the reason', async ({ page }) => {
  const designer = await openWithSavedWork(page);
  const deep = `{"format": "integration-designer/1", "integration": {"type": "MOCK"}, "backend": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
  const fragment = fragmentOf(deep);
  expect(fragment.length).toBeLessThan(1500);
  await page.goto(`/${fragment}`);
  await expect(new SavingBanners(page).notice(/nested more than 64 levels deep/)).toContainText(
    'Your design is unchanged.',
  );
  await page.reload();
  await expectWorkingWithSavedDesigns(designer);
});

test('a corrupt current design planted in storage is set aside; the page starts from a working design', async ({
  page,
}) => {
  const designer = await openWithSavedWork(page);
  const corrupt = { ...base, name: 'Planted', integration: { ...base.integration, uri: -1 } };
  await designer.plantStoredValueAndReload(STORAGE_KEY, JSON.stringify({ design: corrupt, selectedSample: 0 }));
  await expect(designer.notice).toContainText('integration.uri: expected a string, got a number (-1)');
  await expect(designer.notice).toContainText('set aside in this browser, not deleted');
  await expect(designer.appHeading).toBeVisible();
  await expect(designer.validationStatus).toContainText('No problems');
  expect(await designer.setAsideCount()).toBe(1);
  const library = new LibraryDialog(page);
  await library.open();
  // The library lists it, says why, gives it back as it was stored, and deletes it only when asked twice.
  const setAside = library.setAsideEntries.first();
  await expect(setAside).toContainText('integration.uri: expected a string, got a number (-1)');
  const downloading = page.waitForEvent('download');
  await setAside.getByRole('button', { name: 'Download' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^set-aside-[0-9A-Za-z-]+\.json$/);
  const stored = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(stored.design).toMatchObject({ name: 'Planted', integration: { uri: -1 } });
  await setAside.getByRole('button', { name: 'Delete…' }).click();
  await setAside.getByRole('button', { name: 'Keep it' }).click();
  expect(await designer.setAsideCount()).toBe(1);
  await setAside.getByRole('button', { name: 'Delete…' }).click();
  await setAside.getByRole('button', { name: 'Delete for good' }).click();
  await expect(library.setAside).toBeHidden();
  expect(await designer.setAsideCount()).toBe(0);
  expect(await library.names()).toContain('My work');
  await library.openDesign('My work');
  await expect(designer.form.endpointUrl).toHaveValue('https://mine.example.com/{id}');
});

test('a template syntax error counts in the Validation panel, with the template, line and column', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await expect(designer.validationStatus).toContainText('No problems');
  await designer.templates.setTemplate('application/json', '{\n  #set($a = )\n}');
  await expect(designer.validationStatus).toContainText('1 problem');
  await expect(designer.validationProblem('integration.requestTemplates["application/json"]')).toContainText(
    /line 2, column \d+/,
  );
});

test('a body marked base64 that is not base64 is an error on that field', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await expect(designer.sample.bodyProblems).toHaveCount(0);
  await designer.sample.base64.check();
  await expect(designer.sample.bodyProblems).toContainText('marked base64 but is not base64');
  await expect(designer.validationProblem('samples[0].body')).toBeVisible();
  await designer.sample.base64.uncheck();
  await expect(designer.sample.bodyProblems).toHaveCount(0);
});
