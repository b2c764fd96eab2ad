// Journey: CONVERT_TO_BINARY and CONVERT_TO_TEXT previews show the conversion and the body before and after. Conversion
// tables: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings-workflow.html
// (text + CONVERT_TO_BINARY → base64-decoded blob; binary + CONVERT_TO_TEXT → base64-encoded string).
import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/designer-page.ts';

test('CONVERT_TO_BINARY decodes a base64 text body into binary', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  const { form, templates, sample, preview } = designer;
  await templates.remove('application/json');
  await form.passthrough('WHEN_NO_MATCH').check();
  await form.contentHandling.selectOption('CONVERT_TO_BINARY');
  await sample.setHeader('Content-Type', 'text/plain');
  await sample.setBody('aGVsbG8gd29ybGQ=');

  await expect(preview.contentHandling).toContainText('Converted to binary');
  await expect(preview.contentHandling).toContainText('CONVERT_TO_BINARY');
  await expect(preview.bodyBefore).toContainText('aGVsbG8gd29ybGQ=');
  await expect(preview.bodyAfter).toBeVisible();
});

test('CONVERT_TO_TEXT encodes a binary body as base64 text', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  const { form, templates, sample, preview } = designer;
  await templates.remove('application/json');
  await form.passthrough('WHEN_NO_MATCH').check();
  await form.addBinaryMediaType('image/png');
  await form.contentHandling.selectOption('CONVERT_TO_TEXT');
  await sample.setHeader('Content-Type', 'image/png');
  await sample.setBody('iVBORw0KGgo=');
  await sample.base64.check();

  await expect(preview.contentHandling).toContainText('Converted to text');
  await expect(preview.contentHandling).toContainText('CONVERT_TO_TEXT');
  await expect(preview.bodyAfter).toContainText('iVBORw0KGgo=');
});
