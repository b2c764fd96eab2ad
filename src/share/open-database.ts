// Opens the library's IndexedDB database from a given IDBFactory (the browser's, or a test double), as idb's openDB
// does with the global one, and turns every failure into a StorageError: no IndexedDB, refused, blocked by an older
// tab, quota. Schema: the object stores `designs` (version 1) and `workspaces` (version 2), both keyed by `id`, and
// `revisions` (version 3: the history of saved designs, keyed by [designId, startedAt]). Each upgrade only adds what
// is missing, so a database of any earlier version keeps its records.
import { wrap } from 'idb';
import type { IDBPDatabase } from 'idb';
import { StorageError, toStorageError } from './library-errors.ts';

export const DATABASE_NAME = 'integration-designer';
export const DATABASE_VERSION = 3;
export const STORE = 'designs';
/** Whole APIs opened as workspaces (workspace-store.ts). */
export const WORKSPACE_STORE = 'workspaces';
/** The last revisions of each saved design (revision-store.ts). */
export const REVISION_STORE = 'revisions';

export interface OpenCallbacks {
  /** This tab holds the database open while a newer version wants it: the connection is closed. */
  onClosedForUpgrade?: () => void;
}

export function openDatabase(factory: IDBFactory | undefined, callbacks: OpenCallbacks = {}): Promise<IDBPDatabase> {
  if (!factory) return Promise.reject(new StorageError('unavailable', 'no IndexedDB'));
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (!settled) reject(toStorageError(error));
      settled = true;
    };
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DATABASE_NAME, DATABASE_VERSION);
    } catch (e) {
      fail(e); // Some browsers throw SecurityError here in private mode.
      return;
    }
    request.addEventListener('upgradeneeded', () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(WORKSPACE_STORE)) db.createObjectStore(WORKSPACE_STORE, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(REVISION_STORE))
        db.createObjectStore(REVISION_STORE, { keyPath: ['designId', 'startedAt'] });
    });
    request.addEventListener('blocked', () => fail(new StorageError('blocked')));
    (wrap(request) as Promise<IDBPDatabase>).then((db) => {
      if (settled) {
        db.close(); // blocked first, opened later: the caller has already been told
        return;
      }
      settled = true;
      db.addEventListener('versionchange', () => {
        db.close();
        callbacks.onClosedForUpgrade?.();
      });
      resolve(db);
    }, fail);
  });
}
