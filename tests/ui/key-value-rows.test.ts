import { describe, expect, it } from 'vitest';
import {
  recordFromRows,
  rowsFromRecord,
  sameRecord,
  stringRecordFromRows,
} from '../../src/ui/shared/key-value-rows.ts';

const rows = (...pairs: Array<[string, string]>) => pairs.map(([key, value], id) => ({ id, key, value }));

describe('key/value rows', () => {
  it.each([
    [rows(['a', '1']), { a: '1' }],
    [rows(['a', '1'], ['a', '2'], ['b', '3']), { a: ['1', '2'], b: '3' }],
    [rows(['', 'typing'], ['a', '1']), { a: '1' }],
    [rows(['a', '1'], ['a', '2'], ['a', '3']), { a: ['1', '2', '3'] }],
  ])('rows %j → record %j (a repeated key holds several values)', (input, expected) => {
    expect(recordFromRows(input)).toEqual(expected);
  });

  it('single-valued records keep the last value of a repeated key', () => {
    expect(stringRecordFromRows(rows(['a', '1'], ['a', '2']))).toEqual({ a: '2' });
  });

  it('a record with multi-values round-trips through rows', () => {
    const record = { Accept: ['text/html', 'application/json'], 'X-Id': '7' };
    const r = rowsFromRecord(record);
    expect(r.map(({ key, value }) => [key, value])).toEqual([
      ['Accept', 'text/html'],
      ['Accept', 'application/json'],
      ['X-Id', '7'],
    ]);
    expect(recordFromRows(r)).toEqual(record);
    expect(new Set(r.map((x) => x.id)).size).toBe(3);
  });

  it('sameRecord compares contents and order', () => {
    expect(sameRecord({ a: '1' }, { a: '1' })).toBe(true);
    expect(sameRecord(undefined, {})).toBe(true);
    expect(sameRecord({ a: ['1'] }, { a: '1' })).toBe(false);
  });
});
