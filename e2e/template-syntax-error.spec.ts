// Journey: a Velocity syntax error is shown at its line — as an editor marker, under the editor and in the preview.
import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/designer-page.ts';

test('a template syntax error is shown at its line', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  const { templates, preview } = designer;
  // Line 3 has an assignment with nothing on the right: a parse error at line 3, column 13 (the ")").
  await templates.setTemplate('application/json', '{\n  "name": "$input.path(\'$.name\')",\n  #set($a = )\n}');

  await expect(templates.errors('application/json')).toContainText('Line 3, column 13');
  await expect(preview.error).toContainText('mapping template');
  await expect(preview.error).toContainText('line 3, column 13');
  await expect.poll(() => templates.editor('application/json').errorMarkerLines()).toEqual([3]);

  // Fixing the template clears the markers and the error.
  await templates.setTemplate('application/json', '{"name": "$input.path(\'$.name\')"}');
  await expect(templates.errors('application/json')).toHaveCount(0);
  await expect(preview.error).toHaveCount(0);
  await expect(preview.integrationRequestBody).toContainText('"name": "Rex"');
});
