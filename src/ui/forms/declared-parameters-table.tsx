// The method's declared request parameters: location, name and whether the client must send it.
// Path parameters come from the resource path; declaring them is allowed but not needed.
import { useState } from 'react';
import { keyPath } from '../../model/paths.ts';
import { FieldProblems } from '../shared/field.tsx';
import { newRowId } from '../shared/key-value-rows.ts';
import { useProblemsAt } from '../shared/use-problems.ts';

const LOCATIONS = ['querystring', 'header', 'path', 'multivaluequerystring', 'multivalueheader'] as const;

interface Row {
  id: number;
  location: string;
  name: string;
  required: boolean;
}

function toRows(parameters: Record<string, boolean> | undefined): Row[] {
  return Object.entries(parameters ?? {}).map(([key, required]) => {
    const m = /^method\.request\.([a-z]+)\.(.*)$/.exec(key);
    return { id: newRowId(), location: m?.[1] ?? 'querystring', name: m?.[2] ?? key, required: Boolean(required) };
  });
}

function toRecord(rows: Row[]): Record<string, boolean> {
  const record: Record<string, boolean> = {};
  for (const r of rows) if (r.name) record[`method.request.${r.location}.${r.name}`] = r.required;
  return record;
}

export function DeclaredParametersTable({
  parameters,
  onChange,
}: {
  parameters: Record<string, boolean> | undefined;
  onChange: (parameters: Record<string, boolean>) => void;
}) {
  const [rows, setRows] = useState(() => toRows(parameters));
  const [seen, setSeen] = useState(parameters);
  if (parameters !== seen) {
    setSeen(parameters);
    if (JSON.stringify(toRecord(rows)) !== JSON.stringify(parameters ?? {})) setRows(toRows(parameters));
  }
  const update = (next: Row[]) => {
    setRows(next);
    const record = toRecord(next);
    if (JSON.stringify(record) !== JSON.stringify(parameters ?? {})) onChange(record);
  };
  const edit = (id: number, patch: Partial<Row>) => update(rows.map((r) => (r.id === id ? { ...r, ...patch } : r)));

  return (
    <div className="field kv-editor">
      <table aria-labelledby="declared-parameters-caption">
        <caption id="declared-parameters-caption">Method request parameters</caption>
        {rows.length ? (
          <thead>
            <tr>
              <th scope="col">Location</th>
              <th scope="col">Name</th>
              <th scope="col">Required</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
        ) : null}
        <tbody>
          {rows.map((row, i) => (
            <DeclaredRow
              key={row.id}
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
        onClick={() => update([...rows, { id: newRowId(), location: 'querystring', name: '', required: false }])}
      >
        Add method parameter
      </button>
    </div>
  );
}

function DeclaredRow({
  row,
  n,
  onEdit,
  onRemove,
}: {
  row: Row;
  n: number;
  onEdit: (patch: Partial<Row>) => void;
  onRemove: () => void;
}) {
  const problems = useProblemsAt(
    row.name ? keyPath('method.requestParameters', `method.request.${row.location}.${row.name}`) : '\u0000',
    true,
  );
  return (
    <>
      <tr>
        <td>
          <select
            aria-label={`Location ${n}`}
            value={row.location}
            onChange={(e) => onEdit({ location: e.target.value })}
          >
            {LOCATIONS.map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </td>
        <td>
          <input
            aria-label={`Parameter name ${n}`}
            value={row.name}
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
          <button type="button" className="icon-button" aria-label={`Remove method parameter ${n}`} onClick={onRemove}>
            ×
          </button>
        </td>
      </tr>
      {problems.length ? (
        <tr className="kv-problems-row">
          <td colSpan={4}>
            <FieldProblems messages={problems} />
          </td>
        </tr>
      ) : null}
    </>
  );
}
