// A small inline form asking for a content type (add a template, or rename one), with common media types offered.
import { useId, useState } from 'react';
import { isMediaType } from '../../model/media-type-syntax.ts';
import { MediaTypesDatalist } from '../shared/media-types.tsx';
import { focusOnMount } from '../shared/focus-on-mount.ts';

export function TemplateKeyForm({
  label,
  initial,
  taken,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  label: string;
  initial: string;
  taken: readonly string[];
  submitLabel: string;
  onSubmit: (key: string) => void;
  onCancel: () => void;
}) {
  const id = useId().replace(/:/g, '');
  const [value, setValue] = useState(initial);
  const key = value.trim();
  const error = !key
    ? null
    : !isMediaType(key)
      ? 'A content type is written type/subtype, e.g. application/json.'
      : key !== initial && taken.includes(key)
        ? `There is already a template for ${key}.`
        : null;
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (key && !error) onSubmit(key);
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <label htmlFor={`${id}-key`}>{label}</label>
      <input
        id={`${id}-key`}
        ref={focusOnMount}
        value={value}
        list={`${id}-types`}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setValue(e.target.value)}
        onFocus={(e) => e.target.select()}
      />
      <MediaTypesDatalist id={`${id}-types`} />
      <button type="submit" disabled={!key || Boolean(error)}>
        {submitLabel}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      {error ? (
        <p className="field-problems" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </form>
  );
}
