// Turns the engine's errors into per-template diagnostics (data, GraphiQL style); the editor adapter makes markers.
// The selected template's problem comes from the trace; every other template is rendered on its own against the same
// sample, so a syntax error shows in its tab even when the sample selects another content type.
import type { Trace } from '../engine/trace.ts';
import type { IntegrationResponse } from '../model/types.ts';
import type { ResponseTemplateDiagnostics, TemplateDiagnostic } from './protocol.ts';

/** The engine error shape (VtlError) as far as diagnostics need it. */
export interface EngineErrorLike {
  message: string;
  line?: number;
  column?: number;
  code?: string;
}

export function diagnosticFromError(error: EngineErrorLike): TemplateDiagnostic {
  const line = error.line && error.line > 0 ? error.line : 1;
  const column = error.column && error.column > 0 ? error.column : 1;
  return {
    severity: 'error',
    message: error.message,
    line,
    column,
    // Engines report a point; underline to the end of the word or at least one character, as editors expect a range.
    endLine: line,
    endColumn: column + 1,
    ...(error.code ? { code: error.code } : {}),
  };
}

/** The diagnostics the trace carries for the template it applied (the matched requestTemplates key). */
export function traceTemplateDiagnostics(trace: Trace): Record<string, TemplateDiagnostic[]> {
  const key = trace.templateSelection?.matchedKey;
  // A template error after an integration response was selected is the response template's (see below).
  if (!key || !trace.error || trace.error.stage !== 'template' || trace.integrationResponse) return {};
  return { [key]: [diagnosticFromError(trace.error)] };
}

/**
 * Diagnostics for every template: the trace's for the applied one, `check(template)` for the others.
 * `check` returns the error a template raises on its own, or null.
 */
export function allTemplateDiagnostics(
  templates: Record<string, string> | undefined,
  trace: Trace,
  check: (template: string) => EngineErrorLike | null,
): Record<string, TemplateDiagnostic[]> {
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
  check: (template: string) => EngineErrorLike | null,
): ResponseTemplateDiagnostics {
  const result: ResponseTemplateDiagnostics = {};
  const selected = trace.integrationResponse?.statusCode;
  const appliedKey = trace.responseDetails?.templateSelection?.matchedKey ?? null;
  const failed = trace.error?.stage === 'template' && trace.integrationResponse ? trace.error : null;
  for (const [status, response] of Object.entries(responses ?? {})) {
    for (const [key, template] of Object.entries(response.responseTemplates ?? {})) {
      const applied = status === selected && key === appliedKey;
      const error = applied ? failed : template.trim() === '' ? null : check(template);
      if (error) (result[status] ??= {})[key] = [diagnosticFromError(error)];
    }
  }
  return result;
}
