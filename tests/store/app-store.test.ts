// The app's persistence codec with the real model: a saved design survives a reload, a corrupt one falls back.
import { describe, expect, it } from 'vitest';
import { designCodec } from '../../src/store/app-store.ts';
import { loadPersisted, savePersisted, STORAGE_KEY } from '../../src/store/persistence.ts';
import { defaultDesign } from '../../src/model/index.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

describe('design persistence with the model codec', () => {
  it('saves and restores a design, unknown fields included', () => {
    const storage = memoryStorage();
    const design = { ...defaultDesign(), name: 'Saved', xPlugin: { a: 1 } };
    savePersisted(storage, design, 0, designCodec);
    const loaded = loadPersisted(storage, designCodec);
    expect(loaded.design.name).toBe('Saved');
    expect(loaded.design.xPlugin).toEqual({ a: 1 });
    expect(loaded.notice).toBeNull();
  });

  it.each([
    ['a design string that is not JSON', JSON.stringify({ design: '{"format": ', selectedSample: 0 })],
    ['a design that is not an object', JSON.stringify({ design: 42, selectedSample: 0 })],
  ])('%s: the default design and a notice', (_label, raw) => {
    const loaded = loadPersisted(memoryStorage({ [STORAGE_KEY]: raw }), designCodec);
    expect(loaded.design.name).toBe(defaultDesign().name);
    expect(loaded.notice).toMatch(/could not be read/);
  });
});
