// Shrinks a design before it goes into a link: the design's own fields that are null or empty ({} or []) are left
// out. For API Gateway and the engine an unset field, a null and an empty map mean the same (GetIntegration leaves
// them out), so the design that arrives means exactly what was sent; the model's restore step fills the defaults it
// knows (tests/share/link-codec.test.ts proves both). Free-form JSON (a Lambda's result, service data, a sample's
// context) is left exactly as it is: there an empty object means something.
import type { Design } from '../model/types.ts';
import { isPlainObject as isPlain } from '../formats/shared/values.ts';

type Plain = Record<string, unknown>;

function withoutEmptyFields(value: unknown): unknown {
  if (!isPlain(value)) return value;
  const out: Plain = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === null || field === undefined) continue;
    if (Array.isArray(field) && field.length === 0) continue;
    if (isPlain(field) && Object.keys(field).length === 0) continue;
    out[key] = field;
  }
  return out;
}

function mapValues(value: unknown, f: (v: unknown) => unknown): unknown {
  return isPlain(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, f(v)])) : value;
}

export function compactForLink(design: Design): Plain {
  const out: Plain = { ...design };
  out.api = withoutEmptyFields(design.api);
  out.method = withoutEmptyFields(design.method);
  const integration = withoutEmptyFields(design.integration) as Plain;
  if ('integrationResponses' in integration) {
    integration.integrationResponses = mapValues(integration.integrationResponses, withoutEmptyFields);
  }
  out.integration = integration;
  if (design.methodResponses) out.methodResponses = mapValues(design.methodResponses, withoutEmptyFields);
  out.samples = Array.isArray(design.samples) ? design.samples.map(withoutEmptyFields) : design.samples;
  if (isPlain(design.backend) && isPlain(design.backend.http)) {
    out.backend = { ...design.backend, http: withoutEmptyFields(design.backend.http) };
  }
  return withoutEmptyFields(out) as Plain;
}
