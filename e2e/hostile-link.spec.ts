// Journey: a link is untrusted input. Damaged, truncated, oversized or hostile links are refused with a clear message
// and the open design stays exactly as it was (both when the page opens with the link and when the link is pasted
// into an open tab). Markup in a name, and template code trying to escape the sandbox, arrive intact as text and
// render harmlessly.
import { deflateSync, strToU8 } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { encodeBase64Url } from '../src/share/base64url.ts';
import { encodeShareLink } from '../src/share/link-codec.ts';
import { LINK_DICTIONARY_V1 } from '../src/share/link-dictionary.ts';
import { defaultDesign } from '../src/model/defaults.ts';
import type { Design } from '../src/model/types.ts';
import { DesignerPage } from './pages/designer-page.ts';
import { ExportDialog } from './pages/export-import-dialogs.ts';
import { LibraryDialog } from './pages/library-dialog.ts';
import { SavingBanners } from './pages/saving-banners.ts';

/** A format-1 fragment around any JSON text, compressed the way real links are. */
const fragmentOf = (json: string) =>
  `#d=1.${encodeBase64Url(deflateSync(strToU8(json), { level: 9, dictionary: LINK_DICTIONARY_V1 }))}`;

function linkFragment(design: Design): string {
  const encoded = encodeShareLink(design, 'http://127.0.0.1/', { maxLength: 1_000_000 });
  if (!encoded.ok) throw new Error('could not encode');
  return encoded.url.slice(encoded.url.indexOf('#'));
}

const HOSTILE: Array<[string, () => string, RegExp]> = [
  ['bad compression', () => '#d=1.AAECAwQFBgcICQoLDA0ODxAREhM', /damaged|incomplete/],
  ['truncated', () => linkFragment({ ...defaultDesign(), name: 'Cut off' }).slice(0, 60), /incomplete|damaged/],
  ['not base64url', () => '#d=1.<script>alert(1)</script>', /damaged/],
  [
    'wrong schema',
    () => fragmentOf('{"format": "integration-designer/1", "name": "x", "integration": "nope"}'),
    /does not hold a valid design/,
  ],
  [
    'prototype pollution',
    () => fragmentOf('{"format": "integration-designer/1", "__proto__": {"polluted": true}}'),
    /contains the key "__proto__"/,
  ],
  [
    'a name that reads backwards',
    () => linkFragment({ ...defaultDesign(), name: 'invoice\u202Efdp.exe' }),
    /control or text-direction characters/,
  ],
  ['oversized link', () => `#d=1.${'A'.repeat(100_001)}`, /too long/],
  ['decompression bomb', () => fragmentOf(`{"name": "${' '.repeat(2_000_000)}"}`), /too large to open/],
  ['a link from a newer version', () => '#d=7.abc', /newer version/],
];

async function openWithSavedWork(page: Page): Promise<DesignerPage> {
  const designer = new DesignerPage(page);
  await designer.open();
  await designer.designName.fill('My work');
  await designer.form.endpointUrl.fill('https://mine.example.com/{id}');
  await expect(new SavingBanners(page).saveStatus).toHaveText('Saved');
  return designer;
}

async function expectWorkUnchanged(designer: DesignerPage): Promise<void> {
  await expect(designer.designName).toHaveValue('My work');
  await expect(designer.form.endpointUrl).toHaveValue('https://mine.example.com/{id}');
  await expect(new SavingBanners(designer.page).saveStatus).toHaveText('Saved');
  await expect(new SavingBanners(designer.page).sharedBanner).toBeHidden();
  expect(new URL(designer.page.url()).hash).toBe('');
}

for (const [label, fragment, reason] of HOSTILE) {
  test(`${label}: the link is refused and the open design stays`, async ({ page }) => {
    const designer = await openWithSavedWork(page);
    await page.goto(`/${fragment()}`); // pasted into the open tab: only the fragment changes
    await expect(new SavingBanners(page).notice(reason)).toContainText('Your design is unchanged.');
    await expectWorkUnchanged(designer);
    const library = new LibraryDialog(page);
    await library.open();
    expect(await library.names()).toEqual(['My work']);
  });
}

test('a page opened with a refused link starts with the design it had', async ({ page }) => {
  await openWithSavedWork(page);
  const second = new DesignerPage(await page.context().newPage());
  await second.page.goto(`/${HOSTILE[0]![1]()}`);
  await expect(new SavingBanners(second.page).notice(/damaged|incomplete/)).toBeVisible();
  await expectWorkUnchanged(second);
});

test('markup in a name and template code trying to escape arrive intact and render as text', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  const name = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
  const escapes = `{"a": "$input.constructor.constructor('return 1')", "b": "$input.getClass().forName('java.lang.Runtime')", "c": "<img src=x onerror=window.__pwned=3>"}`;
  const exact = "$input.constructor.constructor('return 1')()";
  const base = defaultDesign();
  const design: Design = {
    ...base,
    name,
    integration: { ...base.integration, requestTemplates: { 'application/json': escapes, 'text/plain': exact } },
  };
  await page.goto(`/${linkFragment(design)}`);
  const banners = new SavingBanners(page);
  await expect(banners.sharedBanner).toBeVisible();
  await expect(designer.designName).toHaveValue(name);
  await expect(designer.preview.integrationRequestBody).toContainText('"c": "<img src=x onerror=window.__pwned=3>"');
  await expect(designer.preview.integrationRequestBody).toContainText('"a": ""');

  // The templates arrived exactly as sent (the design document export shows them).
  const exporter = new ExportDialog(page);
  await exporter.open();
  await expect(exporter.preview).toHaveValue(new RegExp(escapeRegExp(JSON.stringify(exact))));
  await expect(exporter.preview).toHaveValue(new RegExp(escapeRegExp(JSON.stringify(escapes))));
  await exporter.close();

  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"], script:not([src])')).toHaveCount(0);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
