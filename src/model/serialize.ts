// Writing a design: 2-space JSON with a trailing newline, `format` always written, and the known fields in a fixed
// order so that the same design always gives the same text (clean diffs in git). Map entries keep their order:
// the order of responseTemplates matters to API Gateway (with no matching Accept, the first template is used,
// https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html), so keys are
// never sorted. Unknown fields are written after the known ones.
import { DESIGN_FORMAT } from './types.ts';
import type { Design } from './types.ts';

const DESIGN_ORDER = ['format', 'name', 'api', 'method', 'integration', 'methodResponses', 'samples', 'backend'];
/** GetIntegration's field order: the design file and every export format write an integration in it. */
export const INTEGRATION_FIELDS = [
  'type',
  'httpMethod',
  'uri',
  'connectionType',
  'connectionId',
  'credentials',
  'requestParameters',
  'requestTemplates',
  'passthroughBehavior',
  'contentHandling',
  'timeoutInMillis',
  'cacheNamespace',
  'cacheKeyParameters',
  'integrationResponses',
] as const;

export function serializeDesign(design: Design): string {
  const top = inOrder({ ...design, format: DESIGN_FORMAT }, DESIGN_ORDER);
  top.integration = inOrder(design.integration, INTEGRATION_FIELDS);
  return `${JSON.stringify(top, null, 2)}\n`;
}

function inOrder(object: object, order: readonly string[]): Record<string, unknown> {
  const source = object as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of order) if (key in source) out[key] = source[key];
  for (const key of Object.keys(source)) if (!(key in out)) out[key] = source[key];
  return out;
}
