// Journey: every export format downloads as a file named by the registry; the design document and the
// CloudFormation template import back to the same design; a bad file changes nothing and says why and where; a file
// with several methods offers the choice. An import opens as a new design (the open one stays saved). The dialogs
// pass an axe check.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { EXPORT_FORMATS } from '../src/formats/registry.ts';
import { DesignerPage } from './pages/designer-page.ts';
import { ExportDialog, ImportDialog } from './pages/export-import-dialogs.ts';
import { LibraryDialog } from './pages/library-dialog.ts';
import { SavingBanners } from './pages/saving-banners.ts';
import { ShareDialog } from './pages/share-dialog.ts';

const TEMPLATE = `{"id": "$input.params('petId')", "tags": $input.json('$.tags')}`;

async function designWorthKeeping(designer: DesignerPage): Promise<void> {
  await designer.open();
  await designer.designName.fill('Round trip');
  await designer.form.endpointUrl.fill('https://round.example.com/pets/{id}');
  await designer.templates.setTemplate('application/json', TEMPLATE);
  await expect(new SavingBanners(designer.page).saveStatus).toHaveText('Saved');
}

test('exports download, and the design document and CloudFormation template import back to the same design', async ({
  page,
}) => {
  const designer = new DesignerPage(page);
  await designWorthKeeping(designer);
  const exporter = new ExportDialog(page);
  await exporter.open();
  const files = new Map<string, string>();
  for (const format of EXPORT_FORMATS) {
    const download = await exporter.download(format.label);
    expect(download.suggestedFilename()).toMatch(/^round-trip\./);
    files.set(format.id, await readFile(await download.path(), 'utf8'));
    await expect(exporter.preview).toHaveValue(files.get(format.id)!);
  }
  expect(files.get('aws-cli')).toContain('put-integration');
  await exporter.close();

  const importer = new ImportDialog(page);
  for (const id of ['design-json', 'cloudformation-yaml']) {
    await designer.newDesign();
    await expect(designer.designName).toHaveValue('New integration');
    await importer.open();
    await importer.chooseFile({ name: `exported.${id}`, mimeType: 'text/plain', buffer: Buffer.from(files.get(id)!) });
    await importer.importButton.click();
    await expect(importer.dialog).toBeHidden();
    await expect(designer.designName).toHaveValue('Round trip');
    await expect(designer.form.endpointUrl).toHaveValue('https://round.example.com/pets/{id}');
    await exporter.open();
    await exporter.format('CloudFormation (YAML)').check();
    await expect(exporter.preview).toHaveValue(files.get('cloudformation-yaml')!);
    if (id === 'design-json') {
      await exporter.format('Design document (JSON)').check();
      await expect(exporter.preview).toHaveValue(files.get('design-json')!);
    }
    await exporter.close();
  }

  // Each import opened as a new design: the original is still in the library, next to the imports.
  const library = new LibraryDialog(page);
  await library.open();
  expect((await library.names()).filter((n) => n === 'Round trip')).toHaveLength(3);
});

test('an unreadable file says why and where, and changes nothing', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designWorthKeeping(designer);
  const importer = new ImportDialog(page);
  await importer.open();
  await importer.chooseFile({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{\n  "format": "integration-designer/1",\n  "name": \n}'),
  });
  await importer.importButton.click();
  await expect(importer.error).toContainText('broken.json');
  await expect(importer.error).toContainText(/line 4/);
  await importer.dialog.getByRole('button', { name: 'Close' }).click();
  await expect(designer.designName).toHaveValue('Round trip');
  await expect(designer.form.endpointUrl).toHaveValue('https://round.example.com/pets/{id}');
});

test('a file with several methods offers them; the chosen one is imported (instead of the whole API as a workspace)', async ({
  page,
}) => {
  const designer = new DesignerPage(page);
  await designer.open();
  const integration = (uri: string) => ({ type: 'http', httpMethod: 'GET', uri, passthroughBehavior: 'when_no_match' });
  const openapi = {
    openapi: '3.0.1',
    info: { title: 'Pets', version: '1' },
    paths: {
      '/pets': { get: { 'x-amazon-apigateway-integration': integration('https://list.example.com/pets') } },
      '/pets/{petId}': {
        get: { 'x-amazon-apigateway-integration': integration('https://one.example.com/pets/{petId}') },
      },
    },
  };
  const importer = new ImportDialog(page);
  await importer.open();
  await importer.pasted.fill(JSON.stringify(openapi, null, 2));
  await importer.format.selectOption({ label: 'OpenAPI with x-amazon-apigateway-integration' });
  await importer.oneMethod.check();
  await importer.importButton.click();
  await expect(importer.error).toContainText('2 integrations');
  await importer.candidate('GET /pets/{petId}').check();
  await importer.importButton.click();
  await expect(importer.dialog).toBeHidden();
  await expect(designer.form.endpointUrl).toHaveValue('https://one.example.com/pets/{petId}');
  await expect(designer.form.resourcePath).toHaveValue('/pets/{petId}');
});

test('the Saved designs, Share, Export and Import dialogs pass an axe check', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designWorthKeeping(designer);
  const dialogs = [new LibraryDialog(page), new ShareDialog(page), new ExportDialog(page), new ImportDialog(page)];
  for (const dialog of dialogs) {
    await dialog.button.click();
    await expect(dialog.dialog).toBeVisible();
    const results = await new AxeBuilder({ page }).include('dialog[open]').analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help}`);
    expect(serious, (await dialog.dialog.getByRole('heading').first().textContent()) ?? '').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog.dialog).toBeHidden();
  }
});
