// The Compare view's state: it opens on the original against now, lists the saved designs and the open design's
// saved revisions, reads a chosen saved design or revision from the library (through the restore step), says which one
// could not be read, and forgets them on close.
import { describe, expect, it } from 'vitest';
import type { Design } from '../../src/model/types.ts';
import { createLibrary, memoryRecordStore, memoryRevisionStore } from '../../src/share/index.ts';
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

describe('Compare and the open design’s saved revisions (issue #16: two saved revisions)', () => {
  const timeout = (t: number) => (d: Design) => ({ ...d, integration: { ...d.integration, timeoutInMillis: t } });

  /** A saved design edited twice, each edit saved by hand (Ctrl+S); the clock moves a second per library call. */
  async function twoRevisions() {
    const records = memoryRecordStore();
    const history = memoryRevisionStore();
    let clock = 0;
    const library = createLibrary(records, { now: () => (clock += 1000), announce: () => {}, revisions: history });
    const store = createDesignerStore({ design: fixtureDesign(), openLibrary: async () => library });
    const { actions } = store.getState();
    await actions.connectLibrary();
    for (const t of [5000, 7000]) {
      actions.editDesign(timeout(t));
      await actions.saveDesign({ keep: true });
    }
    actions.editDesign(timeout(9000)); // not saved yet: "now"
    return { store, history, actions };
  }

  it('lists them newest first; two chosen ones are read from the library', async () => {
    const { store, actions } = await twoRevisions();
    await actions.showCompare(true);
    const revisions = store.getState().compare.revisions;
    // The first save (the design as the store opened it) and the first edit are one stretch of editing: one revision.
    expect(revisions.map((r) => r.kept)).toEqual([true, true]);
    const [newer, older] = revisions;
    await actions.chooseVersion('before', `revision:${older!.startedAt}`);
    await actions.chooseVersion('after', `revision:${newer!.startedAt}`);
    expect(version(store, 'before')?.integration.timeoutInMillis).toBe(5000);
    expect(version(store, 'after')?.integration.timeoutInMillis).toBe(7000);
  });

  it('a revision that cannot be read any more is a problem, and the side shows nothing', async () => {
    const { store, history, actions } = await twoRevisions();
    await actions.showCompare(true);
    const newest = store.getState().compare.revisions[0]!;
    history.revisions.get(newest.designId)!.find((r) => r.startedAt === newest.startedAt)!.design = {
      format: 'not a design',
    } as never;
    await actions.chooseVersion('after', `revision:${newest.startedAt}`);
    expect(version(store, 'after')).toBeNull();
    expect(store.getState().compare.problem).toMatch(/^The revision could not be read: /);
  });

  it('a design not in the library (a new one, a workspace method) has no revisions to list', async () => {
    const store = createDesignerStore({
      design: fixtureDesign(),
      openLibrary: async () => createLibrary(memoryRecordStore(), { announce: () => {} }),
    });
    await store.getState().actions.showCompare(true);
    expect(store.getState().compare.revisions).toEqual([]);
  });
});
