// Where the history of saved designs is kept (design-revisions.ts has its rules): IndexedDB's `revisions` object
// store beside the library's records, one entry per revision keyed by [designId, startedAt], so that a save reads
// and writes one revision, never the whole history; in memory for tests and a browser that refuses IndexedDB.
// Values read back are untrusted: the library checks them (isStoredRevision) before using them.
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { Design } from '../model/types.ts';
import { isStoredRevision, revisionOfRecord, revisionOfSave, revisionsOverLimit } from './design-revisions.ts';
import type { StoredRevision } from './design-revisions.ts';
import { REVISION_STORE } from './open-database.ts';
import { withBlobBodies } from './record-bodies.ts';
import type { LibraryRecord } from './library-records.ts';

export interface RevisionStore {
  /**
   * Records a save of `design` in the history of record `id` (revisionOfSave), all at once; `previous` is the record
   * as it was before the save (its first revision when the history is empty).
   */
  recordSave(id: string, design: Design, now: number, previous?: LibraryRecord): Promise<void>;
  /** Ends the newest revision of `id` (a save by hand): the next change starts another. */
  keep(id: string): Promise<void>;
  /** Every stored revision of `id`, unchecked. */
  list(id: string): Promise<unknown[]>;
  get(id: string, startedAt: number): Promise<unknown>;
  deleteAll(ids: readonly string[]): Promise<void>;
}

/** The revisions a save writes, given the newest stored one (checked: an unreadable newest is as none). */
function revisionsOfSave(
  newest: unknown,
  id: string,
  design: Design,
  now: number,
  previous: LibraryRecord | undefined,
): StoredRevision[] {
  const readable = isStoredRevision(newest) ? newest : undefined;
  const seed = !readable && previous && previous.deletedAt === null ? revisionOfRecord(previous) : undefined;
  const next = revisionOfSave(readable ?? seed, id, design, now);
  return [...(seed ? [seed] : []), ...(next ? [next] : [])];
}

export function memoryRevisionStore(): RevisionStore & { revisions: Map<string, StoredRevision[]> } {
  const revisions = new Map<string, StoredRevision[]>();
  const of = (id: string) => revisions.get(id) ?? [];
  return {
    revisions,
    recordSave: async (id, design, now, previous) => {
      const written = revisionsOfSave(of(id).at(-1), id, structuredClone(design), now, previous);
      const kept = [...of(id).filter((r) => !written.some((w) => w.startedAt === r.startedAt)), ...written];
      const over = new Set(revisionsOverLimit(kept.map((r) => r.startedAt)));
      revisions.set(
        id,
        kept.filter((r) => !over.has(r.startedAt)).sort((a, b) => a.startedAt - b.startedAt),
      );
    },
    keep: async (id) => {
      const newest = of(id).at(-1);
      if (newest) newest.kept = true;
    },
    list: async (id) => structuredClone(of(id)),
    get: async (id, startedAt) => structuredClone(of(id).find((r) => r.startedAt === startedAt)),
    deleteAll: async (ids) => {
      for (const id of ids) revisions.delete(id);
    },
  };
}

/** The range of keys [id, startedAt] of one design's revisions. */
const rangeOf = (id: string) => IDBKeyRange.bound([id, -Infinity], [id, Infinity]);

export function idbRevisionStore(db: IDBPDatabase): RevisionStore {
  /** The newest revision of `id` (a cursor from the end: one value read). */
  const newestIn = async (tx: IDBPTransaction<unknown, [typeof REVISION_STORE], 'readwrite'>, id: string) =>
    (await tx.store.openCursor(rangeOf(id), 'prev'))?.value as unknown;
  return {
    recordSave: async (id, design, now, previous) => {
      const tx = db.transaction(REVISION_STORE, 'readwrite');
      const written = revisionsOfSave(await newestIn(tx, id), id, design, now, previous);
      for (const revision of written) await tx.store.put(withBlobBodies(revision));
      if (written.length > 0) {
        const keys = (await tx.store.getAllKeys(rangeOf(id))) as [string, number][];
        for (const startedAt of revisionsOverLimit(keys.map((k) => k[1]))) await tx.store.delete([id, startedAt]);
      }
      await tx.done;
    },
    keep: async (id) => {
      const tx = db.transaction(REVISION_STORE, 'readwrite');
      const newest = await newestIn(tx, id);
      if (isStoredRevision(newest) && !newest.kept) await tx.store.put({ ...newest, kept: true });
      await tx.done;
    },
    list: async (id) => (await db.getAll(REVISION_STORE, rangeOf(id))) as unknown[],
    get: async (id, startedAt) => (await db.get(REVISION_STORE, [id, startedAt])) as unknown,
    deleteAll: async (ids) => {
      const tx = db.transaction(REVISION_STORE, 'readwrite');
      await Promise.all([...ids.map((id) => tx.store.delete(rangeOf(id))), tx.done]);
    },
  };
}
