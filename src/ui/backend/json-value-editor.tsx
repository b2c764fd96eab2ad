// A JSON value typed in the code editor (Monaco, JSON highlighting). The text is kept while it does not parse, with
// the syntax error's line and column beside it; the design changes only when the text is valid JSON (and passes
// `check`). An outside change (undo, another sample) replaces the text.
import { useState } from 'react';
import { parseJson } from '../../model/json-syntax.ts';
import { CodeEditor } from '../shared/code-editor.tsx';
import { FieldProblems } from '../shared/field.tsx';

export function JsonValueEditor({
  label,
  value,
  onChange,
  modelPath,
  check,
  height = '8rem',
  hint,
}: {
  label: string;
  value: unknown;
  onChange: (value: unknown) => void;
  modelPath: string;
  /** A problem with a parsed value (e.g. "must be an object"), or null. */
  check?: (value: unknown) => string | null;
  height?: string;
  hint?: string;
}) {
  const format = (v: unknown) => (v === undefined ? '' : JSON.stringify(v, null, 2));
  const [text, setText] = useState(() => format(value));
  const [seen, setSeen] = useState(value);
  const [error, setError] = useState<string | null>(null);
  if (value !== seen) {
    setSeen(value);
    const parsed = text.trim() ? parseJson(text) : null;
    if (!error && (!parsed?.ok || JSON.stringify(parsed.value) !== JSON.stringify(value))) setText(format(value));
  }
  const update = (next: string) => {
    setText(next);
    if (next.trim() === '') {
      setError(null);
      return onChange(undefined);
    }
    const parsed = parseJson(next);
    if (!parsed.ok)
      return setError(`line ${parsed.error.line}, column ${parsed.error.column}: ${parsed.error.message}`);
    const problem = check?.(parsed.value) ?? null;
    setError(problem);
    if (!problem) onChange(parsed.value);
  };
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <span className="label">{label}</span>
      <CodeEditor language="json" label={label} value={text} onChange={update} modelPath={modelPath} height={height} />
      <FieldProblems messages={error ? [error] : []} />
      {hint ? <p className="field-hint">{hint}</p> : null}
    </div>
  );
}
