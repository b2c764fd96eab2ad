// msw's cookie store requires localStorage outside Node; the engine's Web Worker has none. The shim supplies one
// only there (a stand-in global object plays the worker here; the real check needs a browser).
import { describe, expect, it } from 'vitest';
import { installMemoryStorage } from '../../src/mocks/worker-storage-shim.ts';

describe('installMemoryStorage', () => {
  it('adds a working localStorage to a worker-like global', () => {
    const worker: Record<string, unknown> = {};
    expect(installMemoryStorage(worker)).toBe(true);
    const storage = worker.localStorage as Storage;
    storage.setItem('k', 'v');
    expect(storage.getItem('k')).toBe('v');
    expect(storage.getItem('missing')).toBe(null);
    expect(storage.length).toBe(1);
  });

  it('leaves Node and pages with a real localStorage alone', () => {
    expect(installMemoryStorage({ process: { versions: { node: '20.0.0' } } })).toBe(false);
    const real = { getItem: () => null };
    const page: Record<string, unknown> = { localStorage: real };
    expect(installMemoryStorage(page)).toBe(false);
    expect(page.localStorage).toBe(real);
  });
});
