// What a lint rule is: a code, a one-line title, and a check over one mapping template (its compiled nodes and
// text, with the design around it) or over the design as a whole. Findings are plain data (Diagnostic) with the
// place they belong to (`location`, as validation problems name fields).
import type { Design } from '../../model/types.ts';
import type { Node } from '../vtl/compile/ir.ts';
import type { Diagnostic, DiagnosticFix, DiagnosticSeverity } from './diagnostic.ts';
import type { SourceText, Span } from './source-text.ts';

/** Which template a finding is in (absent: a field of the design). */
export type TemplateTarget =
  | { kind: 'request'; contentType: string }
  | { kind: 'response'; statusCode: string; contentType: string };

export interface LintFinding extends Diagnostic {
  /** The template or field: `integration.requestTemplates["application/json"]`, `api.binaryMediaTypes[0]`. */
  location: string;
  target?: TemplateTarget;
}

export interface TemplateLintContext {
  source: SourceText;
  nodes: Node[];
  design: Design;
  target: TemplateTarget;
  /** Whether the template writes JSON (its content type says so). */
  json: boolean;
  report(span: Span, message: string, fix?: DiagnosticFix): void;
}

export interface TemplateRule {
  code: string;
  title: string;
  severity: DiagnosticSeverity;
  checkTemplate(context: TemplateLintContext): void;
}

export interface DesignLintContext {
  design: Design;
  report(location: string, message: string): void;
}

export interface DesignRule {
  code: string;
  title: string;
  severity: DiagnosticSeverity;
  checkDesign(context: DesignLintContext): void;
}
