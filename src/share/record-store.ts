// Where the library keeps its records: IndexedDB in the browser (idb-record-store.ts), memory in tests or when the
// browser refuses storage (memory-record-store.ts). The library's rules sit above this, in design-library.ts.
import type { LibraryRecord } from './library-records.ts';

export interface RecordStore {
  getAll(): Promise<LibraryRecord[]>;
  get(id: string): Promise<LibraryRecord | undefined>;
  /** Reads the record, lets `change` decide, writes the result, all at once: no other tab can write in between.
   *  When `change` throws, nothing is written and the error is passed on. */
  update(id: string, change: (stored: LibraryRecord | undefined) => LibraryRecord): Promise<LibraryRecord>;
  delete(ids: readonly string[]): Promise<void>;
  close(): void;
}
