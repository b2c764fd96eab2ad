// Journey: a Lambda proxy (AWS_PROXY) integration whose function returns something that is not the proxy response
// object: API Gateway answers 502 {"message": "Internal server error"} ("Malformed Lambda proxy response",
// https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-output-format).
import { expect, test } from '@playwright/test';
import { BackendPanel } from './pages/backend-panel.ts';
import { DesignerPage } from './pages/designer-page.ts';

test('a Lambda proxy function returning a malformed response gives 502, a well-formed one passes through', async ({
  page,
}) => {
  const designer = new DesignerPage(page);
  const backend = new BackendPanel(page);
  await designer.open();
  const { form, preview } = designer;

  await form.type.selectOption('AWS_PROXY');
  await form.useLambdaFunction('arn:aws:lambda:eu-west-1:123456789012:function:pets');
  // "status" is not a key of the proxy response object.
  await backend.functionReturns('{"status": 200, "body": "hello"}');

  await preview.showStage('Method response');
  await expect(preview.methodResponse).toContainText('status 502');
  await expect(preview.methodResponseBody).toContainText('"message": "Internal server error"');
  await expect(preview.stage('Integration response')).toContainText('failed');
  await preview.showStage('Integration response');
  await expect(preview.integrationResponseSelection).toContainText('Malformed Lambda proxy response');
  await preview.showStage('Backend');
  await expect(preview.backendResponse).toContainText('"status": 200');
  await expect(preview.backendResponse).toContainText(
    "answered by the mock backend (MSW's handlers, in the engine worker)",
  );

  await backend.functionReturns('{"statusCode": 201, "headers": {"Content-Type": "text/plain"}, "body": "created"}');
  await preview.showStage('Method response');
  await expect(preview.methodResponse).toContainText('status 201');
  await expect(preview.methodResponseBody).toHaveText('created');
  await expect(preview.stage('Integration response')).toContainText('proxy: passed through');
  expect(designer.externalRequests).toEqual([]);
});
