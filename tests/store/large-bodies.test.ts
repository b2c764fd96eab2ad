// Large sample bodies go to IndexedDB (here its in-memory stand-in), not into the Web Storage envelope: Web Storage is
// synchronous and small (a 5 MB body failed on quota and the tab-reload copy was lost). The envelope refers to them.
import { describe, expect, it } from 'vitest';
import { createDesignerStore } from '../../src/store/store.ts';
import { joinLargeBodies, LARGE_BODY_CHARS, memoryBodyStore } from '../../src/store/large-bodies.ts';
import { loadPersisted, persistStore, STORAGE_KEY, type PersistenceCodec } from '../../src/store/persistence.ts';
import type { Design } from '../../src/model/types.ts';
import { fixtureDesign } from './fixture-design.ts';

const codec: PersistenceCodec = {
  restore: (json) => json as Design,
  serialize: (d) => d,
  fallback: fixtureDesign,
};

function setup(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const storage = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
  const bodies = memoryBodyStore();
  const timers: Array<() => void> = [];
  const scheduler = { setTimeout: (f: () => void) => timers.push(f), clearTimeout: () => {} };
  const store = createDesignerStore({ design: fixtureDesign() });
  const saver = persistStore(store, storage, codec, 300, scheduler, { store: bodies });
  const setBody = (body: string) => store.getState().actions.updateSample(0, { body }, 'body');
  const save = async () => {
    timers.at(-1)?.();
    await saver.idle();
  };
  return { data, storage, bodies, store, setBody, save };
}

const big = (fill: string) => fill.repeat(LARGE_BODY_CHARS + 10);

describe('large sample bodies: IndexedDB for the body, the envelope refers to it', () => {
  it('keeps a 5 MB body out of Web Storage and brings it back on load', async () => {
    const { data, storage, bodies, setBody, save } = setup();
    const body = `{"items": "${'x'.repeat(5_000_000)}"}`;
    setBody(body);
    await save();
    expect(data.get(STORAGE_KEY)!.length).toBeLessThan(20_000);
    expect(bodies.records.size).toBe(1);
    const loaded = loadPersisted(storage, codec);
    expect(loaded.design.samples[0]!.body).toBe('');
    const joined = await joinLargeBodies(loaded.design, loaded.bodies, bodies);
    expect(joined.missing).toEqual([]);
    expect(joined.design.samples[0]!.body).toBe(body);
  });

  it('writes a body once while other fields change, and drops the bodies it replaced', async () => {
    const { bodies, store, setBody, save } = setup();
    setBody(big('a'));
    await save();
    store.getState().actions.editDesign((d) => ({ ...d, name: 'renamed' }));
    await save();
    expect(bodies.records.size).toBe(1);
    setBody(big('b'));
    await save();
    expect([...bodies.records.values()].map((r) => r.body[0])).toEqual(['b']);
  });

  it('small bodies stay in the envelope', async () => {
    const { data, bodies, setBody, save } = setup();
    setBody('{"small": true}');
    await save();
    expect(bodies.records.size).toBe(0);
    expect(data.get(STORAGE_KEY)).toContain('small');
  });

  it('a body that cannot be read back is reported, not silently dropped', async () => {
    const design = fixtureDesign();
    const joined = await joinLargeBodies(design, { '0': 'gone' }, memoryBodyStore());
    expect(joined.missing).toEqual([`"${design.samples[0]!.name}"`]);
  });
});
