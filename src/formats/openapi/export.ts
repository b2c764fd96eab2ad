// `openapi` (JSON) and `openapi-yaml`: OpenAPI 3.0 with API Gateway's extensions, importable with
// `aws apigateway put-rest-api --mode merge` or `import-rest-api`; see docs/deploying.md.
import { stringify } from 'yaml';
import type { Design } from '../../model/types.ts';
import type { ExportResult } from '../types.ts';
import { buildOpenApiDocument } from './build-document.ts';

export function exportOpenApiJson(design: Design): ExportResult {
  const { document, warnings } = buildOpenApiDocument(design);
  return { text: `${JSON.stringify(document, null, 2)}\n`, warnings };
}

export function exportOpenApiYaml(design: Design): ExportResult {
  const { document, warnings } = buildOpenApiDocument(design);
  // YAML 1.1 quoting rules, so that 1.1 readers too take `on`, `yes` or dates as text.
  return { text: stringify(document, { version: '1.1', lineWidth: 0, blockQuote: 'literal' }), warnings };
}
