// Journey: where service workers cannot run, the mocks answer in-page (in-process in the engine worker), the status
// line says so, and nothing leaves the machine.
import { expect, test } from '@playwright/test';
import { BackendPanel } from './pages/backend-panel.ts';
import { DesignerPage } from './pages/designer-page.ts';

test.use({ serviceWorkers: 'block' });

test('without a service worker the mocks answer in-page', async ({ page }) => {
  const designer = new DesignerPage(page);
  const backend = new BackendPanel(page);
  await designer.open();
  await expect(backend.status).toContainText('Mock backends: in-page');
  await backend.addHeader('X-Request-Id', 'in-page-1');
  await designer.preview.showStage('Backend');
  await expect(designer.preview.backendResponse).toContainText('in-page-1');
  await expect(designer.preview.backendResponse).toContainText('in-page (no service worker)');
  expect(designer.externalRequests).toEqual([]);
});
