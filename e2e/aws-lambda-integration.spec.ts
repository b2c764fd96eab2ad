// Journey: switch to a Lambda proxy integration; the form shows the AWS fields (POST fixed, ARN helper, credentials)
// and hides the HTTP ones. Lambda invoke URI form and POST-only:
// https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-integrations.html
import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/designer-page.ts';

test('AWS_PROXY: POST is fixed, the ARN helper builds the Lambda invoke URI, HTTP-only fields disappear', async ({
  page,
}) => {
  const designer = new DesignerPage(page);
  await designer.open();
  const { form, preview } = designer;
  await form.type.selectOption('AWS_PROXY');
  await expect(form.integrationHttpMethod).toBeDisabled();
  await expect(form.integrationHttpMethod).toHaveValue('POST');
  await expect(form.endpointUrl).toHaveCount(0);
  await expect(form.connectionType).toHaveCount(0);
  await expect(form.passthrough('NEVER')).toHaveCount(0);

  await form.useLambdaFunction('arn:aws:lambda:eu-west-1:123456789012:function:pets');
  await expect(form.awsUri).toHaveValue(
    'arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:pets/invocations',
  );
  // The request templates of the default design are kept but ignored by a proxy: warnings, not errors.
  await expect(designer.validationStatus).toContainText('No errors');
  await expect(preview.integrationRequest).toContainText('POST');

  await form.type.selectOption('HTTP');
  await expect(form.endpointUrl).toBeVisible();
  await expect(form.awsUri).toHaveCount(0);
});
