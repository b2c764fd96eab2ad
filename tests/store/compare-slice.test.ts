// The Compare view's state: it opens on the original against now, lists the saved designs, reads a chosen saved
// design from the library (through the restore step), says which one could not be read, and forgets them on close.
import { describe, expect, it } from 'vitest';
import type { Design } from '../../src/model/types.ts';
import { createLibrary, memoryRecordStore } from '../../src/share/index.ts';
import { versionDesign } from '../../src/store/compare-slice.ts';
import { createDesignerStore } from '../../src/store/store.ts';
import { fixtureDesign } from './fixture-design.ts';

async function world() {
  const records = memoryRecordStore();
  let ids = 0;
  const library = createLibrary(records, { newId: () => `id-${++ids}`, announce: () => {} });
  const saved = await library.save({ ...fixtureDesign(), name: 'Saved one' });
  const store = createDesignerStore({ design: fixtureDesign(), openLibrary: async () => library });
  return { store, records, saved };
}

const version = (store: Awaited<ReturnType<typeof world>>['store'], side: 'before' | 'after'): Design | null =>
  versionDesign(store.getState(), store.getState().compare[side]);

describe('Compare state', () => {
  it('opens on the original against now, with the saved designs to choose from', async () => {
    const { store } = await world();
    store.getState().actions.editDesign((d) => ({ ...d, name: 'Edited' }));
    await store.getState().actions.showCompare(true);
    expect(store.getState().compare).toMatchObject({ open: true, before: 'original', after: 'now', problem: null });
    expect(store.getState().compare.entries.map((e) => e.name)).toEqual(['Saved one']);
    expect(version(store, 'before')?.name).toBe('Create pet'); // the design as the store opened it
    expect(version(store, 'after')?.name).toBe('Edited');
  });

  it('reads a chosen saved design; a missing one is a problem that names it, and closing forgets them', async () => {
    const { store, saved, records } = await world();
    const { actions } = store.getState();
    await actions.showCompare(true);
    await actions.chooseVersion('before', `saved:${saved.id}`);
    expect(version(store, 'before')?.name).toBe('Saved one');

    records.records.delete(saved.id);
    await actions.chooseVersion('after', `saved:${saved.id}`);
    expect(version(store, 'after')).toBeNull();
    expect(store.getState().compare.problem).toMatch(/^“Saved one” could not be read: /);

    await actions.showCompare(false);
    expect(store.getState().compare).toMatchObject({ open: false, saved: {}, problem: null });
  });
});
