// The store the app starts with: the design saved in this browser (through the model's restore step), or the default
// design with a notice when the saved one cannot be read; saved again on every change.
import { defaultDesign, parseDesignJson, restoreDesign, serializeDesign } from '../model/index.ts';
import { loadPersisted, persistStore, type PersistenceCodec } from './persistence.ts';
import { createDesignerStore } from './store.ts';
import type { DesignerStore } from './store-types.ts';

export const designCodec: PersistenceCodec = {
  restore: (json) => (typeof json === 'string' ? parseDesignJson(json) : restoreDesign(json)).design,
  serialize: (design) => serializeDesign(design),
  fallback: defaultDesign,
};

export function createAppStore(storage: Storage | null): DesignerStore {
  const loaded = loadPersisted(storage, designCodec);
  const store = createDesignerStore(loaded);
  if (storage) {
    const saver = persistStore(store, storage, designCodec);
    // Flush a pending save when the page goes away (a reload right after typing must not lose the last keystrokes).
    addEventListener('pagehide', saver.flush);
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && saver.flush());
  }
  return store;
}

export function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
