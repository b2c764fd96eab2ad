// The store the app starts with: the design saved in this browser (through the model's restore step), or the default
// design with a notice when the saved one cannot be read; saved again on every change.
import { defaultDesign, parseDesignJson, restoreDesign, serializeDesign } from '../model/index.ts';
import { onLibraryChange, openLibrary } from '../share/index.ts';
import { type BodyStore, idbBodyStore, joinLargeBodies } from './large-bodies.ts';
import { loadPersisted, persistStore, syncWithLibrary, tabFirstStorage, type PersistenceCodec } from './persistence.ts';
import { createDesignerStore } from './store.ts';
import { loadPaneSizes, savePaneSizes } from './pane-sizes.ts';
import type { DesignerStore } from './store-types.ts';

export const designCodec: PersistenceCodec = {
  restore: (json) => (typeof json === 'string' ? parseDesignJson(json) : restoreDesign(json)).design,
  serialize: (design) => serializeDesign(design),
  fallback: defaultDesign,
};

/**
 * The app's store. Large sample bodies are read back from IndexedDB first (only when the saved design has some: a
 * design without them starts without waiting for IndexedDB).
 */
export async function createAppStore(
  storage: Pick<Storage, 'getItem' | 'setItem'> | null,
  openBodies: () => Promise<BodyStore> = () => idbBodyStore(),
): Promise<DesignerStore> {
  const loaded = loadPersisted(storage, designCodec);
  const layoutStorage = localStorageOrNull();
  const bodies = openBodies().catch(() => null); // refused (private mode): large bodies go to Web Storage, if they fit
  if (Object.keys(loaded.bodies).length) {
    const joined = await joinLargeBodies(loaded.design, loaded.bodies, await bodies);
    loaded.design = joined.design;
    if (joined.missing.length)
      loaded.notice = `The body of sample ${joined.missing.join(', ')} could not be read back from this browser's storage; it is empty now (the design library may have it).`;
  }
  const store = createDesignerStore({
    ...loaded,
    paneSizes: loadPaneSizes(layoutStorage),
    setAsideStorages: setAsideStorages(),
    document: loaded.document ?? undefined,
    openLibrary: () => openLibrary(),
    fallbackDesign: defaultDesign,
  });
  // Column widths are the browser's, not the design's: remembered in localStorage for every tab.
  store.subscribe((state, previous) => {
    if (state.ui.paneSizes !== previous.ui.paneSizes) savePaneSizes(layoutStorage, state.ui.paneSizes);
  });
  // The library of saved designs (IndexedDB, or memory when the browser refuses it) is the store of record.
  const library = syncWithLibrary(store, onLibraryChange);
  addEventListener('pagehide', library.flush);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && library.flush());
  if (storage) {
    // Saving starts once the body store is open; the first render does not wait for it.
    const { design, selectedSample, library } = store.getState();
    void bodies.then((bodyStore) => {
      const saver = persistStore(
        store,
        storage,
        designCodec,
        undefined,
        undefined,
        bodyStore ? { store: bodyStore, loaded: loaded.bodies } : null,
      );
      // Flush a pending save when the page goes away (a reload right after typing must not lose the last keystrokes).
      addEventListener('pagehide', saver.flush);
      document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && saver.flush());
      const now = store.getState();
      const changed =
        now.design !== design || now.selectedSample !== selectedSample || now.library.document !== library.document;
      if (changed) saver.saveNow(); // changed while the body store opened
    });
  }
  return store;
}

/** A Web Storage of this page, or null when the browser refuses it (some privacy modes throw on access). */
function webStorage(name: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return globalThis[name] ?? null;
  } catch {
    return null;
  }
}

const localStorageOrNull = () => webStorage('localStorage');

/**
 * This tab's sessionStorage over the browser's localStorage (persistence.ts, tabFirstStorage); null when neither works.
 */
/** The storages designs are set aside in (quarantine.ts writes to both, through browserStorage). */
function setAsideStorages(): Storage[] {
  return [webStorage('localStorage'), webStorage('sessionStorage')].filter((s): s is Storage => s !== null);
}

export function browserStorage(): Pick<Storage, 'getItem' | 'setItem'> | null {
  const tab = webStorage('sessionStorage');
  const browser = webStorage('localStorage');
  return tab || browser ? tabFirstStorage(tab, browser) : null;
}
