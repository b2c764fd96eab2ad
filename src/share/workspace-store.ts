// Workspaces (whole APIs) saved in the browser, beside the saved designs: the same IndexedDB database
// (open-database.ts), its own object store. A stored workspace is untrusted when read back (another version of the
// app, a damaged profile): the caller restores it through src/workspace/restore-workspace.ts, and a record that fails
// is reported and kept, never deleted.
import type { IDBPDatabase } from 'idb';
import { toStorageError } from './library-errors.ts';
import { openDatabase, WORKSPACE_STORE } from './open-database.ts';

export interface StoredWorkspace {
  id: string;
  name: string;
  updatedAt: number;
  /** The workspace document (unknown until restored). */
  workspace: unknown;
  /**
   * Each method's original, by method key (unknown until checked: src/store/workspace-originals.ts). Absent in
   * workspaces stored before originals were kept.
   */
  originals?: unknown;
}

export interface WorkspaceStore {
  get(id: string): Promise<StoredWorkspace | undefined>;
  put(record: StoredWorkspace): Promise<void>;
  /** Every stored workspace's id, name and date, newest first (the documents are not read). */
  list(): Promise<WorkspaceEntry[]>;
}

export type WorkspaceEntry = Pick<StoredWorkspace, 'id' | 'name' | 'updatedAt'>;

function entry(value: unknown): WorkspaceEntry | null {
  const r = value as Partial<StoredWorkspace> | null;
  if (!r || typeof r.id !== 'string' || typeof r.name !== 'string' || typeof r.updatedAt !== 'number') return null;
  return { id: r.id, name: r.name, updatedAt: r.updatedAt };
}

export async function openWorkspaceStore(
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<WorkspaceStore> {
  const db: IDBPDatabase = await openDatabase(factory);
  const guarded =
    <A extends unknown[], T>(op: (...args: A) => Promise<T>) =>
    async (...args: A): Promise<T> => {
      try {
        return await op(...args);
      } catch (e) {
        throw toStorageError(e);
      }
    };
  return {
    get: guarded(async (id: string) => (await db.get(WORKSPACE_STORE, id)) as StoredWorkspace | undefined),
    put: guarded(async (record: StoredWorkspace) => void (await db.put(WORKSPACE_STORE, record))),
    list: guarded(async () =>
      ((await db.getAll(WORKSPACE_STORE)) as unknown[])
        .map(entry)
        .filter((e) => e !== null)
        .sort((a, b) => b.updatedAt - a.updatedAt),
    ),
  };
}

/** A WorkspaceStore in memory (tests; a browser that refuses IndexedDB keeps workspaces until the tab closes). */
export function memoryWorkspaceStore(): WorkspaceStore & { records: Map<string, StoredWorkspace> } {
  const records = new Map<string, StoredWorkspace>();
  return {
    records,
    get: async (id) => structuredClone(records.get(id)),
    put: async (record) => void records.set(record.id, structuredClone(record)),
    list: async () =>
      [...records.values()]
        .map(({ id, name, updatedAt }) => ({ id, name, updatedAt }))
        .sort((a, b) => b.updatedAt - a.updatedAt),
  };
}
