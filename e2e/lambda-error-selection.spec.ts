// Journey: a Lambda custom (AWS, non-proxy) integration whose function fails; a selection pattern on the Lambda
// errorMessage maps the error to a 400 with its own response template. "If the back end is an AWS Lambda function,
// the AWS Lambda function error header is matched" against selectionPattern
// (https://docs.aws.amazon.com/apigateway/latest/api/API_IntegrationResponse.html); Lambda reports a function error
// as status 200 with X-Amz-Function-Error (https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html);
// https://docs.aws.amazon.com/apigateway/latest/developerguide/handle-errors-in-lambda-integration.html
import { expect, test } from '@playwright/test';
import { BackendPanel } from './pages/backend-panel.ts';
import { DesignerPage } from './pages/designer-page.ts';
import { ResponsesPanel } from './pages/responses-panel.ts';

test('a Lambda function error is mapped to a 400 by a selection pattern on its errorMessage', async ({ page }) => {
  const designer = new DesignerPage(page);
  const responses = new ResponsesPanel(page);
  const backend = new BackendPanel(page);
  await designer.open();
  const { form, preview } = designer;

  await form.type.selectOption('AWS');
  await form.useLambdaFunction('arn:aws:lambda:us-east-1:123456789012:function:pets');
  await backend.functionFails('Bad request: the pet has no name', 'BadRequest');

  // Without a pattern for it, the error goes to the default response (200): the client would see a 200.
  await expect(responses.subject).toHaveValue('Bad request: the pet has no name');
  await expect(responses.selection).toHaveText('Selects 200 (the default response)');

  await responses.add();
  await responses.selectionPattern('400').fill('Bad request:.*');
  await expect(responses.verdict('400')).toHaveText(/^✓ Matches/);
  await expect(responses.selection).toHaveText('Selects 400 (pattern Bad request:.*)');
  // The engine's full-match rule: a pattern matching only part of the message does not select.
  await responses.subject.fill('Internal: Bad request: nested');
  await expect(responses.verdict('400')).toHaveText(/^✗ Does not match/);
  await responses.region.getByRole('button', { name: 'Use last run' }).click();
  await expect(responses.subject).toHaveValue('Bad request: the pet has no name');

  // API Gateway needs a method response for the 400: the form says so beside the status code, and offers to add it.
  expect(await form.messagesOf(responses.statusCode('400'))).toContain('no method response 400');
  await responses.addMissingMethodResponse('400');
  await expect(responses.methodResponse('400')).toBeVisible();
  await responses.addResponseTemplate(
    '400',
    'application/json',
    `{"error": "$input.path('$.errorMessage')", "type": "$input.path('$.errorType')"}`,
  );

  await expect(designer.validationStatus).toContainText('No errors');
  await preview.showStage('Method response');
  await expect(preview.methodResponse).toContainText('status 400');
  await expect(preview.methodResponseBody).toContainText('"error": "Bad request: the pet has no name"');
  await expect(preview.methodResponseBody).toContainText('"type": "BadRequest"');

  await preview.showStage('Integration response');
  await expect(preview.integrationResponseSelection).toContainText('Integration response 400');
  await expect(preview.integrationResponseSelection).toContainText(
    'selection pattern Bad request:.* matched the Lambda errorMessage "Bad request: the pet has no name"',
  );
  await expect(preview.responseTemplate).toContainText('application/json');

  await preview.showStage('Backend');
  await expect(preview.backendResponse).toContainText('The Lambda function failed (BadRequest)');
  // The design's mock answered (MSW's handlers in the engine worker), and nothing went to the network.
  await expect(preview.backendResponse).toContainText(
    "answered by the mock backend (MSW's handlers, in the engine worker)",
  );
  await expect(preview.mockStatus).toHaveText('Mock backends: in the engine worker');
  expect(designer.externalRequests).toEqual([]);
});
