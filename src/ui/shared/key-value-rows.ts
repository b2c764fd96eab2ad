// Editable rows <-> a record. Headers and query strings may repeat a key (several values), which rows show as one row
// per value. Rows with an empty key are kept on screen (the user is typing) but not written to the record.
import type { MultiValue } from '../../model/types.ts';

export interface KeyValueRow {
  /** Stable identity for React keys while keys are being edited. */
  id: number;
  key: string;
  value: string;
}

let nextId = 1;
export const newRowId = (): number => nextId++;

export function rowsFromRecord(record: Record<string, MultiValue> | undefined): KeyValueRow[] {
  const rows: KeyValueRow[] = [];
  for (const [key, value] of Object.entries(record ?? {})) {
    for (const v of Array.isArray(value) ? value : [value]) rows.push({ id: newRowId(), key, value: String(v) });
  }
  return rows;
}

/** Rows to a record: a key given once maps to a string, a repeated key to the list of its values (multi-value). */
export function recordFromRows(rows: readonly KeyValueRow[], multi = true): Record<string, MultiValue> {
  const record: Record<string, MultiValue> = {};
  for (const { key, value } of rows) {
    if (key === '') continue;
    const existing = record[key];
    if (existing === undefined || !multi) record[key] = value;
    else record[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return record;
}

/** Single-valued records (stage variables, parameter mappings): the last row of a repeated key wins. */
export function stringRecordFromRows(rows: readonly KeyValueRow[]): Record<string, string> {
  return recordFromRows(rows, false) as Record<string, string>;
}

/** Deep equality of two records of strings or string lists, in order (rows are re-derived only on a real change). */
export function sameRecord(
  a: Record<string, MultiValue> | undefined,
  b: Record<string, MultiValue> | undefined,
): boolean {
  return JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});
}
