// Journey: a classic trap typed into the template editor ($input.json wrapped in quotes) is flagged as the user
// types — a warning marker with the rule code, the explanation under the editor, and the preview saying the
// template produced invalid JSON for the sample at that line — and one quick fix (Ctrl+.) repairs it.
import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/designer-page.ts';

test('a template trap gets a marker, an explanation and a quick fix', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  const { templates, preview } = designer;
  const editor = templates.editor('application/json');

  await templates.setTemplate('application/json', '{\n  "name": "$input.json(\'$.name\')"\n}');

  await expect(templates.errors('application/json')).toContainText('Line 2, column 11: warning VTL003');
  await expect(templates.errors('application/json')).toContainText('already writes JSON');
  await expect.poll(() => editor.warningMarkerLines()).toEqual([2]);
  // The body the backend would get does not parse; the preview says so, with the template line that wrote it.
  await expect(preview.invalidOutput).toContainText("The template produced invalid JSON for sample 'happy path'");
  await expect(preview.invalidOutput).toContainText('line 2, column');

  await editor.applyQuickFix(2, 14, 'Remove the quotes');

  await expect.poll(() => editor.text()).toContain(`"name": $input.json('$.name')`);
  await expect(templates.errors('application/json')).toHaveCount(0);
  await expect(preview.invalidOutput).toHaveCount(0);
  await expect(preview.integrationRequestBody).toContainText('"name": "Rex"');
});
