// The open design's "original" (what Compare measures changes against): the design as it was when it was imported,
// opened from the library or a link, or created; kept with its library record so a reload (a new store on the same
// records) finds it; never lost by a later save; set again by "Make this the original"; read back through the model's
// restore step (a damaged stored original is ignored, never deleted).
import { describe, expect, it } from 'vitest';
import type { Design } from '../../src/model/types.ts';
import { createLibrary, memoryRecordStore } from '../../src/share/index.ts';
import type { LibraryChange, LibraryRecord } from '../../src/share/index.ts';
import { savedRecord } from '../../src/share/library-records.ts';
import type { OpenDocument } from '../../src/store/library-state.ts';
import { createDesignerStore } from '../../src/store/store.ts';
import { fixtureDesign } from './fixture-design.ts';

function world() {
  const records = memoryRecordStore();
  const changes: LibraryChange[] = [];
  let ids = 0;
  const options = { newId: () => `id-${++ids}`, announce: (c: LibraryChange) => void changes.push(c) };
  const tab = (init: { design?: Design; document?: OpenDocument; saved?: boolean } = {}) =>
    createDesignerStore({
      design: init.design ?? fixtureDesign(),
      document: init.document,
      saved: init.saved,
      openLibrary: async () => createLibrary(records, options),
    });
  return { records, changes, tab, library: createLibrary(records, options) };
}

const imported = (): Design => ({ ...fixtureDesign(), name: 'Imported pets' });
const withTemplate = (text: string) => (d: Design) => ({
  ...d,
  integration: { ...d.integration, requestTemplates: { 'application/json': text } },
});

describe('the original of an imported design', () => {
  it('is the design as imported, written with its first save, kept by later saves, and read back after a reload', async () => {
    const { tab, records } = world();
    const first = tab();
    const { actions } = first.getState();
    await actions.connectLibrary();
    await actions.importAsNew(imported());
    expect(first.getState().library.original).toMatchObject({ source: 'imported', design: imported() });
    actions.editDesign(withTemplate('{"edited": 1}'));
    await actions.saveDesign();
    const id = first.getState().library.document.id!;
    expect(records.records.get(id)?.original?.design).toEqual(imported());
    actions.editDesign(withTemplate('{"edited": 2}'));
    await actions.saveDesign();
    expect(records.records.get(id)?.original?.design).toEqual(imported()); // a later save keeps it

    // A reload: a new store on the same records, with the document the tab's storage remembered.
    const reloaded = tab({ design: first.getState().design, document: first.getState().library.document, saved: true });
    expect(reloaded.getState().library.original).toBeNull(); // until the library opens
    await reloaded.getState().actions.connectLibrary();
    expect(reloaded.getState().library).toMatchObject({
      original: { source: 'imported', design: imported() },
      originalStored: true,
    });
  });
});

describe('the original of a design opened from the library', () => {
  it('is the record’s own original when it has one', async () => {
    const { tab, library } = world();
    const record = await library.save(fixtureDesign(), { original: { design: imported(), source: 'imported', at: 5 } });
    const store = tab();
    await store.getState().actions.openSaved(record.id);
    expect(store.getState().library).toMatchObject({
      original: { design: imported(), source: 'imported', at: 5 },
      originalStored: true,
    });
  });

  it('else the design as opened, written to the record with the next save', async () => {
    const { tab, library, records } = world();
    const record = await library.save({ ...fixtureDesign(), name: 'Old one' });
    const store = tab();
    await store.getState().actions.openSaved(record.id);
    expect(store.getState().library).toMatchObject({ original: { source: 'opened' }, originalStored: false });
    expect(store.getState().library.original?.design.name).toBe('Old one');
    store.getState().actions.editDesign(withTemplate('changed'));
    await store.getState().actions.saveDesign();
    expect(records.records.get(record.id)?.original?.design.name).toBe('Old one');
    expect(store.getState().library.originalStored).toBe(true);
  });

  it('a stored original that cannot be read is ignored (the design as opened instead), and the record is untouched', async () => {
    const { tab, records } = world();
    const damaged = { design: { format: 'something else' }, source: 'imported', at: 1 };
    const record = { ...savedRecord(undefined, fixtureDesign(), { id: 'x' }, 1), original: damaged };
    records.records.set('x', record as unknown as LibraryRecord);
    const store = tab();
    await store.getState().actions.openSaved('x');
    expect(store.getState().library).toMatchObject({ original: { source: 'opened' }, error: null });
    expect(records.records.get('x')?.original).toEqual(damaged);
  });
});

describe('other ways a design is opened', () => {
  it('a new design is its own original ("created"); a shared one too ("shared"), kept when saved as a copy', async () => {
    const { tab, records } = world();
    const store = tab();
    const { actions } = store.getState();
    await actions.connectLibrary();
    await actions.newDesign({ ...fixtureDesign(), name: 'Fresh' });
    expect(store.getState().library.original).toMatchObject({ source: 'created', design: { name: 'Fresh' } });
    const before = store.getState().library.original;
    await actions.openShared({ ...fixtureDesign(), name: 'From a link' });
    expect(store.getState().library.original).toMatchObject({ source: 'shared', design: { name: 'From a link' } });
    await actions.discardShared();
    expect(store.getState().library.original).toBe(before); // back to what was open, with its original
    await actions.openShared({ ...fixtureDesign(), name: 'From a link' });
    actions.editDesign(withTemplate('mine now'));
    await actions.saveSharedCopy();
    const id = store.getState().library.document.id!;
    expect(records.records.get(id)?.original).toMatchObject({ source: 'shared', design: { name: 'From a link' } });
  });
});

describe('Make this the original', () => {
  it('with nothing unsaved: written to the record without a new revision (another tab’s copy stays current)', async () => {
    const { tab, records, changes } = world();
    const store = tab();
    const { actions } = store.getState();
    await actions.connectLibrary();
    await actions.importAsNew(imported());
    actions.editDesign(withTemplate('deployed'));
    await actions.saveDesign();
    const { id, revision } = store.getState().library.document;
    await actions.markOriginal();
    expect(store.getState().library).toMatchObject({ original: { source: 'marked' }, originalStored: true });
    expect(records.records.get(id!)?.original?.design).toEqual(store.getState().design);
    expect(records.records.get(id!)?.revision).toBe(revision);
    expect(store.getState().library.document.revision).toBe(revision);
    expect(changes.at(-1)).toEqual({ type: 'saved', id, revision });
  });

  it('with unsaved changes: saved together with the design', async () => {
    const { tab, records } = world();
    const store = tab();
    const { actions } = store.getState();
    await actions.connectLibrary();
    await actions.importAsNew(imported());
    await actions.saveDesign();
    actions.editDesign(withTemplate('deployed'));
    await actions.markOriginal();
    const id = store.getState().library.document.id!;
    expect(records.records.get(id)?.design).toEqual(store.getState().design);
    expect(records.records.get(id)?.original).toMatchObject({ source: 'marked', design: store.getState().design });
  });
});

describe('saved designs for Compare', () => {
  it('lists them and reads one through the restore step; a missing one is null with the error shown', async () => {
    const { tab, library } = world();
    const record = await library.save({ ...fixtureDesign(), name: 'Kept' });
    const store = tab();
    const { actions } = store.getState();
    expect((await actions.listSaved()).map((e) => e.name)).toEqual(['Kept']);
    expect((await actions.readSaved(record.id))?.name).toBe('Kept');
    expect(await actions.readSaved('nope')).toBeNull();
    expect(store.getState().library.error).toMatch(/./);
  });
});
