// The headers a method response declares: method.response.header.NAME → required. Rows live in local state so a row
// with an empty name can exist while typing; the record is re-derived only when it changes from outside (undo).
import { useState } from 'react';
import { keyPath } from '../../model/paths.ts';
import { FieldProblems } from '../shared/field.tsx';
import { newRowId } from '../shared/key-value-rows.ts';
import { useProblemsAt } from '../shared/use-problems.ts';

const PREFIX = 'method.response.header.';

interface Row {
  id: number;
  name: string;
  required: boolean;
}

export function headerRows(parameters: Record<string, boolean> | undefined): Row[] {
  return Object.entries(parameters ?? {}).map(([key, required]) => ({
    id: newRowId(),
    name: key.startsWith(PREFIX) ? key.slice(PREFIX.length) : key,
    required: Boolean(required),
  }));
}

export function headerRecord(rows: readonly Row[]): Record<string, boolean> {
  const record: Record<string, boolean> = {};
  for (const r of rows) if (r.name) record[`${PREFIX}${r.name}`] = r.required;
  return record;
}

export function ResponseHeadersTable({
  path,
  parameters,
  onChange,
}: {
  path: string;
  parameters: Record<string, boolean> | undefined;
  onChange: (p: Record<string, boolean>) => void;
}) {
  const [rows, setRows] = useState(() => headerRows(parameters));
  const [seen, setSeen] = useState(parameters);
  if (parameters !== seen) {
    setSeen(parameters);
    if (JSON.stringify(headerRecord(rows)) !== JSON.stringify(parameters ?? {})) setRows(headerRows(parameters));
  }
  const update = (next: Row[]) => {
    setRows(next);
    const record = headerRecord(next);
    if (JSON.stringify(record) !== JSON.stringify(parameters ?? {})) onChange(record);
  };
  const edit = (id: number, patch: Partial<Row>) => update(rows.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  const captionId = `${path.replace(/[^A-Za-z0-9_-]+/g, '-')}-caption`;
  return (
    <div className="kv-editor">
      <table aria-labelledby={captionId}>
        <caption id={captionId}>Response headers</caption>
        {rows.length ? (
          <thead>
            <tr>
              <th scope="col">Header name</th>
              <th scope="col">Required</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
        ) : null}
        <tbody>
          {rows.map((row, i) => (
            <HeaderRow
              key={row.id}
              path={path}
              row={row}
              n={i + 1}
              onEdit={(patch) => edit(row.id, patch)}
              onRemove={() => update(rows.filter((r) => r.id !== row.id))}
            />
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="link-button"
        onClick={() => update([...rows, { id: newRowId(), name: '', required: false }])}
      >
        Add response header
      </button>
    </div>
  );
}

function HeaderRow({
  path,
  row,
  n,
  onEdit,
  onRemove,
}: {
  path: string;
  row: Row;
  n: number;
  onEdit: (patch: Partial<Row>) => void;
  onRemove: () => void;
}) {
  const problems = useProblemsAt(row.name ? keyPath(path, `${PREFIX}${row.name}`) : '\u0000', true);
  return (
    <>
      <tr>
        <td>
          <input
            aria-label={`Header name ${n}`}
            value={row.name}
            placeholder="X-Request-Id"
            spellCheck={false}
            aria-invalid={problems.length ? true : undefined}
            onChange={(e) => onEdit({ name: e.target.value })}
          />
        </td>
        <td>
          <input
            type="checkbox"
            aria-label={`Required ${n}`}
            checked={row.required}
            onChange={(e) => onEdit({ required: e.target.checked })}
          />
        </td>
        <td>
          <button type="button" className="icon-button" aria-label={`Remove response header ${n}`} onClick={onRemove}>
            ×
          </button>
        </td>
      </tr>
      {problems.length ? (
        <tr className="kv-problems-row">
          <td colSpan={3}>
            <FieldProblems messages={problems} />
          </td>
        </tr>
      ) : null}
    </>
  );
}
