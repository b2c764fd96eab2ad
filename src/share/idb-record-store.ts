// The RecordStore on IndexedDB, through idb. `update` reads and writes in one readwrite transaction. Large sample
// bodies are stored as Blobs (record-bodies.ts): `get` and a conflict's stored copy give them back as text; `getAll`
// (listing, duplicating, purging) leaves them as they are stored.
import type { IDBPDatabase } from 'idb';
import { ConflictError } from './library-errors.ts';
import type { LibraryRecord } from './library-records.ts';
import type { RecordStore } from './record-store.ts';
import { STORE } from './open-database.ts';
import { withBlobBodies, withTextBodies } from './record-bodies.ts';

export function idbRecordStore(db: IDBPDatabase): RecordStore {
  return {
    getAll: async () => (await db.getAll(STORE)) as LibraryRecord[],
    get: async (id) => {
      const stored = (await db.get(STORE, id)) as LibraryRecord | undefined;
      return stored && (await withTextBodies(stored));
    },
    update: async (id, change) => {
      const tx = db.transaction(STORE, 'readwrite');
      const stored = (await tx.store.get(id)) as LibraryRecord | undefined;
      let record: LibraryRecord;
      try {
        record = change(stored);
      } catch (e) {
        tx.abort();
        await tx.done.catch(() => {});
        if (e instanceof ConflictError && e.stored)
          throw new ConflictError(await withTextBodies(e.stored), e.expectedRevision);
        throw e;
      }
      await tx.store.put(withBlobBodies(record));
      await tx.done;
      return withTextBodies(record); // a rename or removal carries the stored design on: its bodies as text again
    },
    delete: async (ids) => {
      const tx = db.transaction(STORE, 'readwrite');
      await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
    },
    close: () => db.close(),
  };
}
