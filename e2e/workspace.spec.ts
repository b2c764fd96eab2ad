// Journey: a whole API as a workspace. A five-method OpenAPI file opens with every method in a sidebar (the default
// for a file of several methods); a method is picked by keyboard and its template edited; Run all runs every
// method's samples and lists what failed, one click from the method and sample; a reload brings the workspace back;
// Export back writes the edit into the file and leaves every other line as it was. Each method's original (what
// Compare measures against) is stored with the workspace: after a reload Compare still shows the edit and its patch
// script, and "Make now the original" holds for that method over a switch and a reload.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CompareDialog } from './pages/compare-dialog.ts';
import { DesignerPage } from './pages/designer-page.ts';
import { WorkspacePanel } from './pages/workspace-panel.ts';

const FIXTURE = 'e2e/fixtures/pets-api.yaml';

test('open a multi-method OpenAPI as a workspace, edit one method, Run all, follow a failure, reload, export back', async ({
  page,
}) => {
  const designer = new DesignerPage(page);
  const workspace = new WorkspacePanel(page);
  await designer.open();
  await workspace.openFile(FIXTURE, 5);

  await expect(workspace.methods.getByRole('option')).toHaveCount(5);
  await expect(workspace.selectedMethod).toContainText('GET /pets');
  await expect(workspace.method('DELETE /pets/{petId}')).toContainText('AWS_PROXY');

  // GET /pets -> POST /pets by keyboard: ↓ then Enter.
  await workspace.openByKeyboard(1);
  await expect(workspace.selectedMethod).toContainText('POST /pets');
  await expect(designer.form.resourcePath).toHaveValue('/pets');
  await expect(designer.form.type).toHaveValue('AWS');

  // A template that writes invalid JSON: the sample fails, as `test` would fail it.
  await designer.templates.setTemplate('application/json', '{"TableName": "pets", "Item": }');

  // Away to another method, so that following the failure has to come back.
  await workspace.method('GET /pets/{petId}').click();
  await expect(designer.form.resourcePath).toHaveValue('/pets/{petId}');

  await workspace.button('Run all').click();
  await expect(workspace.resultsSummary).toContainText('5 samples: 4 passed, 1 failed');
  await expect(workspace.resultRow('POST /pets')).toContainText('integration request body');
  await expect(workspace.method('POST /pets')).toContainText('1 failed');
  await expect(workspace.method('GET /pets')).toContainText('1 passed');

  await workspace.openResult('POST /pets', 'example POST').focus();
  await page.keyboard.press('Enter');
  await expect(workspace.selectedMethod).toContainText('POST /pets');
  await expect(designer.sample.method).toHaveValue('POST');
  await expect(designer.templates.editor('application/json').text()).resolves.toContain('"Item": }');

  // Search: every word in the verb, path, type or status.
  await workspace.search.fill('aws_proxy');
  await expect(workspace.methods.getByRole('option')).toHaveCount(1);
  await expect(workspace.methods.getByRole('option')).toContainText('DELETE /pets/{petId}');
  await workspace.search.fill('');

  await page.reload();
  await expect(workspace.methods.getByRole('option')).toHaveCount(5);
  await expect(workspace.selectedMethod).toContainText('POST /pets');
  await expect(workspace.method('POST /pets')).toContainText('1 failed');
  await expect(designer.templates.editor('application/json').text()).resolves.toContain('"Item": }');

  // Export back: only the edited template's lines differ; comments, quoting and the other methods are as they were.
  const original = readFileSync(FIXTURE, 'utf8');
  const exported = await workspace.exportBack('pets-api.yaml');
  const templateStart = original.indexOf('          application/json: |');
  const templateEnd = original.indexOf('        passthroughBehavior: never');
  expect(exported.startsWith(original.slice(0, templateStart))).toBe(true);
  expect(exported.endsWith(original.slice(templateEnd))).toBe(true);
  expect(exported.slice(templateStart, exported.length - (original.length - templateEnd))).toContain('"Item": }');
});

test('the workspace passes an axe check; a workspace too large for a link is offered as a file', async ({ page }) => {
  const designer = new DesignerPage(page);
  const workspace = new WorkspacePanel(page);
  await designer.open();
  await workspace.openFile(FIXTURE, 5);
  await workspace.button('Run all').click();
  await expect(workspace.resultsSummary).toContainText('5 samples: 5 passed, 0 failed');
  expect(await workspace.axeViolations()).toEqual([]);

  await workspace.button('Share workspace').click();
  await expect(workspace.shareDialog.getByRole('alert')).toContainText('too large for a link');
  const download = page.waitForEvent('download');
  await workspace.shareDialog.getByRole('button', { name: 'Download workspace file' }).click();
  expect((await download).suggestedFilename()).toBe('pets-api.workspace.json');
  expect(await workspace.axeViolations()).toEqual([]);
});

test('a method’s original is kept with the workspace: Compare after a reload, and Make now the original per method', async ({
  page,
}) => {
  test.setTimeout(150_000); // three rounds of Compare around two reloads, with Monaco
  const designer = new DesignerPage(page);
  const workspace = new WorkspacePanel(page);
  const compare = new CompareDialog(page);
  await designer.open();
  await workspace.openFile(FIXTURE, 5);
  await workspace.method('POST /pets').click();
  await expect(designer.form.type).toHaveValue('AWS');
  const edited = '{\n  "TableName": "pets-v2",\n  "Item": {"name": {"S": "$input.body"}}\n}';
  await designer.templates.setTemplate('application/json', edited);
  await designer.form.timeout.fill('5000');

  /** Compare on the open method: the original as the workspace opened it against now, and the patch script. */
  const checkEdit = async () => {
    await compare.openByKeyboard();
    await expect(compare.chosenVersion('before')).toHaveText(/^Original: opened /);
    await expect(compare.summary).toHaveText('1 template and 1 other field differ.');
    await expect.poll(() => compare.diffText('modified')).toBe(edited);
    await expect(compare.field('integration.timeoutInMillis').getByRole('cell').nth(2)).toHaveText('5000');
    // update-integration with API Gateway's patch operations, "/" in a content type written "~1"
    // (https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html).
    const script = await compare.script.inputValue();
    expect(script).toContain('aws apigateway update-integration');
    expect(script).toContain('"path":"/requestTemplates/application~1json"');
    expect(script).toContain('{"op":"replace","path":"/timeoutInMillis","value":"5000"}');
    await compare.closeWithEscape();
  };
  await checkEdit();
  await page.reload();
  await expect(workspace.selectedMethod).toContainText('POST /pets');
  await expect(designer.form.timeout).toHaveValue('5000');
  await checkEdit();

  // Deployed: now is POST /pets' original; the other methods keep theirs.
  await compare.openByKeyboard();
  await compare.action('Make now the original').click();
  await expect(compare.summary).toHaveText('No differences in what API Gateway stores for the method.');
  await expect(compare.chosenVersion('before')).toHaveText(/^Original: marked as deployed /);
  await compare.closeWithEscape();
  await workspace.method('GET /pets').click();
  await expect(designer.form.type).toHaveValue('MOCK');
  await workspace.method('POST /pets').click();
  await expect(designer.form.timeout).toHaveValue('5000');
  await page.reload();
  await expect(workspace.selectedMethod).toContainText('POST /pets');
  await compare.openByKeyboard();
  await expect(compare.chosenVersion('before')).toHaveText(/^Original: marked as deployed /);
  await expect(compare.summary).toHaveText('No differences in what API Gateway stores for the method.');
  await expect(compare.json).toHaveValue('[]\n');
});
