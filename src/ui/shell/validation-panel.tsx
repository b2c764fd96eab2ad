// The design's validation summary: "No problems" or the list of problems, each a link to its field.
import { fieldId, useAllProblems } from '../shared/use-problems.ts';
import { withTextKeys } from '../shared/text-keys.ts';

export function ValidationPanel() {
  const problems = useAllProblems();
  const errors = problems.filter((p) => p.severity !== 'warning');
  return (
    <section aria-labelledby="validation-heading" className="validation">
      <h2 id="validation-heading">Validation</h2>
      <p role="status" className={errors.length ? 'status-problems' : 'status-ok'}>
        {summary(errors.length, problems.length - errors.length)}
      </p>
      {problems.length ? (
        <ul aria-label="Validation problems" className="problem-list">
          {withTextKeys(problems, (p) => `${p.path} ${p.message}`).map(({ key, item: p }) => (
            <li key={key} className={p.severity === 'warning' ? 'warning' : 'error'}>
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
              : {p.message}
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
