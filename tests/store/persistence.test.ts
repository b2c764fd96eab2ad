import { describe, expect, it } from 'vitest';
import { createDesignerStore } from '../../src/store/store.ts';
import { loadPersisted, persistStore, STORAGE_KEY, type PersistenceCodec } from '../../src/store/persistence.ts';
import { withIntegration } from '../../src/store/design-edits.ts';
import type { Design } from '../../src/model/types.ts';
import { fixtureDesign } from './fixture-design.ts';

const codec: PersistenceCodec = {
  restore: (json) => {
    if (!json || typeof json !== 'object' || (json as Design).format !== 'integration-designer/1') {
      throw new Error('not an integration-designer/1 design');
    }
    return json as Design;
  },
  serialize: (d) => d,
  fallback: () => ({ ...fixtureDesign(), name: 'Default' }),
};

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

describe('persistence: a reload keeps the design; a corrupt value never breaks the page', () => {
  it('round-trips the design and the selected sample', () => {
    const storage = memoryStorage();
    const timers: Array<() => void> = [];
    const store = createDesignerStore({ design: fixtureDesign() });
    persistStore(store, storage, codec, 300, { setTimeout: (f) => timers.push(f), clearTimeout: () => {} });
    store.getState().actions.editDesign((d) => withIntegration(d, { uri: 'https://saved.example.com' }));
    store.getState().actions.addSample();
    timers.at(-1)!();
    const loaded = loadPersisted(storage, codec);
    expect(loaded.design.integration.uri).toBe('https://saved.example.com');
    expect(loaded.selectedSample).toBe(1);
    expect(loaded.notice).toBeNull();
  });

  it('the stop function flushes a pending save', () => {
    const storage = memoryStorage();
    const store = createDesignerStore({ design: fixtureDesign() });
    const { stop } = persistStore(store, storage, codec, 300, { setTimeout: () => 1, clearTimeout: () => {} });
    store.getState().actions.editDesign((d) => ({ ...d, name: 'Flushed' }));
    stop();
    expect(loadPersisted(storage, codec).design.name).toBe('Flushed');
  });

  it('nothing stored: the default design, no notice', () => {
    expect(loadPersisted(memoryStorage(), codec)).toMatchObject({ design: { name: 'Default' }, notice: null });
  });

  it.each([
    ['not JSON', '{"design": '],
    ['JSON null', 'null'],
    ['no design', '{"selectedSample": 0}'],
    ['a design the model rejects', '{"design": {"format": "something-else"}}'],
  ])('%s: falls back to the default design and says so', (_label, raw) => {
    const loaded = loadPersisted(memoryStorage({ [STORAGE_KEY]: raw }), codec);
    expect(loaded.design.name).toBe('Default');
    expect(loaded.notice).toMatch(/could not be read/);
  });

  it('a storage that throws (disabled) starts from the default silently', () => {
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(loadPersisted(throwing, codec)).toMatchObject({ design: { name: 'Default' }, notice: null });
  });
});
