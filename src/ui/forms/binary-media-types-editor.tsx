// api.binaryMediaTypes as a list of inputs (wildcards like image/* and */* allowed).
import { useState } from 'react';
import { indexPath } from '../../model/paths.ts';
import { FieldProblems } from '../shared/field.tsx';
import { useProblemsAt } from '../shared/use-problems.ts';
import { MediaTypesDatalist } from '../shared/media-types.tsx';

// Each row keeps its own key while the list is edited, so removing a row from the middle keeps focus and typing in
// the rows below it (an index key would hand their inputs to their neighbours).
interface Row {
  key: number;
  text: string;
}
let nextRowKey = 0;
const toRows = (texts: string[]): Row[] => texts.map((text) => ({ key: nextRowKey++, text }));
const cleanTexts = (rows: Row[]): string[] => rows.map((r) => r.text).filter(Boolean);

export function BinaryMediaTypesEditor({ value, onChange }: { value: string[]; onChange: (next: string[]) => void }) {
  // Empty entries stay on screen while typing, and are not written to the design.
  const [draft, setDraft] = useState<Row[]>(() => toRows(value));
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (JSON.stringify(cleanTexts(draft)) !== JSON.stringify(value)) setDraft(toRows(value));
  }
  const update = (next: Row[]) => {
    setDraft(next);
    const clean = cleanTexts(next);
    if (JSON.stringify(clean) !== JSON.stringify(value)) onChange(clean);
  };
  return (
    <fieldset className="field list-editor">
      <legend>Binary media types</legend>
      {draft.map((row, i) => (
        <BinaryTypeRow
          key={row.key}
          index={i}
          value={row.text}
          onChange={(v) => update(draft.map((x) => (x.key === row.key ? { key: x.key, text: v } : x)))}
          onRemove={() => update(draft.filter((x) => x.key !== row.key))}
        />
      ))}
      <button type="button" className="link-button" onClick={() => setDraft([...draft, ...toRows([''])])}>
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
