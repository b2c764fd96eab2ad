// The crash-safe copy (localStorage) remembers which saved design is open and whether the library has this version;
// autosave writes to the library shortly after a burst of edits, and never a shared design or one in conflict.
import { describe, expect, it } from 'vitest';
import { createDesignerStore } from '../../src/store/store.ts';
import {
  autosaveToLibrary,
  loadPersisted,
  persistStore,
  STORAGE_KEY,
  tabFirstStorage,
} from '../../src/store/persistence.ts';
import { designCodec } from '../../src/store/app-store.ts';
import { createLibrary, memoryRecordStore } from '../../src/share/index.ts';
import { fixtureDesign } from './fixture-design.ts';
import { ManualTimers } from './manual-timers.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

const envelope = (document: unknown) => JSON.stringify({ design: fixtureDesign(), selectedSample: 0, document });

describe('the localStorage envelope and the library', () => {
  it('writes which saved design is open and whether it is saved, and reads it back', async () => {
    const storage = memoryStorage();
    const store = createDesignerStore({ design: fixtureDesign() });
    const saver = persistStore(store, storage, designCodec, 300, new ManualTimers());
    store.getState().actions.editDesign((d) => ({ ...d, name: 'Kept' }));
    await store.getState().actions.saveDesign();
    saver.stop();
    const loaded = loadPersisted(storage, designCodec);
    expect(loaded.document).toEqual({ id: store.getState().library.document.id, revision: 1, shared: false });
    expect(loaded.saved).toBe(true);
  });

  it.each([
    ['no document (stored before the library): not saved, so the library gets it', undefined, null, false],
    [
      'a shared design has no id',
      { id: 'x', revision: 3, shared: true, saved: true },
      { id: null, revision: 0, shared: true },
      true,
    ],
    [
      'nonsense fields are dropped',
      { id: 42, revision: -1, shared: 'yes', saved: 1 },
      { id: null, revision: 0, shared: false },
      false,
    ],
    [
      'a bound, unsaved design',
      { id: 'a1', revision: 7, shared: false, saved: false },
      { id: 'a1', revision: 7, shared: false },
      false,
    ],
  ])('%s', (_label, document, expected, saved) => {
    const loaded = loadPersisted(memoryStorage({ [STORAGE_KEY]: envelope(document) }), designCodec);
    expect(loaded.document).toEqual(expected);
    expect(loaded.saved).toBe(saved);
  });

  it('nothing stored: a pristine default design, nothing to save', () => {
    expect(loadPersisted(memoryStorage(), designCodec)).toMatchObject({ document: null, saved: true });
  });
});

describe('autosave to the library', () => {
  function setup() {
    const records = memoryRecordStore();
    const store = createDesignerStore({
      design: fixtureDesign(),
      openLibrary: async () => createLibrary(records, { announce: () => {} }),
    });
    const timers = new ManualTimers();
    const autosave = autosaveToLibrary(store, 500, timers);
    return { records, store, timers, autosave };
  }

  it('a burst of edits is one save, 500 ms after the last one', async () => {
    const { records, store, timers } = setup();
    for (const name of ['a', 'ab', 'abc']) {
      store.getState().actions.editDesign((d) => ({ ...d, name }), 'name');
      timers.advance(200);
    }
    expect(records.records.size).toBe(0);
    timers.advance(300);
    await store.getState().actions.refreshLibrary(); // waits for the queued save
    expect([...records.records.values()].map((r) => [r.name, r.revision])).toEqual([['abc', 1]]);
  });

  it('a shared design is never autosaved', async () => {
    const { records, store, timers } = setup();
    await store.getState().actions.openShared({ ...fixtureDesign(), name: 'From a link' });
    store.getState().actions.editDesign((d) => ({ ...d, name: 'Edited shared' }));
    timers.advance(1000);
    await store.getState().actions.refreshLibrary();
    expect(records.records.size).toBe(0);
  });

  it('flush saves a pending change at once (page hidden)', async () => {
    const { records, store, autosave } = setup();
    store.getState().actions.editDesign((d) => ({ ...d, name: 'Flushed' }));
    autosave.flush();
    await store.getState().actions.refreshLibrary();
    expect([...records.records.values()].map((r) => r.name)).toEqual(['Flushed']);
  });
});

describe('tab first, then browser storage', () => {
  const storage = (initial: Record<string, string> = {}) => {
    const data = new Map(Object.entries(initial));
    return {
      data,
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    } as unknown as Storage & { data: Map<string, string> };
  };

  it("reads this tab's copy first (a reload shows what this tab had), else the browser's (a new tab, a restart)", () => {
    const tab = storage({ k: 'tab' });
    const browser = storage({ k: 'browser', other: 'browser only' });
    const layered = tabFirstStorage(tab, browser);
    expect(layered.getItem('k')).toBe('tab');
    expect(layered.getItem('other')).toBe('browser only');
    layered.setItem('k', 'new');
    expect([tab.data.get('k'), browser.data.get('k')]).toEqual(['new', 'new']);
  });

  it('a storage that throws is skipped on read, and the write still reaches the other', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as unknown as Storage;
    const browser = storage({ k: 'browser' });
    const layered = tabFirstStorage(refusing, browser);
    expect(layered.getItem('k')).toBe('browser');
    expect(() => layered.setItem('k', 'new')).toThrow('QuotaExceededError');
    expect(browser.data.get('k')).toBe('new');
  });
});
