// Large sample bodies are kept for the tab-reload copy in IndexedDB, not in sessionStorage/localStorage: Web Storage
// is synchronous (serialising and writing megabytes on the main thread every few hundred milliseconds while the user
// types) and small (about 5 MB per origin in Chromium, so a 5 MB body failed on quota and the copy was lost).
// The stored design envelope keeps a small design with those bodies left out and, per sample, the id of its body
// here; bodies are written asynchronously, before the envelope that refers to them.
import { openDB, type IDBPDatabase } from 'idb';
import type { Design } from '../model/types.ts';

/** A body longer than this (characters) is stored here rather than inside the envelope. */
export const LARGE_BODY_CHARS = 32 * 1024;

export interface BodyStore {
  put(id: string, body: string): Promise<void>;
  get(id: string): Promise<string | undefined>;
  /** Deletes the bodies in `ids`, and those older than `olderThanMs` that are not in `keep` (closed tabs' bodies). */
  prune(ids: readonly string[], keep: ReadonlySet<string>, olderThanMs: number): Promise<void>;
}

/** sample index (as a string) -> body id in the BodyStore. */
export type BodyRefs = Record<string, string>;

/** The design with its large sample bodies left out (''), and where they are. `ids` gives each body's id. */
export function splitLargeBodies(
  design: Design,
  idFor: (index: number, body: string) => string,
): { design: Design; refs: BodyRefs; bodies: Map<string, string> } {
  const refs: BodyRefs = {};
  const bodies = new Map<string, string>();
  let samples: Design['samples'] | null = null;
  design.samples.forEach((sample, index) => {
    const body = sample.body;
    if (typeof body !== 'string' || body.length <= LARGE_BODY_CHARS) return;
    const id = idFor(index, body);
    refs[String(index)] = id;
    bodies.set(id, body);
    samples ??= [...design.samples];
    samples[index] = { ...sample, body: '' };
  });
  return { design: samples ? { ...design, samples } : design, refs, bodies };
}

/** Reads stored body references (untrusted): only `"<index>": "<id>"` pairs are kept. */
export function readBodyRefs(value: unknown): BodyRefs {
  const refs: BodyRefs = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return refs;
  for (const [index, id] of Object.entries(value)) {
    if (/^\d+$/.test(index) && typeof id === 'string' && id !== '') refs[index] = id;
  }
  return refs;
}

/**
 * Puts the stored bodies back into a restored design. Returns the samples (names or numbers) whose body was not
 * found, so the caller can say so: nothing the user made is lost without telling them.
 */
export async function joinLargeBodies(
  design: Design,
  refs: BodyRefs,
  store: BodyStore | null,
): Promise<{ design: Design; missing: string[] }> {
  const entries = Object.entries(refs);
  if (entries.length === 0) return { design, missing: [] };
  const samples = [...design.samples];
  const missing: string[] = [];
  await Promise.all(
    entries.map(async ([key, id]) => {
      const index = Number(key);
      const sample = samples[index];
      if (!sample) return;
      const body = await store?.get(id).catch(() => undefined);
      if (typeof body === 'string') samples[index] = { ...sample, body };
      else missing.push(sample.name ? `"${sample.name}"` : `#${index + 1}`);
    }),
  );
  return { design: { ...design, samples }, missing };
}

const DATABASE = 'integration-designer-bodies';
const STORE = 'bodies';

interface BodyRecord {
  id: string;
  body: string;
  savedAt: number;
}

/** The BodyStore on IndexedDB (its own database, so the library's schema versions are not involved). */
export async function idbBodyStore(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<BodyStore> {
  if (!factory) throw new Error('no IndexedDB');
  const db: IDBPDatabase = await openDB(DATABASE, 1, {
    upgrade(database) {
      database.createObjectStore(STORE, { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
    },
  });
  return {
    put: async (id, body) => {
      await db.put(STORE, { id, body, savedAt: Date.now() } satisfies BodyRecord);
    },
    get: async (id) => ((await db.get(STORE, id)) as BodyRecord | undefined)?.body,
    prune: async (ids, keep, olderThanMs) => {
      const tx = db.transaction(STORE, 'readwrite');
      for (const id of ids) if (!keep.has(id)) void tx.store.delete(id);
      const before = Date.now() - olderThanMs;
      // Walks the index of dates, by key (a cursor over the store's values would read every body).
      const old = IDBKeyRange.upperBound(before, true);
      for (let c = await tx.store.index('savedAt').openKeyCursor(old); c; c = await c.continue()) {
        const id = String(c.primaryKey);
        if (!keep.has(id)) void tx.store.delete(id);
      }
      await tx.done;
    },
  };
}

/** A BodyStore in memory (tests, and when IndexedDB is refused: the bodies then last as long as the page). */
export function memoryBodyStore(): BodyStore & { records: Map<string, BodyRecord> } {
  const records = new Map<string, BodyRecord>();
  return {
    records,
    put: async (id, body) => void records.set(id, { id, body, savedAt: Date.now() }),
    get: async (id) => records.get(id)?.body,
    prune: async (ids, keep, olderThanMs) => {
      for (const id of ids) if (!keep.has(id)) records.delete(id);
      const before = Date.now() - olderThanMs;
      for (const r of [...records.values()]) if (r.savedAt < before && !keep.has(r.id)) records.delete(r.id);
    },
  };
}
