// Each mapping template's own errors, for every template of a design (not only the one the sample selected): the
// selected template's problem comes from the trace; every other template is checked on its own against the same
// sample, so a syntax error shows in its tab even when the sample selects another content type.
import type { IntegrationResponse } from '../../model/types.ts';
import type { Trace } from '../trace.ts';
import { type Diagnostic, diagnosticFromError, type PositionedError } from './diagnostic.ts';

/** Diagnostics per template key. */
export type TemplateDiagnostics = Record<string, Diagnostic[]>;

/** Response template diagnostics: integration response status code -> responseTemplates key -> problems. */
export type ResponseTemplateDiagnostics = Record<string, TemplateDiagnostics>;

/** Returns the error a template raises on its own, or null. */
export type TemplateCheck = (template: string) => PositionedError | null;

/** The diagnostics the trace carries for the template it applied (the matched requestTemplates key). */
export function traceTemplateDiagnostics(trace: Trace): TemplateDiagnostics {
  const key = trace.templateSelection?.matchedKey;
  // A template error after an integration response was selected is the response template's (see below).
  if (!key || !trace.error || trace.error.stage !== 'template' || trace.integrationResponse) return {};
  return { [key]: [diagnosticFromError(trace.error)] };
}

/** Diagnostics for every request template: the trace's for the applied one, `check(template)` for the others. */
export function allTemplateDiagnostics(
  templates: Record<string, string> | undefined,
  trace: Trace,
  check: TemplateCheck,
): TemplateDiagnostics {
  const result = traceTemplateDiagnostics(trace);
  const applied = trace.templateSelection?.outcome === 'TEMPLATE' ? trace.templateSelection.matchedKey : null;
  for (const [key, template] of Object.entries(templates ?? {})) {
    if (key === applied) continue;
    const error = check(template);
    if (error) result[key] = [diagnosticFromError(error)];
  }
  return result;
}

/**
 * Diagnostics for every response template of every integration response: the trace's error for the one applied
 * (a template error once an integration response was selected), `check(template)` for the others.
 */
export function allResponseTemplateDiagnostics(
  responses: Record<string, IntegrationResponse> | undefined,
  trace: Trace,
  check: TemplateCheck,
): ResponseTemplateDiagnostics {
  const result: ResponseTemplateDiagnostics = {};
  const selected = trace.integrationResponse?.statusCode;
  const appliedKey = trace.responseDetails?.templateSelection?.matchedKey ?? null;
  const failed = trace.error?.stage === 'template' && trace.integrationResponse ? trace.error : null;
  for (const [status, response] of Object.entries(responses ?? {})) {
    for (const [key, template] of Object.entries(response.responseTemplates ?? {})) {
      const applied = status === selected && key === appliedKey;
      const error = applied ? failed : template.trim() === '' ? null : check(template);
      if (!error) continue;
      result[status] ??= {};
      result[status][key] = [diagnosticFromError(error)];
    }
  }
  return result;
}
