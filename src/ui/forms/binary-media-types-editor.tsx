// api.binaryMediaTypes as a list of inputs (wildcards like image/* and */* allowed).
import { useState } from 'react';
import { indexPath } from '../../model/paths.ts';
import { FieldProblems } from '../shared/field.tsx';
import { useProblemsAt } from '../shared/use-problems.ts';
import { MediaTypesDatalist } from '../shared/media-types.tsx';

export function BinaryMediaTypesEditor({ value, onChange }: { value: string[]; onChange: (next: string[]) => void }) {
  // Empty entries stay on screen while typing, and are not written to the design.
  const [draft, setDraft] = useState<string[]>(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (JSON.stringify(draft.filter(Boolean)) !== JSON.stringify(value)) setDraft(value);
  }
  const update = (next: string[]) => {
    setDraft(next);
    const clean = next.filter(Boolean);
    if (JSON.stringify(clean) !== JSON.stringify(value)) onChange(clean);
  };
  return (
    <fieldset className="field list-editor">
      <legend>Binary media types</legend>
      {draft.map((t, i) => (
        <BinaryTypeRow
          key={i}
          index={i}
          value={t}
          onChange={(v) => update(draft.map((x, j) => (j === i ? v : x)))}
          onRemove={() => update(draft.filter((_, j) => j !== i))}
        />
      ))}
      <button type="button" className="link-button" onClick={() => setDraft([...draft, ''])}>
        Add binary media type
      </button>
      <MediaTypesDatalist id="binary-media-types" wildcards />
    </fieldset>
  );
}

function BinaryTypeRow({
  index,
  value,
  onChange,
  onRemove,
}: {
  index: number;
  value: string;
  onChange: (v: string) => void;
  onRemove: () => void;
}) {
  const problems = useProblemsAt(indexPath('api.binaryMediaTypes', index));
  return (
    <div className="list-row">
      <input
        aria-label={`Binary media type ${index + 1}`}
        value={value}
        list="binary-media-types"
        spellCheck={false}
        aria-invalid={problems.length ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <button
        type="button"
        className="icon-button"
        aria-label={`Remove binary media type ${index + 1}`}
        onClick={onRemove}
      >
        ×
      </button>
      <FieldProblems messages={problems} />
    </div>
  );
}
