// Journey: from an empty design, build an HTTP integration (method, URI with a path parameter mapped from the
// method request, a JSON template) and see the transformed request the backend would receive.
import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/designer-page.ts';

test('build an HTTP integration from an empty design and see the transformed request', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await designer.newDesign();
  const { form, templates, sample, preview } = designer;

  await form.methodVerb.selectOption('POST');
  await form.resourcePath.fill('/pets/{petId}');
  await expect(form.type).toHaveValue('HTTP');
  await form.integrationHttpMethod.selectOption('PUT');
  await form.endpointUrl.fill('https://pets.example.com/pets/{id}');
  await form.addParameterMapping('integration.request.path.id', 'method.request.path.petId');
  await form.passthrough('WHEN_NO_TEMPLATES').check();

  await templates.add('application/json');
  await templates.setTemplate(
    'application/json',
    `#set($pet = $input.path('$'))\n{"petName": "$pet.name", "id": "$input.params('petId')"}`,
  );

  await sample.method.selectOption('POST');
  await sample.path.fill('/pets/42');
  await sample.setHeader('Content-Type', 'application/json');
  await sample.setBody('{"name": "Rex"}');

  await expect(preview.integrationRequest).toContainText('PUT');
  await expect(preview.integrationRequest).toContainText('https://pets.example.com/pets/42');
  await expect(preview.integrationRequestBody).toContainText('"petName": "Rex"');
  await expect(preview.integrationRequestBody).toContainText('"id": "42"');
  await expect(preview.templateSelection).toContainText('application/json');
  await expect(designer.validationStatus).toContainText('No problems');
  expect(designer.externalRequests).toEqual([]);
});

test('a field shows its validation message beside it as the user types, and undo restores the value', async ({
  page,
}) => {
  const designer = new DesignerPage(page);
  await designer.open();
  const { form } = designer;
  await form.timeout.fill('10');
  await expect(form.timeout).toHaveAttribute('aria-invalid', 'true');
  expect(await form.messagesOf(form.timeout)).toMatch(/50/);
  await expect(designer.validationStatus).not.toContainText('No problems');
  await designer.undo();
  await expect(form.timeout).toHaveValue('29000');
  await expect(designer.validationStatus).toContainText('No problems');
  // The keyboard shortcuts do the same from anywhere outside a code editor.
  await form.timeout.focus();
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(form.timeout).toHaveValue('10');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(form.timeout).toHaveValue('29000');
});
