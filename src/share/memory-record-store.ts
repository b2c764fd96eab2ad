// A RecordStore in memory: for tests, and for a tab whose browser refuses IndexedDB (designs last until it closes).
// Records are copied in and out, as IndexedDB's structured clone does, so callers never share objects with it.
import type { LibraryRecord } from './library-records.ts';
import type { RecordStore } from './record-store.ts';

export function memoryRecordStore(
  initial: readonly LibraryRecord[] = [],
): RecordStore & { records: Map<string, LibraryRecord> } {
  const records = new Map(initial.map((r) => [r.id, structuredClone(r)]));
  return {
    records,
    getAll: async () => [...records.values()].map((r) => structuredClone(r)),
    get: async (id) => (records.has(id) ? structuredClone(records.get(id)!) : undefined),
    update: async (id, change) => {
      const next = change(records.has(id) ? structuredClone(records.get(id)!) : undefined);
      records.set(id, structuredClone(next));
      return next;
    },
    delete: async (ids) => {
      for (const id of ids) records.delete(id);
    },
    close: () => {},
  };
}
