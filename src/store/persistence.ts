// Keeps the current design and selected sample across reloads (sessionStorage and localStorage, with large sample
// bodies in IndexedDB: large-bodies.ts): the crash-safe fast path. The library of saved designs (IndexedDB, library-slice.ts) is the store of record: `autosaveToLibrary`
// saves the open design there shortly after each change. A stored value is untrusted: it is loaded through the model's
// restore step (the design document's schema), and anything unreadable is set aside (quarantine.ts, never deleted) and
// the page starts from the default design with a notice instead of breaking.
import type { Design } from '../model/types.ts';
import type { LibraryChange } from '../share/index.ts';
import { type BodyRefs, type BodyStore, readBodyRefs, splitLargeBodies } from './large-bodies.ts';
import { shouldAutosave, type OpenDocument } from './library-state.ts';
import { quarantine } from './quarantine.ts';
import type { DesignerStore } from './store-types.ts';

export const STORAGE_KEY = 'integration-designer:current';

export interface PersistedEnvelope {
  /** The serialized design document (docs/design-contracts.md#design-document). */
  design: unknown;
  selectedSample: number;
  /** Which saved design it is, and whether the library has this very version (`saved`). Absent before the library. */
  document?: OpenDocument & { saved: boolean };
  /** Sample bodies left out of `design` because of their size, by sample index: their ids in IndexedDB. */
  bodies?: BodyRefs;
}

export interface PersistenceCodec {
  /** Upgrades and checks a stored design; throws with a readable message when it cannot. */
  restore: (json: unknown) => Design;
  serialize: (design: Design) => unknown;
  fallback: () => Design;
}

export interface LoadedState {
  design: Design;
  selectedSample: number;
  /** Set when the stored value could not be used, to tell the user what happened. */
  notice: string | null;
  /** The saved design it is (null: not in the library), and whether the library has this version. */
  document: OpenDocument | null;
  saved: boolean;
  /** Large sample bodies to read back from IndexedDB (large-bodies.ts) before the design is complete. */
  bodies: BodyRefs;
}

/** `setItem`, when given, is used only to set an unreadable design aside (quarantine.ts). */
type ReadableStorage = Pick<Storage, 'getItem'> & Partial<Pick<Storage, 'setItem'>>;
type WritableStorage = Pick<Storage, 'setItem'>;

export function loadPersisted(storage: ReadableStorage | null, codec: PersistenceCodec): LoadedState {
  const fresh = (notice: string | null): LoadedState => ({
    design: codec.fallback(),
    selectedSample: 0,
    notice,
    document: null,
    saved: true,
    bodies: {},
  });
  let raw: string | null;
  try {
    raw = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return fresh(null); // storage disabled (privacy mode): nothing was saved, nothing to report
  }
  if (raw === null) return fresh(null);
  try {
    const envelope = JSON.parse(raw) as Partial<PersistedEnvelope> | null;
    if (!envelope || typeof envelope !== 'object' || !('design' in envelope))
      throw new Error('no design in the saved value');
    const design = codec.restore(envelope.design);
    const selectedSample = Number.isInteger(envelope.selectedSample) ? Number(envelope.selectedSample) : 0;
    const document = readDocument(envelope.document);
    // A design stored before the library existed (no document) is not in the library yet: it gets saved there.
    return {
      design,
      selectedSample,
      notice: null,
      document: document?.document ?? null,
      saved: document?.saved ?? false,
      bodies: readBodyRefs(envelope.bodies),
    };
  } catch (e) {
    // Set aside, never deleted: the next save overwrites STORAGE_KEY with the default design.
    const reason = (e as Error).message;
    const kept = quarantine(storage, raw, reason);
    return fresh(
      `The design saved in this browser could not be read (${reason}); started from the default design.${kept ? ' The design that could not be read was set aside in this browser, not deleted.' : ''}`,
    );
  }
}

/** The envelope's `document`, checked field by field (a stored value is untrusted); null when absent or unusable. */
function readDocument(value: unknown): { document: OpenDocument; saved: boolean } | null {
  const d = value as Partial<PersistedEnvelope['document']> | null | undefined;
  if (!d || typeof d !== 'object') return null;
  const id = typeof d.id === 'string' && d.id !== '' ? d.id : null;
  const revision = Number.isSafeInteger(d.revision) && Number(d.revision) >= 0 ? Number(d.revision) : 0;
  const shared = d.shared === true;
  if (d.inWorkspace === true)
    return { document: { id: null, revision: 0, shared: false, inWorkspace: true }, saved: d.saved === true };
  if (shared || id === null) return { document: { id: null, revision: 0, shared }, saved: d.saved === true };
  return { document: { id, revision, shared }, saved: d.saved === true };
}

/**
 * This tab's copy first, then the browser's: the envelope is written to both sessionStorage (per tab, survives a
 * reload) and localStorage (shared, survives a restart). So a reload shows what *this* tab had open even when another
 * tab wrote since, and a new tab or a restarted browser shows what was open last. Either may be missing or refuse.
 */
export function tabFirstStorage(tab: Storage | null, browser: Storage | null): Pick<Storage, 'getItem' | 'setItem'> {
  return {
    getItem: (key) => {
      const attempt = (s: Storage | null) => {
        try {
          return s?.getItem(key) ?? null;
        } catch {
          return null;
        }
      };
      return attempt(tab) ?? attempt(browser);
    },
    setItem: (key, value) => {
      let failure: unknown = null;
      for (const s of [tab, browser]) {
        try {
          s?.setItem(key, value);
        } catch (e) {
          failure = e;
        }
      }
      if (failure !== null) throw failure;
    },
  };
}

export function savePersisted(
  storage: WritableStorage,
  design: Design,
  selectedSample: number,
  codec: PersistenceCodec,
  document?: PersistedEnvelope['document'],
  bodies?: BodyRefs,
): void {
  const envelope: PersistedEnvelope = {
    design: codec.serialize(design),
    selectedSample,
    ...(document ? { document } : {}),
    ...(bodies && Object.keys(bodies).length ? { bodies } : {}),
  };
  storage.setItem(STORAGE_KEY, JSON.stringify(envelope));
}

export interface Scheduler {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

/** How long a body stays in IndexedDB unreferenced by this tab (another tab, closed since, may have stored it). */
export const BODY_RETENTION_MS = 7 * 24 * 3600 * 1000;

/**
 * Saves the design and selected sample shortly after they change (coalescing bursts of keystrokes), and once more when
 * asked to (`flush`, e.g. when the page is hidden). `stop` flushes a pending save and stops saving.
 * With a `bodies` store, large sample bodies go there (asynchronously, each written once) and the envelope, written
 * after them, refers to them: nothing written on the main thread grows with the size of a body.
 */
export function persistStore(
  store: DesignerStore,
  storage: WritableStorage,
  codec: PersistenceCodec,
  delayMs = 300,
  scheduler: Scheduler = { setTimeout: (f, ms) => setTimeout(f, ms), clearTimeout: (h) => clearTimeout(h as number) },
  largeBodies: { store: BodyStore; loaded?: BodyRefs } | null = null,
): { flush: () => void; saveNow: () => void; stop: () => void; idle: () => Promise<void> } {
  let pending: unknown = null;
  const bodies = largeBodies?.store ?? null;
  /** Per sample index, the large body this tab stored last (or loaded) and its id. */
  const stored = new Map<number, { body: string; id: string }>();
  const samples = store.getState().design.samples;
  for (const [index, id] of Object.entries(largeBodies?.loaded ?? {})) {
    const body = samples[Number(index)]?.body;
    if (typeof body === 'string') stored.set(Number(index), { body, id });
  }
  let referenced = new Set(Object.values(largeBodies?.loaded ?? {}));
  /** Saves in order: an envelope is written only once the bodies it refers to are. */
  let queue: Promise<void> = Promise.resolve();
  const write = (design: Design, selectedSample: number, document: PersistedEnvelope['document'], refs?: BodyRefs) => {
    try {
      savePersisted(storage, design, selectedSample, codec, document, refs);
    } catch {
      // Quota exceeded or storage disabled: keep working; the design is still in memory (and in the library).
    }
  };
  const flush = () => {
    if (pending !== null) scheduler.clearTimeout(pending);
    pending = null;
    const { design, selectedSample, library } = store.getState();
    const document = { ...library.document, saved: design === library.savedDesign };
    if (!bodies) return write(design, selectedSample, document);
    const fresh: Array<[string, string]> = [];
    const split = splitLargeBodies(design, (index, body) => {
      const known = stored.get(index);
      if (known && known.body === body) return known.id;
      const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
      stored.set(index, { body, id });
      fresh.push([id, body]);
      return id;
    });
    for (const index of [...stored.keys()]) if (!(String(index) in split.refs)) stored.delete(index);
    queue = queue.then(async () => {
      try {
        await Promise.all(fresh.map(([id, body]) => bodies.put(id, body)));
      } catch {
        // IndexedDB refused (quota): the envelope would point at nothing; the library still has the design.
        return;
      }
      write(split.design, selectedSample, document, split.refs);
      const now = new Set(Object.values(split.refs));
      const retired = [...referenced].filter((id) => !now.has(id));
      referenced = now;
      await bodies.prune(retired, now, BODY_RETENTION_MS).catch(() => {});
    });
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.design === previous.design &&
      state.selectedSample === previous.selectedSample &&
      state.library.document === previous.library.document &&
      state.library.savedDesign === previous.library.savedDesign
    ) {
      return;
    }
    if (pending !== null) scheduler.clearTimeout(pending);
    // Which saved design is open is written at once: a tab opened right after must not save this design again as new.
    if (state.library.document !== previous.library.document) flush();
    else pending = scheduler.setTimeout(flush, delayMs);
  });
  return {
    flush: () => {
      if (pending !== null) flush();
    },
    saveNow: flush,
    stop: () => {
      unsubscribe();
      if (pending !== null) flush();
    },
    idle: () => queue,
  };
}

export const AUTOSAVE_DELAY_MS = 500;

const browserScheduler: Scheduler = {
  setTimeout: (f, ms) => setTimeout(f, ms),
  clearTimeout: (h) => clearTimeout(h as number),
};

/**
 * Saves the open design to the library `delayMs` after the last change (a burst of keystrokes is one save). `flush`
 * starts a pending save at once (page hidden); `stop` stops listening.
 */
export function autosaveToLibrary(
  store: DesignerStore,
  delayMs = AUTOSAVE_DELAY_MS,
  scheduler: Scheduler = browserScheduler,
): { flush: () => void; stop: () => void } {
  let pending: unknown = null;
  const save = () => {
    pending = null;
    // Checked again now: the design may have been saved, switched or put in conflict since the change.
    if (shouldAutosave(store.getState())) void store.getState().actions.saveDesign();
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.design === previous.design || !shouldAutosave(state)) return;
    if (pending !== null) scheduler.clearTimeout(pending);
    pending = scheduler.setTimeout(save, delayMs);
  });
  const flush = () => {
    if (pending === null) return;
    scheduler.clearTimeout(pending);
    save();
  };
  return {
    flush,
    stop: () => {
      unsubscribe();
      if (pending !== null) scheduler.clearTimeout(pending);
    },
  };
}

/**
 * Connects the store to the library: opens it (reconciling the open design with its stored copy), autosaves, and
 * listens to changes made by other tabs (`listen` is share's onLibraryChange in the browser).
 */
export function syncWithLibrary(
  store: DesignerStore,
  listen: (listener: (change: LibraryChange) => void) => () => void,
  delayMs = AUTOSAVE_DELAY_MS,
): { flush: () => void; stop: () => void } {
  const autosave = autosaveToLibrary(store, delayMs);
  const unlisten = listen((change) => void store.getState().actions.libraryChanged(change));
  void store.getState().actions.connectLibrary();
  return {
    flush: autosave.flush,
    stop: () => {
      autosave.stop();
      unlisten();
    },
  };
}
