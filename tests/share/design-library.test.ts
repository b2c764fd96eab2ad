// The library of saved designs: its rules through createLibrary over an in-memory store (two libraries on one store
// are two tabs), and openLibrary's storage failures with stand-in IndexedDB factories. The real IndexedDB is left to
// an e2e spec in Chromium (see the report: save in one tab, conflict in another, quota, private mode).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLibrary, openLibrary } from '../../src/share/design-library.ts';
import { memoryRecordStore } from '../../src/share/memory-record-store.ts';
import { ConflictError, StorageError, toStorageError } from '../../src/share/library-errors.ts';
import { copyName, listEntries } from '../../src/share/library-records.ts';
import type { LibraryRecord } from '../../src/share/library-records.ts';
import { announceLibraryChange, onLibraryChange } from '../../src/share/library-channel.ts';
import type { LibraryChange } from '../../src/share/library-channel.ts';
import { loadDesign } from '../formats/helpers/designs.ts';

function setup() {
  const store = memoryRecordStore();
  let clock = 1_000;
  let ids = 0;
  const changes: LibraryChange[] = [];
  const options = {
    now: () => (clock += 10),
    newId: () => `id-${++ids}`,
    announce: (c: LibraryChange) => void changes.push(c),
  };
  return { store, changes, tabA: createLibrary(store, options), tabB: createLibrary(store, options) };
}

const named = (name: string) => ({ ...loadDesign('mock'), name });

describe('saving with revisions', () => {
  it('a new design gets an id and revision 1; each save adds 1', async () => {
    const { tabA } = setup();
    const first = await tabA.save(named('Orders'));
    expect(first).toMatchObject({ id: 'id-1', name: 'Orders', revision: 1, deletedAt: null });
    const second = await tabA.save(named('Orders v2'), { id: first.id, expectedRevision: 1 });
    expect(second).toMatchObject({ id: 'id-1', name: 'Orders v2', revision: 2, createdAt: first.createdAt });
    expect((await tabA.get('id-1'))?.design.name).toBe('Orders v2');
  });

  it('two tabs: the second save from a stale revision is refused with the stored copy, and nothing is overwritten', async () => {
    const { tabA, tabB } = setup();
    const saved = await tabA.save(named('Orders'));
    const loadedInB = await tabB.get(saved.id);
    await tabA.save(named('Orders (edited in A)'), { id: saved.id, expectedRevision: saved.revision });
    const refused = tabB.save(named('Orders (edited in B)'), { id: saved.id, expectedRevision: loadedInB!.revision });
    await expect(refused).rejects.toBeInstanceOf(ConflictError);
    const error = (await refused.catch((e: unknown) => e)) as ConflictError;
    expect(error.stored).toMatchObject({ name: 'Orders (edited in A)', revision: 2 });
    expect(error.message).toMatch(/changed in another tab \(revision 2, this tab had 1\)/);
    expect((await tabA.get(saved.id))?.name).toBe('Orders (edited in A)');
  });

  it('saving a design another tab deleted is a conflict, not a silent resurrection', async () => {
    const { tabA, tabB } = setup();
    const saved = await tabA.save(named('Orders'));
    await tabA.remove(saved.id);
    await expect(tabB.save(named('Orders'), { id: saved.id, expectedRevision: 1 })).rejects.toThrow(
      /deleted in another tab/,
    );
  });

  it('expectedRevision 0 creates under a chosen id, and is refused when that id exists', async () => {
    const { tabA } = setup();
    await tabA.save(named('A'), { id: 'mine', expectedRevision: 0 });
    await expect(tabA.save(named('B'), { id: 'mine', expectedRevision: 0 })).rejects.toBeInstanceOf(ConflictError);
  });

  it('rename with a stale revision is refused too', async () => {
    const { tabA, tabB } = setup();
    const saved = await tabA.save(named('Orders'));
    await tabA.rename(saved.id, 'Orders API', 1);
    await expect(tabB.rename(saved.id, 'Other', 1)).rejects.toBeInstanceOf(ConflictError);
    expect((await tabA.get(saved.id))?.design.name).toBe('Orders API');
  });
});

describe('list, search, duplicate, remove and restore', () => {
  it('lists newest first; search matches every word, ignoring case and accents', async () => {
    const { tabA } = setup();
    await tabA.save(named('Café orders'));
    await tabA.save(named('Pets'));
    await tabA.save(named('Order status'));
    expect((await tabA.list()).map((e) => e.name)).toEqual(['Order status', 'Pets', 'Café orders']);
    expect((await tabA.list({ search: 'ORDER' })).map((e) => e.name)).toEqual(['Order status', 'Café orders']);
    expect((await tabA.list({ search: 'cafe ord' })).map((e) => e.name)).toEqual(['Café orders']);
    expect(Object.keys((await tabA.list())[0]!)).toEqual([
      'id',
      'name',
      'updatedAt',
      'revision',
      'httpMethod',
      'resourcePath',
      'integrationType',
    ]);
  });

  it('search also matches the method, the resource path and the integration type, every word somewhere', async () => {
    const { tabA } = setup();
    const design = (name: string, httpMethod: string, resourcePath: string, type: 'AWS_PROXY' | 'HTTP' | 'MOCK') => {
      const d = named(name);
      return { ...d, method: { ...d.method, httpMethod, resourcePath }, integration: { ...d.integration, type } };
    };
    await tabA.save(design('Create pet', 'POST', '/pets', 'AWS_PROXY'));
    await tabA.save(design('Find order', 'GET', '/orders/{id}', 'HTTP'));
    await tabA.save(design('Health', 'GET', '/health', 'MOCK'));
    const names = async (search: string) => (await tabA.list({ search })).map((e) => e.name);
    expect(await names('post')).toEqual(['Create pet']);
    expect(await names('/orders')).toEqual(['Find order']);
    expect(await names('mock')).toEqual(['Health']);
    expect(await names('get http')).toEqual(['Find order']);
    expect(await names('aws_proxy pet')).toEqual(['Create pet']);
    expect(await names('put')).toEqual([]);
  });

  it('duplicate makes an independent copy named "(copy)", then "(copy 2)"', async () => {
    const { tabA } = setup();
    const original = await tabA.save(named('Pets'));
    const copy = await tabA.duplicate(original.id);
    const copy2 = await tabA.duplicate(original.id);
    expect([copy.name, copy2.name, copy.design.name, copy.revision]).toEqual([
      'Pets (copy)',
      'Pets (copy 2)',
      'Pets (copy)',
      1,
    ]);
    await tabA.rename(copy.id, 'Cats');
    expect((await tabA.get(original.id))?.name).toBe('Pets');
  });

  it('remove hides a design; restore brings it back (undo); purge deletes old tombstones for good', async () => {
    const { tabA, store } = setup();
    const saved = await tabA.save(named('Pets'));
    await tabA.remove(saved.id);
    expect(await tabA.list()).toEqual([]);
    expect(await tabA.get(saved.id)).toBeNull();
    const restored = await tabA.restore(saved.id);
    expect(restored).toMatchObject({ deletedAt: null, revision: 3 });
    expect((await tabA.list()).map((e) => e.id)).toEqual([saved.id]);
    await tabA.remove(saved.id);
    expect(await tabA.purgeRemoved(1_000_000)).toEqual([]);
    expect(await tabA.purgeRemoved(0)).toEqual([saved.id]);
    expect(store.records.size).toBe(0);
    await expect(tabA.restore(saved.id)).rejects.toMatchObject({ name: 'StorageError', kind: 'not-found' });
  });

  it('every change is announced with the new revision (other tabs refresh their list)', async () => {
    const { tabA, changes } = setup();
    const saved = await tabA.save(named('Pets'));
    await tabA.rename(saved.id, 'Cats');
    await tabA.remove(saved.id);
    await tabA.restore(saved.id);
    expect(changes.map((c) => `${c.type}:${c.revision}`)).toEqual(['saved:1', 'renamed:2', 'removed:3', 'restored:4']);
  });

  it('a design from storage is a copy: changing it does not change the stored one', async () => {
    const { tabA } = setup();
    const saved = await tabA.save(named('Pets'));
    const got = await tabA.get(saved.id);
    got!.design.name = 'changed';
    expect((await tabA.get(saved.id))?.design.name).toBe('Pets');
  });
});

describe('pure rules', () => {
  const record = (id: string, name: string, updatedAt: number, deletedAt: number | null = null): LibraryRecord => ({
    id,
    name,
    updatedAt,
    createdAt: 0,
    revision: 1,
    deletedAt,
    design: named(name),
  });

  it('ties in updatedAt are ordered by name, then id; tombstones are never listed', () => {
    const entries = listEntries([
      record('b', 'Same', 5),
      record('a', 'Same', 5),
      record('c', 'Alpha', 5),
      record('d', 'Gone', 9, 10),
    ]);
    expect(entries.map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });

  it.each([
    ['Pets', [], 'Pets (copy)'],
    ['Pets', ['Pets (copy)'], 'Pets (copy 2)'],
    ['Pets (copy)', ['Pets (copy)'], 'Pets (copy 2)'],
    ['Pets (copy 2)', ['Pets (copy)', 'Pets (copy 2)'], 'Pets (copy 3)'],
  ])('copyName(%s, %j) = %s', (name, existing, expected) => {
    expect(copyName(name, existing)).toBe(expected);
  });
});

describe('storage failures are StorageErrors with a message a person can act on', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('no IndexedDB at all (Node, some private modes): "unavailable"', async () => {
    await expect(openLibrary()).rejects.toMatchObject({
      name: 'StorageError',
      kind: 'unavailable',
      message: expect.stringMatching(/Export your design to a file/),
    });
  });

  it('open() throwing SecurityError (private mode in some browsers): "unavailable"', async () => {
    const factory = {
      open: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    await expect(openLibrary({ factory })).rejects.toMatchObject({ kind: 'unavailable' });
  });

  /** A stand-in open request: an EventTarget that idb accepts as an IDBRequest. */
  function fakeOpen(fire: (request: EventTarget & { error?: unknown }) => void): IDBFactory {
    class FakeRequest extends EventTarget {}
    vi.stubGlobal('IDBRequest', FakeRequest);
    return {
      open: () => {
        const request = new FakeRequest();
        queueMicrotask(() => fire(request));
        return request;
      },
    } as unknown as IDBFactory;
  }

  it('blocked by an older version open in another tab: "blocked"', async () => {
    const factory = fakeOpen((request) => request.dispatchEvent(new Event('blocked')));
    await expect(openLibrary({ factory })).rejects.toMatchObject({
      kind: 'blocked',
      message: expect.stringMatching(/Close it/),
    });
  });

  it('an error while opening (quota): "quota"', async () => {
    const factory = fakeOpen((request) => {
      request.error = new DOMException('full', 'QuotaExceededError');
      request.dispatchEvent(new Event('error'));
    });
    await expect(openLibrary({ factory })).rejects.toMatchObject({
      kind: 'quota',
      message: expect.stringMatching(/storage for this site is full/),
    });
  });

  it('a failing store: raw errors become StorageErrors, conflicts stay conflicts', async () => {
    const store = memoryRecordStore();
    store.update = async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const library = createLibrary(store, { announce: () => {} });
    await expect(library.save(named('Pets'))).rejects.toMatchObject({ name: 'StorageError', kind: 'quota' });
    expect(toStorageError(new ConflictError(null, 1))).toBeInstanceOf(ConflictError);
    expect(toStorageError(new Error('boom'))).toBeInstanceOf(StorageError);
  });

  it('after a newer version took the database, every call says to reload', async () => {
    const library = createLibrary(memoryRecordStore(), {
      announce: () => {},
      isClosed: () => new StorageError('closed'),
    });
    await expect(library.list()).rejects.toMatchObject({
      kind: 'closed',
      message: expect.stringMatching(/Reload this tab/),
    });
  });
});

describe('onLibraryChange (BroadcastChannel)', () => {
  it('hears changes announced elsewhere and ignores messages of the wrong shape', async () => {
    const channel = `test-${Math.random()}`;
    const received = new Promise<LibraryChange>((resolve) => {
      const stop = onLibraryChange((change) => {
        stop();
        resolve(change);
      }, channel);
    });
    const raw = new BroadcastChannel(channel);
    raw.postMessage({ type: 'saved', id: 42 });
    raw.postMessage('<script>');
    raw.close();
    announceLibraryChange({ type: 'renamed', id: 'id-1', revision: 3 }, channel);
    expect(await received).toEqual({ type: 'renamed', id: 'id-1', revision: 3 });
  });
});
