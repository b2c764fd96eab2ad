// Keeps the current design and selected sample across reloads (localStorage): the crash-safe fast path, written
// synchronously. The library of saved designs (IndexedDB, library-slice.ts) is the store of record: `autosaveToLibrary`
// saves the open design there shortly after each change. A stored value is untrusted: it is loaded through the model's
// restore step (the design document's schema), and anything unreadable is set aside (quarantine.ts, never deleted) and
// the page starts from the default design with a notice instead of breaking.
import type { Design } from '../model/types.ts';
import type { LibraryChange } from '../share/index.ts';
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
): void {
  const envelope: PersistedEnvelope = {
    design: codec.serialize(design),
    selectedSample,
    ...(document ? { document } : {}),
  };
  storage.setItem(STORAGE_KEY, JSON.stringify(envelope));
}

export interface Scheduler {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

/**
 * Saves the design and selected sample shortly after they change (coalescing bursts of keystrokes), and once more when
 * asked to (`flush`, e.g. when the page is hidden). `stop` flushes a pending save and stops saving.
 */
export function persistStore(
  store: DesignerStore,
  storage: WritableStorage,
  codec: PersistenceCodec,
  delayMs = 300,
  scheduler: Scheduler = { setTimeout: (f, ms) => setTimeout(f, ms), clearTimeout: (h) => clearTimeout(h as number) },
): { flush: () => void; stop: () => void } {
  let pending: unknown = null;
  const flush = () => {
    if (pending !== null) scheduler.clearTimeout(pending);
    pending = null;
    const { design, selectedSample, library } = store.getState();
    try {
      savePersisted(storage, design, selectedSample, codec, {
        ...library.document,
        saved: design === library.savedDesign,
      });
    } catch {
      // Quota exceeded or storage disabled: keep working; the design is still in memory.
    }
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
    stop: () => {
      unsubscribe();
      if (pending !== null) flush();
    },
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
