// The RecordStore on IndexedDB, through idb. `update` reads and writes in one readwrite transaction.
import type { IDBPDatabase } from 'idb';
import type { LibraryRecord } from './library-records.ts';
import type { RecordStore } from './record-store.ts';
import { openDatabase, STORE } from './open-database.ts';
import type { OpenCallbacks } from './open-database.ts';

export async function idbRecordStore(
  factory: IDBFactory | undefined,
  callbacks: OpenCallbacks = {},
): Promise<RecordStore> {
  const db: IDBPDatabase = await openDatabase(factory, callbacks);
  return {
    getAll: async () => (await db.getAll(STORE)) as LibraryRecord[],
    get: async (id) => (await db.get(STORE, id)) as LibraryRecord | undefined,
    update: async (id, change) => {
      const tx = db.transaction(STORE, 'readwrite');
      const stored = (await tx.store.get(id)) as LibraryRecord | undefined;
      let record: LibraryRecord;
      try {
        record = change(stored);
      } catch (e) {
        tx.abort();
        await tx.done.catch(() => {});
        throw e;
      }
      await tx.store.put(record);
      await tx.done;
      return record;
    },
    delete: async (ids) => {
      const tx = db.transaction(STORE, 'readwrite');
      await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
    },
    close: () => db.close(),
  };
}
