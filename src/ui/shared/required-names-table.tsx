// A table of declared names, each required or not: the method's request parameters (method.request.LOCATION.NAME,
// with a Location column) and a method response's headers (method.response.header.NAME). Rows live in local state so
// a row with an empty name can exist while typing; the record is re-derived only when it changes from outside (undo).
import { useState } from 'react';
import { keyPath } from '../../model/paths.ts';
import { EditableTableHead } from './editable-table-head.tsx';
import { FieldProblems } from './field.tsx';
import { newRowId } from './key-value-rows.ts';
import { useProblemsAt } from './use-problems.ts';

interface Row {
  id: number;
  location: string;
  name: string;
  required: boolean;
}

export interface RequiredNamesTableProps {
  caption: string;
  captionId: string;
  className: string;
  /** Where the record lives in the design, for problems at each key (e.g. "method.requestParameters"). */
  path: string;
  /** The record key of a row, e.g. `method.request.${location}.${name}`. */
  keyOf: (location: string, name: string) => string;
  /** A record key back to its location and name. */
  parseKey: (key: string) => { location: string; name: string };
  /** When given, a Location column offers these; a new row starts at the first. */
  locations?: readonly string[];
  /** Column header and per-row label of the name ("Name" / "Parameter name 1"). */
  nameHeader: string;
  nameLabel: string;
  placeholder?: string;
  /** What a row is, in "Add method parameter" and "Remove method parameter 2". */
  noun: string;
  record: Record<string, boolean> | undefined;
  onChange: (record: Record<string, boolean>) => void;
}

export function RequiredNamesTable(props: RequiredNamesTableProps) {
  const { record, onChange, keyOf, parseKey, locations } = props;
  const toRows = (r: Record<string, boolean> | undefined): Row[] =>
    Object.entries(r ?? {}).map(([key, required]) => ({
      id: newRowId(),
      ...parseKey(key),
      required: Boolean(required),
    }));
  const toRecord = (rows: Row[]): Record<string, boolean> => {
    const out: Record<string, boolean> = {};
    for (const row of rows) if (row.name) out[keyOf(row.location, row.name)] = row.required;
    return out;
  };
  const [rows, setRows] = useState(() => toRows(record));
  const [seen, setSeen] = useState(record);
  if (record !== seen) {
    setSeen(record);
    if (JSON.stringify(toRecord(rows)) !== JSON.stringify(record ?? {})) setRows(toRows(record));
  }
  const update = (next: Row[]) => {
    setRows(next);
    const out = toRecord(next);
    if (JSON.stringify(out) !== JSON.stringify(record ?? {})) onChange(out);
  };
  const edit = (id: number, patch: Partial<Row>) => update(rows.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  const newRow = (): Row => ({ id: newRowId(), location: locations?.[0] ?? '', name: '', required: false });

  return (
    <div className={props.className}>
      <table aria-labelledby={props.captionId}>
        <caption id={props.captionId}>{props.caption}</caption>
        <EditableTableHead
          shown={rows.length > 0}
          columns={[...(locations ? ['Location'] : []), props.nameHeader, 'Required']}
        />
        <tbody>
          {rows.map((row, i) => (
            <RequiredNameRow
              key={row.id}
              table={props}
              row={row}
              n={i + 1}
              onEdit={(patch) => edit(row.id, patch)}
              onRemove={() => update(rows.filter((r) => r.id !== row.id))}
            />
          ))}
        </tbody>
      </table>
      <button type="button" className="link-button" onClick={() => update([...rows, newRow()])}>
        Add {props.noun}
      </button>
    </div>
  );
}

function RequiredNameRow({
  table,
  row,
  n,
  onEdit,
  onRemove,
}: {
  table: RequiredNamesTableProps;
  row: Row;
  n: number;
  onEdit: (patch: Partial<Row>) => void;
  onRemove: () => void;
}) {
  const problems = useProblemsAt(row.name ? keyPath(table.path, table.keyOf(row.location, row.name)) : '\u0000', true);
  const columns = table.locations ? 4 : 3;
  return (
    <>
      <tr>
        {table.locations ? (
          <td>
            <select
              aria-label={`Location ${n}`}
              value={row.location}
              onChange={(e) => onEdit({ location: e.target.value })}
            >
              {table.locations.map((l) => (
                <option key={l}>{l}</option>
              ))}
            </select>
          </td>
        ) : null}
        <td>
          <input
            aria-label={`${table.nameLabel} ${n}`}
            value={row.name}
            placeholder={table.placeholder}
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
          <button type="button" className="icon-button" aria-label={`Remove ${table.noun} ${n}`} onClick={onRemove}>
            ×
          </button>
        </td>
      </tr>
      {problems.length ? (
        <tr className="kv-problems-row">
          <td colSpan={columns}>
            <FieldProblems messages={problems} />
          </td>
        </tr>
      ) : null}
    </>
  );
}
