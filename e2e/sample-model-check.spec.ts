// Journey: a sample names one of the API's models (docs/design-contracts.md#models) — here the method's request model,
// which the template does not write for the backend — and the preview says the integration request does not match
// it, where it says a body is invalid; fixing the template makes the message go.
import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/designer-page.ts';
import { ImportDialog } from './pages/export-import-dialogs.ts';

const DESIGN = {
  format: 'integration-designer/1',
  name: 'Create pet',
  api: {
    models: {
      NewPet: {
        contentType: 'application/json',
        schema: {
          $schema: 'http://json-schema.org/draft-04/schema#',
          type: 'object',
          required: ['name'],
          properties: { name: { type: 'string' } },
        },
      },
    },
  },
  method: { httpMethod: 'POST', resourcePath: '/pets', requestModels: { 'application/json': 'NewPet' } },
  integration: {
    type: 'HTTP',
    httpMethod: 'POST',
    uri: 'https://pets.example.com/pets',
    requestTemplates: { 'application/json': '{"petName": "$input.path(\'$.name\')"}' },
    passthroughBehavior: 'NEVER',
  },
  samples: [
    {
      name: 'new pet',
      method: 'POST',
      path: '/pets',
      headers: { 'Content-Type': 'application/json' },
      body: '{"name": "Rex"}',
      model: 'NewPet',
    },
  ],
};

test("the preview says when the integration request does not match the sample's model", async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  const importer = new ImportDialog(page);
  await importer.open();
  await importer.pasted.fill(JSON.stringify(DESIGN, null, 2));
  await importer.importButton.click();
  await expect(importer.dialog).toBeHidden();

  const { templates, preview } = designer;
  await expect(preview.invalidOutput).toContainText(
    "The integration request for sample 'new pet' does not match model 'NewPet': (the body): must have required property 'name'",
  );

  await templates.setTemplate('application/json', '{"name": "$input.path(\'$.name\')"}');
  await expect(preview.invalidOutput).toHaveCount(0);
  await expect(preview.integrationRequestBody).toContainText('"name": "Rex"');
});
