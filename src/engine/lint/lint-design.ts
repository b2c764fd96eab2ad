// Lints a design: every rule over every mapping template (request and response), the design rules over the rest,
// and what API Gateway would refuse outright (validateDesign's errors, as API000). A template that does not compile
// is left to the engine's own error (a parse diagnostic); lints need its syntax tree.
import type { Design } from '../../model/types.ts';
import { validateDesign } from '../../model/validate/index.ts';
import { compileTemplate } from '../vtl/compile/compile-template.ts';
import type { CompiledTemplate } from '../vtl/compile/ir.ts';
import type { Diagnostic } from './diagnostic.ts';
import type { LintFinding, TemplateTarget } from './rule.ts';
import { DESIGN_RULES, TEMPLATE_RULES } from './rules/index.ts';
import { SourceText } from './source-text.ts';
import { templateLocation } from './template-location.ts';

/** The lint findings in one template (positions inside it). */
export function lintTemplate(template: string, target: TemplateTarget, design: Design): Diagnostic[] {
  let compiled: CompiledTemplate;
  try {
    compiled = compileTemplate(template);
  } catch {
    return [];
  }
  const source = new SourceText(template);
  const out: Diagnostic[] = [];
  const json = /json/i.test(target.contentType);
  for (const rule of TEMPLATE_RULES) {
    try {
      rule.checkTemplate({
        source,
        nodes: compiled.nodes,
        design,
        target,
        json,
        report: (span, message, fix) =>
          out.push({ severity: rule.severity, code: rule.code, message, ...span, ...(fix ? { fix } : {}) }),
      });
    } catch {
      // A rule that trips over an unusual template must not hide the others' findings.
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Every template of a design with its target. */
export function designTemplates(design: Design): { target: TemplateTarget; template: string }[] {
  const found: { target: TemplateTarget; template: string }[] = [];
  for (const [contentType, template] of Object.entries(design.integration?.requestTemplates ?? {})) {
    if (typeof template === 'string') found.push({ target: { kind: 'request', contentType }, template });
  }
  for (const [statusCode, response] of Object.entries(design.integration?.integrationResponses ?? {})) {
    for (const [contentType, template] of Object.entries(response?.responseTemplates ?? {})) {
      if (typeof template === 'string') found.push({ target: { kind: 'response', statusCode, contentType }, template });
    }
  }
  return found;
}

/** The findings of the design rules only (fields, not templates): the designer's validation panel lists them. */
export function lintDesignSettings(design: Design): LintFinding[] {
  const findings: LintFinding[] = [];
  if (!design.integration || typeof design.integration !== 'object') return findings;
  runDesignRules(design, findings);
  return findings;
}

export function lintDesign(design: Design): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const problem of validateDesign(design)) {
    if ((problem.severity ?? 'error') !== 'error') continue;
    findings.push({ ...fieldFinding('error', 'API000', problem.path, problem.message) });
  }
  if (!design.integration || typeof design.integration !== 'object') return findings;
  for (const { target, template } of designTemplates(design)) {
    const location = templateLocation(target);
    for (const d of lintTemplate(template, target, design)) findings.push({ ...d, location, target });
  }
  runDesignRules(design, findings);
  return findings;
}

function runDesignRules(design: Design, findings: LintFinding[]): void {
  for (const rule of DESIGN_RULES) {
    try {
      rule.checkDesign({
        design,
        report: (location, message) => findings.push(fieldFinding(rule.severity, rule.code, location, message)),
      });
    } catch {
      // see lintTemplate
    }
  }
}

function fieldFinding(severity: LintFinding['severity'], code: string, location: string, message: string): LintFinding {
  return { severity, code, message, location, line: 1, column: 1, endLine: 1, endColumn: 1 };
}
