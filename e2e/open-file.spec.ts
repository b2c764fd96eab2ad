// Journey (issue #16, "work on the files where they live"): `integration-designer open <file>` on a copy of a
// multi-method OpenAPI document opens it as a workspace; pick a method, edit its template, "Save to file" shows the diff, writing changes
// only that template's lines on disk; a file changed on disk meanwhile is never overwritten, and Reload reads it.
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/designer-page.ts';
import { OpenFileBar } from './pages/open-file-bar.ts';
import { WorkspacePanel } from './pages/workspace-panel.ts';

const PORT = Number(process.env.E2E_PORT ?? 4183);
const APP_DIR = `.vite/e2e-${PORT}`; // the build Playwright's web server made for this run
const NEW_TEMPLATE = "Action=SendMessage&MessageBody=$util.urlEncode($input.json('$.order'))";

let work: string;
let file: string;
let server: ChildProcess;
let url: string;

test.beforeEach(async () => {
  work = mkdtempSync(join(tmpdir(), 'open-e2e-'));
  file = join(work, 'openapi.yaml');
  copyFileSync('examples/openapi-orders/openapi.yaml', file);
  server = spawn(process.execPath, ['bin/integration-designer.js', 'open', file, '--no-browser', '--port', '0'], {
    env: { ...process.env, INTEGRATION_DESIGNER_APP_DIR: APP_DIR },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve(m[1]!);
    });
    server.on('exit', (code) => reject(new Error(`open exited with ${code}`)));
  });
});

test.afterEach(() => {
  server.kill('SIGINT');
  rmSync(work, { recursive: true, force: true });
});

test('edit one method of the file, see the diff, write it: only that template changed on disk', async ({ page }) => {
  const original = readFileSync(file, 'utf8');
  const designer = new DesignerPage(page);
  const bar = new OpenFileBar(page);
  const workspace = new WorkspacePanel(page);
  await DesignerPage.blockExternalNetwork(page.context(), designer.externalRequests);
  await page.goto(url);
  await expect(bar.region).toContainText('Editing openapi.yaml on disk');
  await workspace.method('POST /orders').click();
  await expect(workspace.selectedMethod).toHaveAccessibleName(/^POST \/orders /);
  await designer.templates.setTemplate('application/json', NEW_TEMPLATE);

  await bar.saveButton.click();
  // Side by side in Monaco's diff editor (read-only, named, reached by keyboard), unchanged runs folded away.
  await expect.poll(() => bar.diffText('openapi.yaml', 'modified')).toContain(`application/json: ${NEW_TEMPLATE}`);
  expect(await bar.diffText('openapi.yaml', 'original')).toContain('MessageBody=$util.urlEncode($input.body)');
  expect((await bar.diffText('openapi.yaml', 'modified')).split('\n').length).toBeLessThan(original.split('\n').length);
  await bar.textDiffToggle('openapi.yaml').focus();
  await page.keyboard.press('Shift+Tab');
  await expect(bar.diffSide('openapi.yaml', 'After')).toBeFocused();
  await page.keyboard.press('Tab'); // read-only: Tab leaves it
  await expect(bar.textDiffToggle('openapi.yaml')).toBeFocused();
  // The same change as text, for screen readers and to copy.
  await bar.showTextDiff('openapi.yaml');
  expect(await bar.seriousViolations()).toEqual([]);
  const diff = bar.diff('openapi.yaml');
  await expect(diff).toContainText(`added:           application/json: ${NEW_TEMPLATE}`);
  await expect(diff).toContainText(
    'removed:           application/json: Action=SendMessage&MessageBody=$util.urlEncode($input.body)&',
  );
  await bar.writeButton('openapi.yaml').click();
  await expect(bar.saved).toHaveText('Saved openapi.yaml');

  const written = readFileSync(file, 'utf8').split('\n');
  const before = original.split('\n');
  expect(written.length).toBe(before.length);
  const changed = before.flatMap((line, i) => (line === written[i] ? [] : [i]));
  expect(changed).toHaveLength(1);
  expect(written[changed[0]!]).toBe(`          application/json: ${NEW_TEMPLATE}`);
  expect(designer.externalRequests).toEqual([]);
});

test('a file changed on disk since it was opened is not overwritten; Reload reads it', async ({ page }) => {
  const designer = new DesignerPage(page);
  const bar = new OpenFileBar(page);
  const workspace = new WorkspacePanel(page);
  await page.goto(url);
  await expect(bar.region).toContainText('Editing openapi.yaml on disk');
  await workspace.method('POST /orders').click();
  await expect(workspace.selectedMethod).toHaveAccessibleName(/^POST \/orders /);
  await designer.templates.setTemplate('application/json', NEW_TEMPLATE);
  const theirs = readFileSync(file, 'utf8').replace('role/orders-api-sqs', 'role/orders-api-sqs-v2');
  writeFileSync(file, theirs);

  await bar.saveButton.click();
  await bar.writeButton('openapi.yaml').click();
  await expect(bar.error).toContainText('openapi.yaml changed on disk since it was opened');
  expect(readFileSync(file, 'utf8')).toBe(theirs);

  await bar.reloadButton.click();
  await expect(bar.error).toBeHidden();
  await expect(workspace.selectedMethod).toHaveAccessibleName(/^POST \/orders /);
  await expect(designer.form.credentials).toHaveValue('arn:aws:iam::123456789012:role/orders-api-sqs-v2');
});
