// Velocity syntax errors in request and response templates, as validation errors with the template's place, line and
// column: `integration.requestTemplates["application/json"]: line 2, column 7: ...`. API Gateway refuses such a
// template when the integration is saved ("Invalid mapping expression" / template errors on PutIntegration and
// PutIntegrationResponse, https://docs.aws.amazon.com/apigateway/latest/developerguide/models-mappings.html), so the
// designer counts it where it counts every other problem. The parser is the engine's: one parser, one verdict.
import { keyPath } from '../../model/paths.ts';
import type { Design, Problem } from '../../model/types.ts';
import { compileTemplate } from '../vtl/compile/compile-template.ts';
import { VtlRuntimeError } from '../vtl/errors.ts';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `line L, column C: message` for a template that does not compile, else null. */
export function templateSyntaxError(template: string): string | null {
  try {
    compileTemplate(template);
    return null;
  } catch (e) {
    if (!(e instanceof VtlRuntimeError)) return 'the template cannot be read';
    const where = e.position ? `line ${e.position.line}, column ${e.position.column}: ` : '';
    return `${where}${e.message}`;
  }
}

function checkMap(templates: unknown, base: string, out: Problem[]): void {
  if (!isRecord(templates)) return;
  for (const [mediaType, template] of Object.entries(templates)) {
    if (typeof template !== 'string' || template.trim() === '') continue;
    const error = templateSyntaxError(template);
    if (error) out.push({ path: keyPath(base, mediaType), message: error, severity: 'error' });
  }
}

/** Every request and response template that does not compile, as `path: line L, column C: message`. */
export function templateSyntaxProblems(design: Design): Problem[] {
  const out: Problem[] = [];
  const integration = design.integration;
  if (!isRecord(integration)) return out;
  checkMap(integration.requestTemplates, 'integration.requestTemplates', out);
  if (!isRecord(integration.integrationResponses)) return out;
  for (const [status, response] of Object.entries(integration.integrationResponses)) {
    const base = `${keyPath('integration.integrationResponses', status)}.responseTemplates`;
    if (isRecord(response)) checkMap(response.responseTemplates, base, out);
  }
  return out;
}
