// Journey: nothing is lost on import. Importing a method opens it as a NEW saved design — with a sample request and
// a mock backend that fit its verb, resource path and integration type, so its preview works at once (no 403 from a
// sample that does not reach the method) — while the design that was open stays saved as it was; Undo goes back to
// it, and a reload keeps everything.
import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/designer-page.ts';
import { ImportDialog } from './pages/export-import-dialogs.ts';
import { LibraryDialog } from './pages/library-dialog.ts';
import { SavingBanners } from './pages/saving-banners.ts';

const OPENAPI = {
  openapi: '3.0.1',
  info: { title: 'Pets', version: '1' },
  paths: {
    '/pets/{petId}': {
      get: {
        responses: { '200': { description: 'The pet' } },
        'x-amazon-apigateway-integration': {
          type: 'http',
          httpMethod: 'GET',
          uri: 'https://pets.example.com/pets/{id}',
          requestParameters: { 'integration.request.path.id': 'method.request.path.petId' },
          passthroughBehavior: 'when_no_match',
          responses: { default: { statusCode: '200' } },
        },
      },
    },
  },
};

test('an import opens as a new design that runs; the open one stays saved and Undo goes back to it', async ({
  page,
}) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await designer.designName.fill('My work');
  await designer.form.endpointUrl.fill('https://mine.example.com/{id}');
  await expect(new SavingBanners(page).saveStatus).toHaveText('Saved');

  const importer = new ImportDialog(page);
  await importer.open();
  await importer.pasted.fill(JSON.stringify(OPENAPI, null, 2));
  await importer.importButton.click();
  await expect(importer.dialog).toBeHidden();

  await expect(designer.form.resourcePath).toHaveValue('/pets/{petId}');
  await expect(designer.form.endpointUrl).toHaveValue('https://pets.example.com/pets/{id}');
  // Its own sample: the method's verb and path, with an example path parameter; its own backend answers 200.
  await expect(designer.sample.method).toHaveValue('GET');
  await expect(designer.sample.path).toHaveValue('/pets/42');
  await expect(designer.preview.integrationRequest).toContainText('https://pets.example.com/pets/42');
  await expect(designer.validationStatus).toContainText('No problems');
  await designer.preview.showStage('Method response');
  await expect(designer.preview.methodResponse).toContainText('200');
  await expect(designer.preview.methodResponse).not.toContainText('403');
  await expect(new SavingBanners(page).saveStatus).toHaveText('Saved');

  const importedName = await designer.designName.inputValue();
  const library = new LibraryDialog(page);
  await library.open();
  expect((await library.names()).sort()).toEqual([importedName, 'My work'].sort());
  await library.close();

  await designer.undo();
  await expect(designer.designName).toHaveValue('My work');
  await expect(designer.form.endpointUrl).toHaveValue('https://mine.example.com/{id}');

  await page.reload();
  await expect(designer.designName).toHaveValue('My work');
  await library.open();
  expect((await library.names()).sort()).toEqual([importedName, 'My work'].sort());
});

// A hand-written design with only what the format requires: no backend, no samples. Importing it once made React
// re-render forever (the HTTP mock editor's default view was a new object at every store read) and the page showed
// the recovery screen instead of the design.
test('a minimal hand-written HTTP design document opens and previews', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  const importer = new ImportDialog(page);
  await importer.open();
  await importer.pasted.fill(
    JSON.stringify({
      format: 'integration-designer/1',
      method: { httpMethod: 'POST', resourcePath: '/pets' },
      integration: { type: 'HTTP', httpMethod: 'POST', uri: 'https://pets.example.com/pets' },
    }),
  );
  await importer.importButton.click();
  await expect(importer.dialog).toBeHidden();
  await expect(designer.form.endpointUrl).toHaveValue('https://pets.example.com/pets');
  // The designer, not the recovery screen: it says what API Gateway would refuse (no integration response).
  await expect(designer.validationStatus).toContainText('1 problem');
});
