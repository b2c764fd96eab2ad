// `aws-json`: the Integration exactly as `aws apigateway get-integration` prints it (GetIntegration's shape, with
// integrationResponses). Deployable with `aws apigateway put-integration --cli-input-json` after adding the ids;
// see docs/deploying.md.
import type { Design } from '../../model/types.ts';
import type { ExportResult } from '../types.ts';
import { integrationShape } from '../shared/integration-shape.ts';

export function exportAwsJson(design: Design): ExportResult {
  return { text: `${JSON.stringify(integrationShape(design.integration), null, 2)}\n`, warnings: [] };
}
