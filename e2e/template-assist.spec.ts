// Journey: the template editor helps write Velocity — completions for $input members and for the fields of the
// selected sample's body inside $input.path('$.…'), from the mapping template reference
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html).
import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/designer-page.ts';

test('completions offer $input members and the sample body fields', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  const { templates, sample } = designer;
  await sample.setBody('{"name": "Rex", "owner": {"id": 7}}');
  const editor = templates.editor('application/json');
  await templates.setTemplate('application/json', '{}\n');

  await editor.typeAtEnd('$input.');
  await expect(editor.suggestion('path')).toBeVisible();
  await expect(editor.suggestion('params')).toBeVisible();
  await page.keyboard.press('Escape');

  await page.keyboard.type("path('$.");
  await expect(editor.suggestion('owner')).toBeVisible();
  await expect(editor.suggestion('name')).toBeVisible();
});
