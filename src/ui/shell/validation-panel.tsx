// The design's validation summary: "No problems" or the list of problems, each a link to its field, followed by the
// engine's lint findings about the design's settings (docs/lint-rules.md; template findings are in the editors).
import type { LintFinding } from '../../engine/index.ts';
import type { Problem } from '../../model/types.ts';
import { useDesigner } from '../../store/hooks.tsx';
import { fieldId, useAllProblems } from '../shared/use-problems.ts';
import { withTextKeys } from '../shared/text-keys.ts';

// One empty list, so that the selector returns the same value while no run has finished (zustand compares by identity).
const NO_FINDINGS: LintFinding[] = [];

export function ValidationPanel() {
  const checked = useAllProblems();
  const validation = checked ?? [];
  const findings = useDesigner((s) => s.preview.run?.designFindings ?? NO_FINDINGS);
  // A lint rule that restates a validation warning (the timeout quota) is shown once, with its rule code.
  const linted = new Set(findings.map((f) => f.location));
  const problems: (Problem & { rule?: string; info?: boolean })[] = [
    ...validation.filter((p) => p.severity !== 'warning' || !linted.has(p.path)),
    ...findings.map((f) => ({
      path: f.location,
      message: f.message,
      severity: 'warning' as const,
      rule: f.code,
      info: f.severity === 'info',
    })),
  ];
  const errors = problems.filter((p) => p.severity !== 'warning');
  return (
    <section aria-labelledby="validation-heading" className="validation">
      <h2 id="validation-heading">Validation</h2>
      <p role="status" className={errors.length ? 'status-problems' : 'status-ok'}>
        {checked === null
          ? 'Checking the design…'
          : summary(errors.length, problems.filter((p) => p.severity === 'warning' && !p.info).length)}
      </p>
      {problems.length ? (
        <ul aria-label="Validation problems" className="problem-list">
          {withTextKeys(problems, (p) => `${p.path} ${p.message}`).map(({ key, item: p }) => (
            <li key={key} className={p.info ? 'info' : p.severity === 'warning' ? 'warning' : 'error'}>
              <a
                href={`#${fieldId(p.path)}`}
                onClick={(e) => {
                  const target = document.getElementById(fieldId(p.path));
                  if (target) {
                    e.preventDefault();
                    target.focus();
                  }
                }}
              >
                <code>{p.path}</code>
              </a>
              : {p.rule ? `${p.rule} ` : ''}
              {p.message}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function summary(errors: number, warnings: number): string {
  if (errors === 0 && warnings === 0) return 'No problems: API Gateway would accept this integration.';
  if (errors === 0)
    return `No errors, ${plural(warnings, 'warning')}: API Gateway would accept this integration, but check the warnings.`;
  return `${plural(errors, 'problem')}${warnings ? `, ${plural(warnings, 'warning')}` : ''}: API Gateway would refuse this integration.`;
}
