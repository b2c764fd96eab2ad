// Journey: a backend slower than the integration's timeoutInMillis: API Gateway stops waiting and answers 504
// {"message": "Endpoint request timed out"} (https://repost.aws/knowledge-center/api-gateway-504-errors; timeout range
// 50-29,000 ms, https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html).
import { expect, test } from '@playwright/test';
import { BackendPanel } from './pages/backend-panel.ts';
import { DesignerPage } from './pages/designer-page.ts';

test('a mock delay longer than the integration timeout shows the 504', async ({ page }) => {
  const designer = new DesignerPage(page);
  const backend = new BackendPanel(page);
  await designer.open();
  const { form, preview } = designer;

  // Not the 50 ms minimum, nor 1 s: a busy test machine running two browsers once slowed an undelayed mock answer
  // past 1 s in CI — a true 504 for the undelayed answer at the end.
  await form.timeout.fill('3000');
  await backend.delay.fill('6000');
  await expect(
    backend.region.getByText('Longer than the integration timeout (3000 ms): API Gateway answers 504.'),
  ).toBeVisible();
  await preview.showStage('Method response');
  await expect(preview.methodResponse).toContainText('status 504');
  await expect(preview.methodResponseBody).toContainText('Endpoint request timed out');
  await preview.showStage('Backend');
  await expect(preview.backendTimeout).toContainText('The backend did not answer within 3000 ms');

  await backend.delay.fill('0');
  await preview.showStage('Method response');
  await expect(preview.methodResponse).toContainText('status 200');
});
