// Journey: switch the sample's Content-Type and see what each passthrough behavior does with it. Expected outcomes:
// https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html (one
// application/json template: application/xml passes through under WHEN_NO_MATCH, is rejected with 415 under
// WHEN_NO_TEMPLATES and NEVER; application/json is transformed under all three).
import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/designer-page.ts';

const cases = [
  { behavior: 'WHEN_NO_MATCH', contentType: 'application/xml', outcome: 'Passed through', status: null },
  { behavior: 'WHEN_NO_TEMPLATES', contentType: 'application/xml', outcome: 'Rejected', status: '415' },
  { behavior: 'NEVER', contentType: 'application/xml', outcome: 'Rejected', status: '415' },
  { behavior: 'NEVER', contentType: 'application/json', outcome: 'Template applied', status: null },
] as const;

for (const c of cases) {
  test(`${c.behavior} with Content-Type ${c.contentType}: ${c.outcome}`, async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const { form, sample, preview } = designer;
    await form.passthrough(c.behavior).check();
    await sample.setHeader('Content-Type', c.contentType);
    await sample.setBody(c.contentType === 'application/xml' ? '<pet><name>Rex</name></pet>' : '{"name": "Rex"}');

    await expect(preview.templateSelection).toContainText(c.outcome);
    await expect(preview.templateSelection).toContainText(c.behavior);
    if (c.status) {
      await expect(preview.templateSelection).toContainText(`${c.status} Unsupported Media Type`);
      await expect(preview.integrationRequest).toHaveCount(0);
    } else if (c.outcome === 'Passed through') {
      await expect(preview.integrationRequestBody).toContainText('<pet><name>Rex</name></pet>');
    } else {
      await expect(preview.integrationRequestBody).toContainText('"name": "Rex"');
    }
  });
}
