// Journey: a response parameter sets the reserved Date header; API Gateway sends it to the client as
// x-amzn-Remapped-Date (recorded on real AWS, REGIONAL endpoint — issue #12; docs/apigw-fidelity.md), and the
// preview says so under the method response.
import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/designer-page.ts';
import { ResponsesPanel } from './pages/responses-panel.ts';

test('a mapped Date header reaches the client as x-amzn-Remapped-Date, and the preview says why', async ({ page }) => {
  const designer = new DesignerPage(page);
  const responses = new ResponsesPanel(page);
  await designer.open();
  const { preview } = designer;

  await responses.addResponseParameter('200', 'method.response.header.Date', "'Thu, 01 Jan 2026 00:00:00 GMT'");
  await responses.declareMappedHeaders('200');
  await expect(designer.validationStatus).toContainText('No problems');

  await preview.showStage('Method response');
  await expect(preview.methodResponseHeaders).toContainText('x-amzn-Remapped-Date');
  await expect(preview.headerRules).toContainText('Date: sent to the client as x-amzn-Remapped-Date');
  expect(designer.externalRequests).toEqual([]);
});
