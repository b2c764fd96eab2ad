// One labelled form control with its help text and its validation messages. The control gets `id`,
// `aria-describedby` (help + messages) and `aria-invalid`, so screen readers announce the problem with the field.
import { useId, type ReactNode } from 'react';
import { fieldId, useProblemsAt } from './use-problems.ts';
import { withTextKeys } from './text-keys.ts';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

interface FieldProps {
  label: string;
  /** The design path whose problems are shown here, e.g. `integration.timeoutInMillis`. */
  path?: string;
  hint?: ReactNode;
  children: (control: ControlProps) => ReactNode;
  className?: string;
}

export function Field({ label, path, hint, children, className }: FieldProps) {
  const generated = useId();
  const id = path ? fieldId(path) : `f${generated.replace(/:/g, '')}`;
  const problems = useProblemsAt(path ?? '\u0000');
  const hintId = hint ? `${id}-hint` : undefined;
  const problemsId = problems.length ? `${id}-problems` : undefined;
  const describedBy = [problemsId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${problems.length ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': problems.length ? true : undefined })}
      <FieldProblems id={problemsId} messages={problems} />
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function FieldProblems({ id, messages }: { id?: string; messages: string[] }) {
  if (!messages.length) return null;
  return (
    <ul className="field-problems" id={id}>
      {withTextKeys(messages).map(({ key, item: m }) => (
        <li key={key}>{m}</li>
      ))}
    </ul>
  );
}
