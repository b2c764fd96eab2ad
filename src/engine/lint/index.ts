// Diagnostics as data (template errors and lint findings) and the lint rules over templates and designs.
export type { Diagnostic, DiagnosticFix, DiagnosticSeverity, PositionedError, TextEdit } from './diagnostic.ts';
export { diagnosticFromError } from './diagnostic.ts';
export type { ResponseTemplateDiagnostics, TemplateCheck, TemplateDiagnostics } from './template-errors.ts';
export { allResponseTemplateDiagnostics, allTemplateDiagnostics, traceTemplateDiagnostics } from './template-errors.ts';
