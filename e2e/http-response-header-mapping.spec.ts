// Journey: an HTTP integration whose backend sends X-Request-Id, mapped into the method response with
// responseParameters `method.response.header.X-Request-Id ← integration.response.header.X-Request-Id`; the header
// must be declared on the method response
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-parameter-mapping-sources.html,
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-response.html).
import { expect, test } from '@playwright/test';
import { BackendPanel } from './pages/backend-panel.ts';
import { DesignerPage } from './pages/designer-page.ts';
import { ResponsesPanel } from './pages/responses-panel.ts';

test('a backend header is mapped into the method response', async ({ page }) => {
  const designer = new DesignerPage(page);
  const responses = new ResponsesPanel(page);
  const backend = new BackendPanel(page);
  await designer.open();
  const { preview } = designer;

  await backend.addHeader('X-Request-Id', 'req-7f3a');
  await preview.showStage('Backend');
  await expect(preview.backendResponse).toContainText('req-7f3a');
  await expect(preview.backendResponse).toContainText(
    "answered by the mock backend (MSW's handlers, in the engine worker)",
  );

  await responses.addResponseParameter(
    '200',
    'method.response.header.X-Request-Id',
    'integration.response.header.X-Request-Id',
  );
  // Not declared on method response 200 yet: the model's message, and a fix.
  await expect(designer.validationStatus).not.toContainText('No problems');
  await responses.declareMappedHeaders('200');
  await expect(responses.methodResponse('200').getByLabel('Header name 1')).toHaveValue('X-Request-Id');
  await expect(designer.validationStatus).toContainText('No problems');

  await preview.showStage('Integration response');
  await expect(preview.mappedResponseHeaders).toContainText('method.response.header.X-Request-Id');
  await expect(preview.mappedResponseHeaders).toContainText('req-7f3a');
  await preview.showStage('Method response');
  await expect(preview.methodResponseHeaders).toContainText('X-Request-Id');
  await expect(preview.methodResponseHeaders).toContainText('req-7f3a');
  expect(designer.externalRequests).toEqual([]);
});
