// An editable table of key/value rows for a record (headers, query strings, stage variables, parameter mappings).
// Rows live in local state so a row with an empty or duplicate key can exist while the user types; the record is
// written on every change and the rows are re-derived only when the record changes from outside (undo, new sample).
import { useState } from 'react';
import type { MultiValue } from '../../model/types.ts';
import { keyPath } from '../../model/paths.ts';
import { newRowId, recordFromRows, rowsFromRecord, sameRecord, type KeyValueRow } from './key-value-rows.ts';
import { FieldProblems } from './field.tsx';
import { fieldId, useProblemsAt } from './use-problems.ts';
import { EditableTableHead } from './editable-table-head.tsx';

export interface KeyValueEditorProps {
  /** Caption of the table, also its accessible name. */
  label: string;
  record: Record<string, MultiValue> | undefined;
  onChange: (record: Record<string, MultiValue>) => void;
  /** Repeated keys become lists of values (headers, query strings). */
  multi?: boolean;
  keyLabel: string;
  valueLabel: string;
  /** Column order: `key` first (default) or `value` first. */
  arrow?: string;
  keyListId?: string;
  valueListId?: string;
  keyPlaceholder?: string;
  valuePlaceholder?: string;
  /** Design path of the record, to show each entry's problems beside its row. */
  path?: string;
  addLabel?: string;
}

export function KeyValueEditor(props: KeyValueEditorProps) {
  const { label, record, onChange, multi = false, keyLabel, valueLabel } = props;
  const [rows, setRows] = useState<KeyValueRow[]>(() => rowsFromRecord(record));
  const [seen, setSeen] = useState(record);
  if (record !== seen) {
    setSeen(record);
    if (!sameRecord(record, recordFromRows(rows, multi))) setRows(rowsFromRecord(record));
  }
  const update = (next: KeyValueRow[]) => {
    setRows(next);
    const nextRecord = recordFromRows(next, multi);
    if (!sameRecord(nextRecord, record)) onChange(nextRecord);
  };
  const edit = (id: number, patch: Partial<KeyValueRow>) =>
    update(rows.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  const captionId = `${fieldId(props.path ?? label)}-caption`;

  return (
    <div className={props.arrow ? 'kv-editor kv-mapping' : 'kv-editor'}>
      <table aria-labelledby={captionId}>
        <caption id={captionId}>{label}</caption>
        <EditableTableHead
          shown={rows.length > 0}
          columns={props.arrow ? [keyLabel, null, valueLabel] : [keyLabel, valueLabel]}
        />
        <tbody>
          {rows.map((row, i) => (
            <KeyValueRowView
              key={row.id}
              row={row}
              index={i}
              props={props}
              onEdit={edit}
              onRemove={() => update(rows.filter((r) => r.id !== row.id))}
            />
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="link-button"
        onClick={() => update([...rows, { id: newRowId(), key: '', value: '' }])}
      >
        {props.addLabel ?? `Add ${keyLabel.toLowerCase()}`}
      </button>
    </div>
  );
}

function KeyValueRowView({
  row,
  index,
  props,
  onEdit,
  onRemove,
}: {
  row: KeyValueRow;
  index: number;
  props: KeyValueEditorProps;
  onEdit: (id: number, patch: Partial<KeyValueRow>) => void;
  onRemove: () => void;
}) {
  const path = props.path && row.key ? keyPath(props.path, row.key) : '\u0000';
  const problems = useProblemsAt(path, true);
  const problemsId = problems.length ? `${fieldId(path)}-row-problems-${row.id}` : undefined;
  const n = index + 1;
  return (
    <>
      <tr className={problems.length ? 'row-invalid' : undefined}>
        <td>
          <input
            aria-label={`${props.keyLabel} ${n}`}
            value={row.key}
            list={props.keyListId}
            placeholder={props.keyPlaceholder}
            spellCheck={false}
            aria-invalid={problems.length ? true : undefined}
            aria-describedby={problemsId}
            onChange={(e) => onEdit(row.id, { key: e.target.value })}
          />
        </td>
        {props.arrow ? (
          <td className="kv-arrow" aria-hidden="true">
            {props.arrow}
          </td>
        ) : null}
        <td>
          <input
            aria-label={`${props.valueLabel} ${n}`}
            value={row.value}
            list={props.valueListId}
            placeholder={props.valuePlaceholder}
            spellCheck={false}
            aria-invalid={problems.length ? true : undefined}
            aria-describedby={problemsId}
            onChange={(e) => onEdit(row.id, { value: e.target.value })}
          />
        </td>
        <td>
          <button
            type="button"
            className="icon-button"
            aria-label={`Remove ${props.keyLabel.toLowerCase()} ${n}`}
            onClick={onRemove}
          >
            ×
          </button>
        </td>
      </tr>
      {problems.length ? (
        <tr className="kv-problems-row">
          <td colSpan={props.arrow ? 4 : 3}>
            <FieldProblems id={problemsId} messages={problems} />
          </td>
        </tr>
      ) : null}
    </>
  );
}

export function Datalist({ id, options }: { id: string; options: readonly string[] }) {
  return (
    <datalist id={id}>
      {options.map((o) => (
        <option key={o} value={o} />
      ))}
    </datalist>
  );
}
