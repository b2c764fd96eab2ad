// Journey: a sample names one of the API's models (docs/design-contracts.md#models) — here the method's request model,
// which the template does not write for the backend — and the preview says the integration request does not match
// it, where it says a body is invalid; fixing the template makes the message go.
import { expect, test } from '@playwright/test';
import { defaultDesign } from '../src/model/defaults.ts';
import { encodeShareLink } from '../src/share/link-codec.ts';
import { DesignerPage } from './pages/designer-page.ts';

function designWithModel() {
  const design = defaultDesign();
  design.name = 'Create pet';
  design.api.models = {
    NewPet: {
      contentType: 'application/json',
      schema: {
        $schema: 'http://json-schema.org/draft-04/schema#',
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string' } },
      },
    },
  };
  design.method.requestModels = { 'application/json': 'NewPet' };
  design.integration.requestTemplates = { 'application/json': '{"petName": "$input.path(\'$.name\')"}' };
  design.samples[0]!.model = 'NewPet';
  return design;
}

test("the preview says when the integration request does not match the sample's model", async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  // A colleague's share link: the design arrives whole, its models and the sample's model included.
  const link = encodeShareLink(designWithModel(), 'http://127.0.0.1/', { maxLength: 1_000_000 });
  if (!link.ok) throw new Error('could not encode the link');
  await page.goto(`/${link.url.slice(link.url.indexOf('#'))}`);

  const { templates, preview } = designer;
  await expect(preview.invalidOutput).toContainText(
    "The integration request for sample 'happy path' does not match model 'NewPet': (the body): must have required property 'name'",
  );

  await templates.setTemplate('application/json', '{"name": "$input.path(\'$.name\')"}');
  await expect(preview.invalidOutput).toHaveCount(0);
  await expect(preview.integrationRequestBody).toContainText('"name": "Rex"');
});
