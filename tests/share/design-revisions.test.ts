// The history of a saved design (issue #16: "diff two saved revisions"): each save is recorded beside the record;
// the saves of one stretch of editing (autosave fires after each burst of typing) make one revision; a save by hand
// (Ctrl+S) ends a revision; a save that changes nothing adds nothing; at most MAX_REVISIONS per design, the oldest
// going first; a design saved before the history existed gets its stored state as its first revision; what storage
// hands back is checked (an unreadable revision is left out, never a crash); a purged design's history goes with it.
// The same RevisionStore rules run on IndexedDB in e2e/compare.spec.ts (real Chromium).
import { describe, expect, it } from 'vitest';
import type { Design } from '../../src/model/types.ts';
import { createLibrary } from '../../src/share/design-library.ts';
import {
  MAX_REVISIONS,
  REVISION_WINDOW_MS,
  revisionOfSave,
  revisionsOverLimit,
  type StoredRevision,
} from '../../src/share/design-revisions.ts';
import { memoryRecordStore } from '../../src/share/memory-record-store.ts';
import { memoryRevisionStore } from '../../src/share/revision-store.ts';
import { loadDesign } from '../formats/helpers/designs.ts';

const timed = (timeoutInMillis: number): Design => {
  const d = loadDesign('mock');
  return { ...d, integration: { ...d.integration, timeoutInMillis } };
};
const revision = (startedAt: number, design: Design, kept = false): StoredRevision => ({
  designId: 'd',
  startedAt,
  savedAt: startedAt,
  kept,
  design,
});

describe('revisionOfSave: what one save writes to the history', () => {
  const MIN = 60_000;
  it.each([
    ['the first save: a new revision', undefined, 1000, { startedAt: 1000, savedAt: 1000, kept: false }],
    [
      'a save within the stretch: the newest again, saved later',
      revision(0, timed(1)),
      5 * MIN,
      { startedAt: 0, savedAt: 5 * MIN },
    ],
    [
      'a save after the stretch: a new revision',
      revision(0, timed(1)),
      REVISION_WINDOW_MS,
      { startedAt: REVISION_WINDOW_MS },
    ],
    ['a save after one by hand: a new revision', revision(0, timed(1), true), MIN, { startedAt: MIN, kept: false }],
    ['a clock gone back: a new revision after the newest', revision(5000, timed(1), true), 10, { startedAt: 5001 }],
  ])('%s', (_, newest, now, expected) => {
    expect(revisionOfSave(newest, 'd', timed(2), now)).toMatchObject({ ...expected, design: timed(2) });
  });

  it('a save that changes nothing adds nothing, even after a save by hand', () => {
    expect(revisionOfSave(revision(0, timed(1)), 'd', timed(1), 1000)).toBeNull();
    expect(revisionOfSave(revision(0, timed(1), true), 'd', timed(1), REVISION_WINDOW_MS * 3)).toBeNull();
  });

  it('revisionsOverLimit: the oldest go, whatever the order they are listed in', () => {
    expect(revisionsOverLimit([5, 1, 4, 2, 3], 3)).toEqual([1, 2]);
    expect(revisionsOverLimit([1, 2], 3)).toEqual([]);
  });
});

function setup() {
  const records = memoryRecordStore();
  const history = memoryRevisionStore();
  let clock = 0;
  const library = createLibrary(records, {
    now: () => clock,
    newId: () => 'id-1',
    announce: () => {},
    revisions: history,
  });
  const at = (t: number) => {
    clock = t;
  };
  return { records, history, library, at };
}

describe('the library keeps each saved design’s revisions', () => {
  it('autosaves fold into one revision, a save by hand ends it, and they are listed newest first', async () => {
    const { library, at } = setup();
    at(1000);
    const { id } = await library.save(timed(1000));
    at(2000);
    await library.save(timed(2000), { id }); // the same stretch of editing
    await library.keepRevision(id); // Ctrl+S
    at(3000);
    await library.save(timed(3000), { id });
    at(4000);
    await library.save(timed(3000), { id }); // unchanged: nothing new
    expect(await library.revisions(id)).toEqual([
      { designId: id, startedAt: 3000, savedAt: 3000, kept: false },
      { designId: id, startedAt: 1000, savedAt: 2000, kept: true },
    ]);
    expect((await library.revision(id, 1000))?.design.integration.timeoutInMillis).toBe(2000);
    expect((await library.revision(id, 3000))?.design.integration.timeoutInMillis).toBe(3000);
    expect(await library.revision(id, 999)).toBeNull();
  });

  it(`keeps at most ${MAX_REVISIONS}, the oldest going first`, async () => {
    const { library, at } = setup();
    for (let i = 1; i <= MAX_REVISIONS + 5; i++) {
      at(i * REVISION_WINDOW_MS);
      await library.save(timed(i), i === 1 ? {} : { id: 'id-1' });
    }
    const listed = await library.revisions('id-1');
    expect(listed).toHaveLength(MAX_REVISIONS);
    expect(listed.at(-1)?.startedAt).toBe(6 * REVISION_WINDOW_MS);
    expect(listed[0]?.startedAt).toBe((MAX_REVISIONS + 5) * REVISION_WINDOW_MS);
  });

  it('a design saved before the history existed: its stored state becomes its first revision at the next save', async () => {
    const { records, history } = setup();
    const before = createLibrary(records, {
      now: () => 500,
      newId: () => 'old',
      announce: () => {},
      revisions: history,
    });
    await before.save(timed(1));
    history.revisions.clear(); // as an older version of the app left it: a record and no history
    const library = createLibrary(records, { now: () => 9000, announce: () => {}, revisions: history });
    await library.save(timed(2), { id: 'old' });
    expect(await library.revisions('old')).toEqual([
      { designId: 'old', startedAt: 9000, savedAt: 9000, kept: false },
      { designId: 'old', startedAt: 500, savedAt: 500, kept: true },
    ]);
    expect((await library.revision('old', 500))?.design.integration.timeoutInMillis).toBe(1);
  });

  it('unreadable stored revisions are left out of the list and read as gone', async () => {
    const { library, history, at } = setup();
    at(1000);
    const { id } = await library.save(timed(1));
    history.revisions.get(id)!.push({ designId: id, startedAt: 'x', design: 3 } as never);
    history.revisions.get(id)!.push({ ...revision(7000, timed(7)), designId: 'someone else' });
    expect((await library.revisions(id)).map((r) => r.startedAt)).toEqual([7000, 1000]);
    expect(await library.revision(id, 7000)).toBeNull(); // not this design's
  });

  it('a history that cannot be written leaves the save done', async () => {
    const { library, history, records } = setup();
    history.recordSave = async () => {
      throw new Error('QuotaExceededError');
    };
    const saved = await library.save(timed(1));
    expect(records.records.get(saved.id)?.revision).toBe(1);
  });

  it('a purged design’s history goes with it', async () => {
    const { library, history, at } = setup();
    const { id } = await library.save(timed(1));
    await library.remove(id);
    at(30 * 24 * 3600 * 1000);
    expect(await library.purgeRemoved()).toEqual([id]);
    expect(history.revisions.has(id)).toBe(false);
  });
});
