// Diagnostics as data (template errors and lint findings) and the lint rules over templates and designs.
export type { Diagnostic, DiagnosticFix, DiagnosticSeverity, PositionedError, TextEdit } from './diagnostic.ts';
export { diagnosticFromError } from './diagnostic.ts';
export type { ResponseTemplateDiagnostics, TemplateCheck, TemplateDiagnostics } from './template-errors.ts';
export { allResponseTemplateDiagnostics, allTemplateDiagnostics, traceTemplateDiagnostics } from './template-errors.ts';
export type { LintFinding, TemplateTarget } from './rule.ts';
export { designTemplates, lintDesign, lintDesignSettings, lintTemplate } from './lint-design.ts';
export { templateLocation } from './template-location.ts';
export { DESIGN_RULES, TEMPLATE_RULES } from './rules/index.ts';
export { checkTraceOutput, describeOutputProblem, type RenderRecord } from './output/check-trace-output.ts';
export { checkFormat, formatOf, type OutputFormat } from './output/output-formats.ts';
export { addEditorDiagnostics } from './editor-diagnostics.ts';
export { designProblems } from './design-problems.ts';
export { base64BodyProblem } from './sample-bodies.ts';
export { templateSyntaxError } from './template-syntax.ts';
