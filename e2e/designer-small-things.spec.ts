// Journeys of issue #17, "small things that cost minutes", at 1280×800 and 1440×900: a new design's sample path
// follows the resource path, the saved-designs search finds method, path and type, Delete says why it is disabled,
// a response template starts as application/json and opens wide, the export dialog says what each format drops.
import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/designer-page.ts';
import { ExportDialog } from './pages/export-import-dialogs.ts';
import { LibraryDialog } from './pages/library-dialog.ts';
import { ResponsesPanel } from './pages/responses-panel.ts';

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
]) {
  test.describe(`small things at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    // A path with no resource is refused with 403 "Missing Authentication Token"
    // (https://repost.aws/knowledge-center/api-gateway-authentication-token-errors): the sample follows the resource.
    test('a new design’s sample path follows the resource path until the user edits it', async ({ page }) => {
      const designer = new DesignerPage(page);
      await designer.open();
      await designer.newDesign();
      await expect(designer.designName).toHaveValue('New integration');
      await expect(designer.sample.path).toHaveValue('/');
      await designer.form.resourcePath.fill('/pets/{petId}');
      await expect(designer.sample.path).toHaveValue('/pets/1');
      await designer.sample.path.fill('/pets/7');
      await designer.form.resourcePath.fill('/animals/{petId}');
      await expect(designer.sample.path).toHaveValue('/pets/7');
    });

    test('saved-designs search matches the name, method, path and integration type; Delete says why it is disabled', async ({
      page,
    }) => {
      const designer = new DesignerPage(page);
      const library = new LibraryDialog(page);
      await designer.open();
      await designer.designName.fill('Create pet'); // POST /pets/{petId}, HTTP
      await expect(designer.saveStatus).toHaveText('Saved');
      await designer.newDesign();
      await designer.designName.fill('Health check');
      await designer.form.methodVerb.selectOption('GET');
      await designer.form.resourcePath.fill('/health');
      await designer.form.type.selectOption('MOCK');
      await expect(designer.saveStatus).toHaveText('Saved');
      await library.open();
      const search = async (text: string) => {
        await library.search.fill(text);
        return library;
      };
      await search('post');
      await expect(library.entries).toHaveCount(1);
      await expect(library.entry('Create pet')).toBeVisible();
      await search('/health');
      await expect(library.entries).toHaveCount(1);
      await expect(library.entry('Health check')).toBeVisible();
      await search('mock get');
      await expect(library.entries).toHaveCount(1);
      await expect(library.entry('Health check')).toBeVisible();
      await search('http /pets');
      await expect(library.entries).toHaveCount(1);
      await expect(library.entry('Create pet')).toBeVisible();
      await search('');
      // The open design cannot be deleted: the reason is text beside the button, and its description.
      await expect(library.deleteButton('Health check')).toBeDisabled();
      await expect(library.deleteReason('Health check')).toBeVisible();
      await expect(library.deleteButton('Health check')).toHaveAccessibleDescription(/open another design first/);
      await expect(library.deleteReason('Create pet')).toHaveCount(0);
    });

    test('"Add response template" starts with application/json; the template opens in a wide editor', async ({
      page,
    }) => {
      const designer = new DesignerPage(page);
      const responses = new ResponsesPanel(page);
      await designer.open();
      await responses.openResponseTemplates('200');
      const contentType = await responses.startAddingResponseTemplate('200');
      await expect(contentType).toHaveValue('application/json');
      await responses.confirmAdd('200');
      const cardWidth = (await responses.card('200').boundingBox())!.width;
      const dialog = await responses.expandTemplate('200', 'application/json');
      await expect(dialog).toBeVisible();
      const editor = responses.templateEditor('200', 'application/json');
      await editor.setText('{"pet": $input.json(\'$\')}');
      const editorWidth = (await editor.monaco.boundingBox())!.width;
      expect(editorWidth).toBeGreaterThan(Math.max(900, cardWidth * 2));
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(editor.monaco).toContainText('$input.json');
    });

    test('the export dialog says what each format cannot carry', async ({ page }) => {
      const designer = new DesignerPage(page);
      const exporter = new ExportDialog(page);
      await designer.open();
      await exporter.open();
      await expect(exporter.format('Design document (JSON)')).toHaveAccessibleDescription(/Carries the whole design/);
      await expect(exporter.format('AWS Integration JSON')).toHaveAccessibleDescription(
        /Cannot carry: the method and its method responses.*samples and the mocked backend/,
      );
      for (const label of ['AWS CLI script', 'CloudFormation (YAML)', 'OpenAPI 3 (JSON)', 'Terraform']) {
        await expect(exporter.format(label)).toHaveAccessibleDescription(
          /Cannot carry: samples and the mocked backend/,
        );
      }
      await expect(exporter.format('OpenAPI 3 (JSON)')).not.toHaveAccessibleDescription(/binary media types/);
      await expect(exporter.format('Terraform')).toHaveAccessibleDescription(/binary media types/);
    });
  });
}
