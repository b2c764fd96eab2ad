// A JSON object typed as text (stage variable and context overrides). The text is kept while it does not parse, and
// the syntax error is shown with its line and column; the sample changes only when the text is a valid object.
import { useId, useState } from 'react';
import { parseJson } from '../../model/json-syntax.ts';

export function JsonObjectField({
  label,
  value,
  onChange,
  hint,
}: {
  label: string;
  value: Record<string, unknown> | undefined;
  onChange: (value: Record<string, unknown> | undefined) => void;
  hint: string;
}) {
  const id = useId().replace(/:/g, '');
  const format = (v: Record<string, unknown> | undefined) =>
    v && Object.keys(v).length ? JSON.stringify(v, null, 2) : '';
  const [text, setText] = useState(() => format(value));
  const [seen, setSeen] = useState(value);
  const [error, setError] = useState<string | null>(null);
  if (value !== seen) {
    setSeen(value);
    if (!error && JSON.stringify(value ?? {}) !== JSON.stringify(parseLoose(text) ?? {})) setText(format(value));
  }
  const update = (next: string) => {
    setText(next);
    if (next.trim() === '') {
      setError(null);
      onChange(undefined);
      return;
    }
    const parsed = parseJson(next);
    if (!parsed.ok)
      return setError(`line ${parsed.error.line}, column ${parsed.error.column}: ${parsed.error.message}`);
    if (!parsed.value || typeof parsed.value !== 'object' || Array.isArray(parsed.value))
      return setError('must be a JSON object, e.g. {"name": "value"}');
    setError(null);
    onChange(parsed.value as Record<string, unknown>);
  };
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className="json-text"
        rows={3}
        value={text}
        spellCheck={false}
        placeholder="{}"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${error ? `${id}-error ` : ''}${id}-hint`}
        onChange={(e) => update(e.target.value)}
      />
      {error ? (
        <ul className="field-problems" id={`${id}-error`}>
          <li>{error}</li>
        </ul>
      ) : null}
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
    </div>
  );
}

function parseLoose(text: string): unknown {
  const parsed = text.trim() ? parseJson(text) : { ok: true as const, value: undefined };
  return parsed.ok ? parsed.value : undefined;
}
