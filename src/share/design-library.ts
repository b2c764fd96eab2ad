// The library of saved designs in the browser. Every method resolves with its result or rejects with a ConflictError
// (another tab saved first: it carries the stored copy) or a StorageError (a message to show); nothing else escapes.
// The rules are the pure functions of library-records.ts; storage is a RecordStore (IndexedDB by default). Each save
// is also recorded in the design's history (design-revisions.ts, revision-store.ts), which Compare reads.
import type { Design } from '../model/types.ts';
import { announceLibraryChange } from './library-channel.ts';
import type { LibraryChange } from './library-channel.ts';
import { StorageError, toStorageError } from './library-errors.ts';
import {
  copyName,
  duplicatedRecord,
  expiredTombstones,
  listEntries,
  readableRecords,
  removedRecord,
  renamedRecord,
  restoredRecord,
  savedRecord,
} from './library-records.ts';
import type { LibraryEntry, LibraryRecord, OriginalDesign, SaveOptions } from './library-records.ts';
import { idbRecordStore } from './idb-record-store.ts';
import { openDatabase } from './open-database.ts';
import type { RecordStore } from './record-store.ts';
import { revisionEntries, isStoredRevision } from './design-revisions.ts';
import type { RevisionEntry, StoredRevision } from './design-revisions.ts';
import { idbRevisionStore, memoryRevisionStore } from './revision-store.ts';
import type { RevisionStore } from './revision-store.ts';
import { withTextBodies } from './record-bodies.ts';

export interface LibraryOptions {
  /** Defaults to the browser's `indexedDB`; absent (private mode, Node) rejects with StorageError 'unavailable'. */
  factory?: IDBFactory;
  now?: () => number;
  newId?: () => string;
  /** Defaults to announcing on the BroadcastChannel that onLibraryChange listens to (library-channel.ts). */
  announce?: (change: LibraryChange) => void;
}

export interface DesignLibrary {
  /** Live designs, newest first; `search` matches every word in the name, ignoring case and accents. */
  list(options?: { search?: string }): Promise<LibraryEntry[]>;
  /** The live record, or null when there is none (or it was removed). */
  get(id: string): Promise<LibraryRecord | null>;
  /** Without id: a new design. With id and expectedRevision: ConflictError when another tab saved since. */
  save(design: Design, options?: SaveOptions): Promise<LibraryRecord>;
  rename(id: string, name: string, expectedRevision?: number): Promise<LibraryRecord>;
  duplicate(id: string): Promise<LibraryRecord>;
  /** Soft delete: the record stays as a tombstone until purged, so that `restore` undoes it. */
  remove(id: string, expectedRevision?: number): Promise<LibraryRecord>;
  restore(id: string): Promise<LibraryRecord>;
  /**
   * Keeps `original` with the record, without a new revision: it is what Compare measures changes against, not part of
   * the design, so it never makes another tab's copy stale.
   */
  setOriginal(id: string, original: OriginalDesign): Promise<LibraryRecord>;
  /** The last revisions of a saved design (design-revisions.ts), newest first; unreadable ones are left out. */
  revisions(id: string): Promise<RevisionEntry[]>;
  /** One revision, its design unchecked (the caller restores it); null when it is gone or unreadable. */
  revision(id: string, startedAt: number): Promise<StoredRevision | null>;
  /** Ends the design's newest revision (a save by hand): the next change starts another. */
  keepRevision(id: string): Promise<void>;
  /** Deletes for good the tombstones older than `keepMs` (default one week), and their history; returns their ids. */
  purgeRemoved(keepMs?: number): Promise<string[]>;
  close(): void;
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

function browserFactory(): IDBFactory | undefined {
  try {
    return typeof indexedDB === 'undefined' ? undefined : indexedDB;
  } catch {
    return undefined; // some sandboxed frames throw on access
  }
}

/** Opens the library on IndexedDB. Rejects with StorageError ('unavailable', 'blocked', ...) when it cannot. */
export async function openLibrary(options: LibraryOptions = {}): Promise<DesignLibrary> {
  let closed: StorageError | null = null;
  const db = await openDatabase(options.factory ?? browserFactory(), {
    onClosedForUpgrade: () => {
      closed = new StorageError('closed');
    },
  });
  return createLibrary(idbRecordStore(db), { ...options, revisions: idbRevisionStore(db), isClosed: () => closed });
}

export function createLibrary(
  store: RecordStore,
  options: Omit<LibraryOptions, 'factory'> & { isClosed?: () => StorageError | null; revisions?: RevisionStore } = {},
): DesignLibrary {
  const history = options.revisions ?? memoryRevisionStore();
  const now = options.now ?? Date.now;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const announce = options.announce ?? ((change: LibraryChange) => announceLibraryChange(change));

  async function guarded<T>(operation: () => Promise<T>): Promise<T> {
    const closed = options.isClosed?.();
    if (closed) throw closed;
    try {
      return await operation();
    } catch (e) {
      throw toStorageError(e);
    }
  }

  function update(
    id: string,
    change: (stored: LibraryRecord | undefined) => LibraryRecord,
    type: LibraryChange['type'],
  ): Promise<LibraryRecord> {
    return guarded(async () => {
      const record = await store.update(id, change);
      announce({ type, id, revision: record.revision });
      return record;
    });
  }

  const live = (stored: LibraryRecord | undefined): LibraryRecord => {
    if (!stored || stored.deletedAt !== null) throw new StorageError('not-found');
    return stored;
  };

  return {
    list: ({ search } = {}) => guarded(async () => listEntries(await store.getAll(), search)),
    get: (id) =>
      guarded(async () => {
        const stored = await store.get(id);
        const [readable] = stored ? readableRecords([stored]) : [];
        return readable && readable.deletedAt === null ? readable : null;
      }),
    save: async (design, { id, ...options } = {}) => {
      const key = id ?? newId();
      const at = now();
      let previous: LibraryRecord | undefined;
      const record = await update(
        key,
        (stored) => {
          previous = stored;
          return savedRecord(stored, design, { ...options, id: key }, at);
        },
        'saved',
      );
      // The design is saved: a history that cannot be written must not make it look unsaved (its next save would
      // then be refused as a conflict with itself). The history is the lesser record; the design's record is the one.
      await history.recordSave(key, design, at, previous).catch(() => {});
      return record;
    },
    rename: (id, name, expectedRevision) =>
      update(id, (stored) => renamedRecord(live(stored), name, now(), expectedRevision), 'renamed'),
    duplicate: (id) =>
      guarded(async () => {
        const all = readableRecords(await store.getAll());
        const source = live(all.find((r) => r.id === id));
        const copy = duplicatedRecord(
          source,
          newId(),
          copyName(
            source.name,
            all.filter((r) => r.deletedAt === null).map((r) => r.name),
          ),
          now(),
        );
        return update(copy.id, () => copy, 'saved');
      }),
    remove: (id, expectedRevision) =>
      update(id, (stored) => removedRecord(live(stored), now(), expectedRevision), 'removed'),
    restore: (id) =>
      update(
        id,
        (stored) => {
          if (!stored) throw new StorageError('not-found');
          return stored.deletedAt === null ? stored : restoredRecord(stored, now());
        },
        'restored',
      ),
    setOriginal: (id, original) => update(id, (stored) => ({ ...live(stored), original }), 'saved'),
    revisions: (id) => guarded(async () => revisionEntries(await history.list(id))),
    revision: (id, startedAt) =>
      guarded(async () => {
        const found = await history.get(id, startedAt);
        return isStoredRevision(found) && found.designId === id ? withTextBodies(found) : null;
      }),
    keepRevision: (id) => guarded(() => history.keep(id)),
    purgeRemoved: (keepMs = WEEK_MS) =>
      guarded(async () => {
        const ids = expiredTombstones(await store.getAll(), now(), keepMs);
        await store.delete(ids);
        await history.deleteAll(ids);
        for (const id of ids) announce({ type: 'purged', id, revision: 0 });
        return ids;
      }),
    close: () => store.close(),
  };
}
