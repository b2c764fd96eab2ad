// The library slice over an in-memory record store: autosave's target, two tabs (two stores on one record store)
// never silently overwriting each other, storage failures that never touch the open design, shared designs, delete
// with undo. The IndexedDB side is covered in e2e (library-*.spec.ts, two-tabs-conflict.spec.ts).
import { describe, expect, it } from 'vitest';
import { createDesignerStore } from '../../src/store/store.ts';
import { isDirty, saveStatus } from '../../src/store/library-state.ts';
import type { OpenDocument } from '../../src/store/library-state.ts';
import { createLibrary, memoryRecordStore, StorageError } from '../../src/share/index.ts';
import type { DesignLibrary, LibraryChange } from '../../src/share/index.ts';
import type { Design } from '../../src/model/types.ts';
import { fixtureDesign } from './fixture-design.ts';

function world() {
  const records = memoryRecordStore();
  const changes: LibraryChange[] = [];
  let clock = 1_000;
  let ids = 0;
  const options = {
    now: () => (clock += 10),
    newId: () => `id-${++ids}`,
    announce: (c: LibraryChange) => void changes.push(c),
  };
  const tab = (
    init: { design?: Design; document?: OpenDocument; saved?: boolean; open?: () => Promise<DesignLibrary> } = {},
  ) =>
    createDesignerStore({
      design: init.design ?? fixtureDesign(),
      document: init.document,
      saved: init.saved,
      openLibrary: init.open ?? (async () => createLibrary(records, options)),
      fallbackDesign: () => ({ ...fixtureDesign(), name: 'Fallback' }),
    });
  return { records, changes, tab, library: createLibrary(records, options) };
}

const rename = (name: string) => (d: Design) => ({ ...d, name });

describe('saving the open design', () => {
  it('a pristine design is not saved; an edited one is, and each save sends the revision the last one returned', async () => {
    const { tab, records } = world();
    const store = tab();
    await store.getState().actions.connectLibrary();
    expect(records.records.size).toBe(0);
    expect(saveStatus(store.getState()).text).toBe('New design, saved once edited');
    store.getState().actions.editDesign(rename('Orders'));
    expect(saveStatus(store.getState()).text).toBe('Unsaved changes');
    await store.getState().actions.saveDesign();
    expect(store.getState().library.document).toEqual({ id: 'id-1', revision: 1, shared: false });
    store.getState().actions.editDesign(rename('Orders v2'));
    await store.getState().actions.saveDesign();
    expect(store.getState().library.document.revision).toBe(2);
    expect(records.records.get('id-1')?.name).toBe('Orders v2');
    expect(saveStatus(store.getState()).text).toBe('Saved');
  });

  it('a design stored before the library (saved: false) is saved on connect', async () => {
    const { tab, records } = world();
    await tab({ saved: false }).getState().actions.connectLibrary();
    expect([...records.records.values()].map((r) => r.name)).toEqual(['Create pet']);
  });
});

describe('two tabs on one saved design', () => {
  async function twoTabs() {
    const w = world();
    const a = w.tab();
    a.getState().actions.editDesign(rename('Shared doc'));
    await a.getState().actions.saveDesign();
    const document = a.getState().library.document;
    const b = w.tab({ design: a.getState().design, document, saved: true });
    await b.getState().actions.connectLibrary();
    a.getState().actions.editDesign(rename('Edited in A'));
    await a.getState().actions.saveDesign();
    return { ...w, a, b, id: document.id! };
  }

  it('the stale tab gets a conflict instead of overwriting, and its design stays as it was', async () => {
    const { b, records, id } = await twoTabs();
    b.getState().actions.editDesign(rename('Edited in B'));
    await b.getState().actions.saveDesign();
    expect(b.getState().library.conflict?.theirs).toMatchObject({ name: 'Edited in A', revision: 2 });
    expect(b.getState().design.name).toBe('Edited in B');
    expect(records.records.get(id)?.name).toBe('Edited in A');
    expect(saveStatus(b.getState()).kind).toBe('conflict');
  });

  it('a change announced by the other tab is a conflict at once', async () => {
    const { b, changes } = await twoTabs();
    await b.getState().actions.libraryChanged(changes.at(-1)!);
    expect(b.getState().library.conflict?.theirs?.name).toBe('Edited in A');
  });

  it.each([
    ['overwrite', 'Edited in B', 'Edited in B', 3],
    ['load-theirs', 'Edited in A', 'Edited in A', 2],
  ] as const)('%s', async (choice, open, stored, revision) => {
    const { b, records, id } = await twoTabs();
    b.getState().actions.editDesign(rename('Edited in B'));
    await b.getState().actions.saveDesign();
    await b.getState().actions.resolveConflict(choice);
    expect(b.getState().library.conflict).toBeNull();
    expect(b.getState().design.name).toBe(open);
    expect(records.records.get(id)).toMatchObject({ name: stored, revision });
    expect(b.getState().library.document).toMatchObject({ id, revision });
    expect(isDirty(b.getState())).toBe(false);
  });

  it('save mine as a copy keeps both', async () => {
    const { b, records, id } = await twoTabs();
    b.getState().actions.editDesign(rename('Edited in B'));
    await b.getState().actions.saveDesign();
    await b.getState().actions.resolveConflict('save-copy');
    expect(b.getState().design.name).toBe('Edited in B (copy)');
    expect(b.getState().library.document.id).not.toBe(id);
    expect([...records.records.values()].map((r) => r.name).sort()).toEqual(['Edited in A', 'Edited in B (copy)']);
  });

  it('on reload, a newer stored copy is adopted when this tab had no changes', async () => {
    const { tab, a, id } = await twoTabs();
    const reloaded = tab({ design: fixtureDesign(), document: { id, revision: 1, shared: false }, saved: true });
    await reloaded.getState().actions.connectLibrary();
    expect(reloaded.getState().design.name).toBe('Edited in A');
    expect(reloaded.getState().library.document.revision).toBe(a.getState().library.document.revision);
  });

  it('on reload, unsaved changes over an older revision are a conflict', async () => {
    const { tab, id } = await twoTabs();
    const reloaded = tab({
      design: { ...fixtureDesign(), name: 'Mine' },
      document: { id, revision: 1, shared: false },
      saved: false,
    });
    await reloaded.getState().actions.connectLibrary();
    expect(reloaded.getState().library.conflict).not.toBeNull();
    expect(reloaded.getState().design.name).toBe('Mine');
  });
});

describe('storage failures never lose the open design', () => {
  it('IndexedDB refused: designs are kept in memory, and the page says so', async () => {
    const { tab } = world();
    const store = tab({ open: () => Promise.reject(new StorageError('unavailable')) });
    store.getState().actions.editDesign(rename('Private mode'));
    await store.getState().actions.saveDesign();
    const { library } = store.getState();
    expect(library.storage).toBe('memory');
    expect(library.storageMessage).toMatch(/private browsing.*this tab only/s);
    expect(library.document.id).not.toBeNull();
    expect(saveStatus(store.getState()).text).toBe('Saved (in this tab only)');
  });

  it('quota exceeded: the message is shown, the design and its unsaved state stay', async () => {
    const { tab, library } = world();
    const full: DesignLibrary = { ...library, save: () => Promise.reject(new StorageError('quota')) };
    const store = tab({ open: async () => full });
    store.getState().actions.editDesign(rename('Too big'));
    await store.getState().actions.saveDesign();
    expect(store.getState().library.error).toMatch(/storage for this site is full/);
    expect(store.getState().design.name).toBe('Too big');
    expect(saveStatus(store.getState()).text).toBe('Not saved');
  });
});

describe('shared designs, new designs, delete and undo', () => {
  it('a shared design is open unsaved; discard goes back to the design that was open, unchanged', async () => {
    const { tab, records } = world();
    const store = tab();
    store.getState().actions.editDesign(rename('Mine'));
    const mine = store.getState().design;
    expect(await store.getState().actions.openShared({ ...fixtureDesign(), name: 'From a link' })).toBe(true);
    expect(store.getState().library.document.shared).toBe(true);
    expect(store.getState().history.past).toEqual([]);
    expect([...records.records.values()].map((r) => r.name)).toEqual(['Mine']); // saved before it was replaced
    await store.getState().actions.discardShared();
    expect(store.getState().design).toBe(mine);
    expect(store.getState().library.document.shared).toBe(false);
  });

  it('save a copy puts the shared design in the library, never over a saved one', async () => {
    const { tab, records } = world();
    const store = tab();
    await store.getState().actions.openShared({ ...fixtureDesign(), name: 'From a link' });
    await store.getState().actions.saveSharedCopy();
    expect(store.getState().library.document).toMatchObject({ id: 'id-1', shared: false });
    expect(records.records.get('id-1')?.name).toBe('From a link');
  });

  it('new design: the edited one is saved first, the new one starts unsaved with an empty history', async () => {
    const { tab, records } = world();
    const store = tab();
    store.getState().actions.editDesign(rename('Before new'));
    await store.getState().actions.newDesign({ ...fixtureDesign(), name: 'Blank' });
    expect(store.getState().design.name).toBe('Blank');
    expect(store.getState().library.document.id).toBeNull();
    expect(store.getState().history.past).toEqual([]);
    expect([...records.records.values()].map((r) => r.name)).toEqual(['Before new']);
  });

  it('delete with undo; the open design cannot be deleted', async () => {
    const { tab, library } = world();
    const other = await library.save({ ...fixtureDesign(), name: 'Old one' });
    const store = tab();
    store.getState().actions.showLibrary(true);
    store.getState().actions.editDesign(rename('Open one'));
    await store.getState().actions.saveDesign();
    await store.getState().actions.removeSaved(other.id);
    expect(store.getState().library.lastRemoved).toEqual({ id: other.id, name: 'Old one' });
    expect(store.getState().library.entries.map((e) => e.name)).toEqual(['Open one']);
    await store.getState().actions.undoRemove();
    expect(store.getState().library.entries.map((e) => e.name)).toEqual(['Old one', 'Open one']); // restored: updated now
    await store.getState().actions.removeSaved(store.getState().library.document.id!);
    expect(store.getState().library.error).toMatch(/open design cannot be deleted/);
  });

  it('opening a saved design replaces the open one (saved first) with its own history', async () => {
    const { tab, library } = world();
    const saved = await library.save({ ...fixtureDesign(), name: 'Saved earlier' });
    const store = tab();
    store.getState().actions.editDesign(rename('Working on'));
    await store.getState().actions.openSaved(saved.id);
    expect(store.getState().design.name).toBe('Saved earlier');
    expect(store.getState().library.document).toEqual({ id: saved.id, revision: 1, shared: false });
    expect(store.getState().history.past).toEqual([]);
    expect((await library.list()).map((e) => e.name)).toEqual(['Working on', 'Saved earlier']);
  });
});
