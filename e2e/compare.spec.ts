// Journey: changes, not copies (issue #16). Import a method, edit a template and a field, and Compare shows the
// imported original against now: the template in Monaco's diff editor, the field in the table, and the patch script
// that applies just that change to the live method — update-integration with API Gateway's patch operations, a
// content type written as a JSON Pointer with "~1" for "/"
// (https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html). All by keyboard; a reload keeps the
// original, so Compare still shows the change. Each save by hand (Ctrl+S) keeps a revision of the design in the
// browser's storage (IndexedDB): Compare puts two of them side by side, with the script that goes from one to the other.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { CompareDialog } from './pages/compare-dialog.ts';
import { DesignerPage } from './pages/designer-page.ts';
import { LibraryDialog } from './pages/library-dialog.ts';
import { plantVersion2Library } from './pages/stored-database.ts';
import { ImportDialog } from './pages/export-import-dialogs.ts';
import { SavingBanners } from './pages/saving-banners.ts';

const JSON_TEMPLATE = '{"name": "$input.path(\'$.name\')"}';
const XML_TEMPLATE = '<pet>$input.body</pet>';
const OPENAPI = {
  openapi: '3.0.1',
  info: { title: 'Pets', version: '1' },
  paths: {
    '/pets': {
      post: {
        responses: { '200': { description: 'Created' } },
        'x-amazon-apigateway-integration': {
          type: 'http',
          httpMethod: 'POST',
          uri: 'https://pets.example.com/pets',
          passthroughBehavior: 'when_no_templates',
          timeoutInMillis: 29000,
          requestTemplates: { 'application/json': JSON_TEMPLATE, 'application/xml': XML_TEMPLATE },
          responses: { default: { statusCode: '200' } },
        },
      },
    },
  },
};
const EDITED_JSON = '{\n  "name": "$input.path(\'$.name\')",\n  "kind": "pet"\n}';
const EDITED_XML = '<pet kind="pet">$input.body</pet>';

/** The designer with OPENAPI's method imported as a new design. */
async function openImported(page: Page) {
  const designer = new DesignerPage(page);
  await designer.open();
  const importer = new ImportDialog(page);
  await importer.open();
  await importer.pasted.fill(JSON.stringify(OPENAPI, null, 2));
  await importer.importButton.click();
  await expect(importer.dialog).toBeHidden();
  await expect(designer.form.timeout).toHaveValue('29000');
  return { designer, saving: new SavingBanners(page) };
}

test('Compare shows the imported original against now, exports the patch script, and keeps the original over a reload', async ({
  page,
}) => {
  test.setTimeout(150_000); // two rounds of Compare around a reload, with Monaco: about 35 s alone, more when busy
  const { designer, saving } = await openImported(page);

  await designer.templates.setTemplate('application/json', EDITED_JSON);
  await designer.templates.setTemplate('application/xml', EDITED_XML);
  await designer.form.timeout.fill('5000');
  await expect(saving.saveStatus).toHaveText('Saved');

  const compare = new CompareDialog(page);
  /** Escape closes Compare from anywhere in it: a button, or inside Monaco's diff editor. */
  const checkCompare = async (closeFrom: 'button' | 'diff editor') => {
    await compare.openByKeyboard();
    await expect(compare.heading('Compare', 2)).toBeVisible();
    for (const h3 of ['Versions', 'Templates (2 changed)', 'Other fields (1 changed)', 'Export changes'])
      await expect(compare.heading(h3, 3)).toBeVisible();
    await expect(compare.before).toHaveValue('original');
    await expect(compare.chosenVersion('before')).toHaveText(/^Original: imported /);
    await expect(compare.after).toHaveValue('now');
    await expect(compare.summary).toHaveText('2 templates and 1 other field differ.');

    // The first changed template in Monaco's diff editor: the imported text before, the edited one after.
    await expect(compare.templateTab('Request: application/json')).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => compare.diffText('original')).toBe(JSON_TEMPLATE);
    await expect.poll(() => compare.diffText('modified')).toBe(EDITED_JSON);
    await expect.poll(async () => (await compare.changedLineCounts()).inserted).toBeGreaterThan(0);
    await expect(compare.side('After', 'Request: application/json')).toBeAttached();
    if (closeFrom === 'button') expect(await compare.seriousViolations()).toEqual([]);

    // The other template, by keyboard: arrow keys move between the tabs.
    await compare.templateTab('Request: application/json').focus();
    await page.keyboard.press('ArrowRight');
    await expect(compare.templateTab('Request: application/xml')).toBeFocused();
    await expect(compare.templateTab('Request: application/xml')).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => compare.diffText('modified')).toBe(EDITED_XML);

    // The field, with both values.
    await expect(compare.field('integration.timeoutInMillis')).toContainText('changed');
    await expect(compare.field('integration.timeoutInMillis').getByRole('cell').nth(1)).toHaveText('29000');
    await expect(compare.field('integration.timeoutInMillis').getByRole('cell').nth(2)).toHaveText('5000');

    // The patch script: update-integration with the JSON Pointer paths; downloaded by keyboard.
    const script = await compare.script.inputValue();
    expect(script).toContain('aws apigateway update-integration');
    expect(script).toContain('"path":"/requestTemplates/application~1json"');
    expect(script).toContain('"path":"/requestTemplates/application~1xml"');
    expect(script).toContain('{"op":"replace","path":"/timeoutInMillis","value":"5000"}');
    const download = await compare.downloadByKeyboard('Download the script');
    expect(download.suggestedFilename()).toMatch(/-changes\.sh$/);
    expect(await readFile((await download.path())!, 'utf8')).toBe(script);
    const calls = JSON.parse(await compare.json.inputValue()) as { operation: string; patchOperations: unknown[] }[];
    expect(calls.map((c) => c.operation)).toEqual(['UpdateIntegration']);
    expect(calls[0]!.patchOperations).toContainEqual({
      op: 'replace',
      path: '/requestTemplates/application~1json',
      value: EDITED_JSON,
    });

    if (closeFrom === 'diff editor') await compare.side('After', 'Request: application/xml').focus();
    await compare.closeWithEscape();
    await expect(compare.button).toBeFocused();
  };

  await checkCompare('button');
  await page.reload();
  await expect(designer.form.timeout).toHaveValue('5000');
  await checkCompare('diff editor');

  // Once the changes are deployed, now becomes the original: nothing left to apply.
  await compare.openByKeyboard();
  await compare.action('Make now the original').click();
  await expect(compare.summary).toHaveText('No differences in what API Gateway stores for the method.');
  await expect(compare.script).toHaveValue(/echo "No changes\." >&2/);
  await expect(compare.json).toHaveValue('[]\n');
});

test('Compare puts two saved revisions side by side: picked by keyboard, the diff, and the patch script', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { designer, saving } = await openImported(page);

  /** An edit, autosaved, then kept as a revision by a save by hand (Ctrl+S). */
  const editAndKeep = async (timeout: string, template?: string) => {
    if (template) await designer.templates.setTemplate('application/json', template);
    await designer.form.timeout.fill(timeout);
    await expect(saving.saveStatus).toHaveText('Saved');
    await designer.form.timeout.press('ControlOrMeta+s');
  };
  await editAndKeep('5000');
  await editAndKeep('7000', EDITED_JSON);
  await designer.form.timeout.fill('9000'); // now: a third revision, still open for more edits
  await expect(saving.saveStatus).toHaveText('Saved');

  const compare = new CompareDialog(page);
  await compare.openByKeyboard();
  const labels = await compare.versionLabels('before');
  expect(labels.slice(0, 2)).toEqual([expect.stringMatching(/^Original: imported /), 'Now: the open design']);
  expect(labels.slice(2, 5)).toEqual([
    expect.stringMatching(/^Revision 3 of 3: /),
    expect.stringMatching(/^Revision 2 of 3: /),
    expect.stringMatching(/^Revision 1 of 3: /),
  ]);
  await compare.chooseVersion('before', labels[4]!);
  // After: from "Now" two down, past revision 3, to revision 2.
  await compare.moveVersionByKeyboard('after', 2);
  await expect(compare.chosenVersion('after')).toHaveText(labels[3]!);

  await expect(compare.summary).toHaveText('1 template and 1 other field differ.');
  await expect(compare.field('integration.timeoutInMillis').getByRole('cell').nth(1)).toHaveText('5000');
  await expect(compare.field('integration.timeoutInMillis').getByRole('cell').nth(2)).toHaveText('7000');
  await expect.poll(() => compare.diffText('original')).toBe(JSON_TEMPLATE);
  await expect.poll(() => compare.diffText('modified')).toBe(EDITED_JSON);
  const script = await compare.script.inputValue();
  expect(script).toContain('aws apigateway update-integration');
  expect(script).toContain('{"op":"replace","path":"/timeoutInMillis","value":"7000"}');
  expect(script).toContain('"path":"/requestTemplates/application~1json"');
  expect(script).not.toContain('9000');
});

test('a library stored before revisions were kept upgrades: its design opens, and its stored state is its first revision', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const design = JSON.parse(readFileSync('examples/dynamodb/put-item.design.json', 'utf8')) as { name: string };
  const storedAt = Date.UTC(2026, 10, 1, 9, 30, 15);
  await plantVersion2Library(page, [
    {
      id: 'before-update',
      name: design.name,
      design,
      createdAt: storedAt,
      updatedAt: storedAt,
      revision: 4,
      deletedAt: null,
    },
  ]);
  const designer = new DesignerPage(page);
  const saving = new SavingBanners(page);
  await designer.open();
  const library = new LibraryDialog(page);
  await library.open();
  await library.openDesign(design.name);
  await expect(designer.designName).toHaveValue(design.name);
  await designer.form.timeout.fill('4000');
  await expect(saving.saveStatus).toHaveText('Saved');

  const compare = new CompareDialog(page);
  await compare.openByKeyboard();
  const labels = await compare.versionLabels('before');
  const stored = new Date(storedAt).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'medium' });
  expect(labels.slice(2, 4)).toEqual([expect.stringMatching(/^Revision 2 of 2: /), `Revision 1 of 2: ${stored}`]);
  await compare.chooseVersion('before', labels[3]!);
  await expect(compare.summary).toHaveText('0 templates and 1 other field differ.');
  // The stored design has no timeout: API Gateway's default, 29000 ms
  // (https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html).
  await expect(compare.field('integration.timeoutInMillis').getByRole('cell').nth(1)).toHaveText('29000');
  await expect(compare.field('integration.timeoutInMillis').getByRole('cell').nth(2)).toHaveText('4000');
  expect(await compare.script.inputValue()).toContain('{"op":"replace","path":"/timeoutInMillis","value":"4000"}');
});
