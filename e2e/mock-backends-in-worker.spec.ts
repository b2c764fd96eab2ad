// Journey: the design's mocks answer in the engine worker (MSW's handlers, in-process), so the preview needs no
// service worker: with service workers blocked (a browser policy, a page that is not a secure context) the mocks
// answer all the same, the status line says where, and nothing leaves the machine.
import { expect, test } from '@playwright/test';
import { BackendPanel } from './pages/backend-panel.ts';
import { DesignerPage } from './pages/designer-page.ts';

test.use({ serviceWorkers: 'block' });

test('with service workers blocked the mocks answer in the engine worker', async ({ page }) => {
  const designer = new DesignerPage(page);
  const backend = new BackendPanel(page);
  await designer.open();
  await expect(backend.status).toHaveText('Mock backends: in the engine worker');
  await backend.addHeader('X-Request-Id', 'in-worker-1');
  await designer.preview.showStage('Backend');
  await expect(designer.preview.backendResponse).toContainText('in-worker-1');
  await expect(designer.preview.backendResponse).toContainText(
    "answered by the mock backend (MSW's handlers, in the engine worker)",
  );
  expect(designer.externalRequests).toEqual([]);
});

// A browser's fetch never exposes Set-Cookie; answered in the engine worker, a mock's Set-Cookie reaches the engine
// as it does on the command line (and as the backend's header reaches API Gateway).
test("a mock's Set-Cookie header reaches the engine", async ({ page }) => {
  const designer = new DesignerPage(page);
  const backend = new BackendPanel(page);
  await designer.open();
  await backend.addHeader('Set-Cookie', 'session=abc; Path=/');
  await designer.preview.showStage('Backend');
  await expect(designer.preview.backendResponse).toContainText('Set-Cookie');
  await expect(designer.preview.backendResponse).toContainText('session=abc; Path=/');
});
