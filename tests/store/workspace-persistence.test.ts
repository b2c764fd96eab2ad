// The open workspace survives a reload: it is saved in the browser's storage (IndexedDB, here its in-memory
// stand-in) shortly after each change, and which method was open is remembered at once, so the method's latest
// edits come back. A stored workspace that cannot be read is reported and kept, never deleted, and the designer
// opens without it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryWorkspaceStore } from '../../src/share/workspace-store.ts';
import { createDesignerStore } from '../../src/store/store.ts';
import { connectWorkspaceStorage, WORKSPACE_POINTER_KEY } from '../../src/store/workspace-persistence.ts';
import { openApiWorkspace } from '../../src/workspace/open-api-workspace.ts';
import type { Workspace } from '../../src/workspace/types.ts';
import type { Design } from '../../src/model/types.ts';
import { fixtureDesign } from './fixture-design.ts';

function pets(): Workspace {
  const opened = openApiWorkspace('pets-api.yaml', readFileSync('e2e/fixtures/pets-api.yaml', 'utf8'));
  if (!opened.ok) throw new Error(opened.error);
  return opened.workspace;
}

function webStorage() {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (k: string) => values.get(k) ?? null,
    setItem: (k: string, v: string) => void values.set(k, v),
  };
}

/** A page load: a store whose design is what this tab had open (the design's own persistence restores it). */
function load(
  storage: ReturnType<typeof webStorage>,
  workspaces: ReturnType<typeof memoryWorkspaceStore>,
  design = fixtureDesign(),
  inWorkspace = false,
) {
  const store = createDesignerStore({
    design,
    document: { id: null, revision: 0, shared: false, ...(inWorkspace ? { inWorkspace: true } : {}) },
  });
  const connection = connectWorkspaceStorage(store, { storage, openStore: async () => workspaces, delayMs: 0 });
  return { store, connection, actions: store.getState().actions };
}

/** A tab opens the pets workspace on POST /pets and edits its timeout to 5000 ms (then, if asked, marks it the
 *  original); the workspace is saved. `opened` is the timeout the method was opened with. */
async function editPostPets(mark = false) {
  const storage = webStorage();
  const workspaces = memoryWorkspaceStore();
  const first = load(storage, workspaces);
  await first.connection.restored;
  await first.actions.openWorkspace(pets());
  await first.actions.selectMethod('POST /pets');
  const opened = first.store.getState().design.integration.timeoutInMillis;
  first.actions.editDesign((d) => ({ ...d, integration: { ...d.integration, timeoutInMillis: 5000 } }));
  if (mark) await first.actions.markOriginal();
  await first.connection.flush();
  return { storage, workspaces, first, opened };
}

describe('the workspace across a reload', () => {
  it('comes back with the method that was open and its latest edits', async () => {
    const { storage, workspaces, first } = await editPostPets();
    expect(JSON.parse(storage.values.get(WORKSPACE_POINTER_KEY)!)).toMatchObject({ selected: 'POST /pets' });

    // The tab's design copy is newer than the workspace record: a keystroke after the last save.
    const lastDesign = { ...first.store.getState().design, name: 'typed just before the reload' };
    const second = load(storage, workspaces, lastDesign, true);
    await second.connection.restored;
    const state = second.store.getState();
    expect(state.workspace.open!.methods).toHaveLength(5);
    expect(state.workspace.open!.selected).toBe('POST /pets');
    expect(state.design.name).toBe('typed just before the reload');
    expect(state.design.integration.timeoutInMillis).toBe(5000);
  });

  it('a closed workspace does not come back', async () => {
    const storage = webStorage();
    const workspaces = memoryWorkspaceStore();
    const first = load(storage, workspaces);
    await first.actions.openWorkspace(pets());
    await first.connection.flush();
    await first.actions.closeWorkspace();
    const second = load(storage, workspaces);
    await second.connection.restored;
    expect(second.store.getState().workspace.open).toBeNull();
    expect(workspaces.records.size).toBe(1); // kept in storage all the same
  });

  it('a damaged stored workspace is reported with the reason, kept, and the designer opens without it', async () => {
    const storage = webStorage();
    const workspaces = memoryWorkspaceStore();
    const damaged = {
      format: 'integration-designer-workspace/1',
      methods: [{ key: 'GET /a', design: { integration: { uri: 3 } } }],
    };
    await workspaces.put({ id: 'w1', name: 'broken', updatedAt: 1, workspace: damaged });
    storage.setItem(WORKSPACE_POINTER_KEY, JSON.stringify({ id: 'w1', selected: 'GET /a' }));
    const { store, connection } = load(storage, workspaces);
    await connection.restored;
    expect(store.getState().workspace.open).toBeNull();
    expect(store.getState().ui.notice).toContain(
      'could not be opened (methods[0].design.integration.uri: expected a string, got a number (3)). It is still in this browser',
    );
    expect(workspaces.records.get('w1')!.workspace).toEqual(damaged);
  });

  it('a storage that refuses to save says so once, and the workspace stays open', async () => {
    const storage = webStorage();
    const workspaces = memoryWorkspaceStore();
    workspaces.put = async () => {
      throw new Error('QuotaExceededError');
    };
    const { store, connection, actions } = load(storage, workspaces);
    await actions.openWorkspace(pets());
    await connection.flush();
    expect(store.getState().ui.notice).toMatch(/could not be saved in this browser \(QuotaExceededError\)/);
    expect(store.getState().workspace.open).not.toBeNull();
  });
});

// Compare (issue #16) measures a method's changes against its original: the method as the workspace opened it, or as
// it was when "Make now the original" was pressed. Each method's original is stored with the workspace, so a reload
// or a switch to another method and back still finds it.
describe('each method’s original, with the workspace', () => {
  /** editPostPets, then a reload of the page. */
  async function editedThenReloaded(mark = false) {
    const { storage, workspaces, first, opened } = await editPostPets(mark);
    const second = load(storage, workspaces, first.store.getState().design, true);
    await second.connection.restored;
    return { opened, first, second, workspaces, storage };
  }

  it('survives a reload: the reopened method’s original is the method as opened, not as reloaded', async () => {
    const { opened, second } = await editedThenReloaded();
    expect(opened).not.toBe(5000);
    const { design, library } = second.store.getState();
    expect(design.integration.timeoutInMillis).toBe(5000);
    expect(library.original).toMatchObject({ source: 'opened', design: { integration: { timeoutInMillis: opened } } });
  });

  it('goes with its method when another is opened, and comes back with it', async () => {
    const { opened, second } = await editedThenReloaded();
    await second.actions.selectMethod('GET /pets');
    expect(second.store.getState().library.original?.design.method.httpMethod).toBe('GET');
    await second.actions.selectMethod('POST /pets');
    const { design, library } = second.store.getState();
    expect(design.integration.timeoutInMillis).toBe(5000);
    expect(library.original?.design.integration.timeoutInMillis).toBe(opened);
  });

  it('"Make now the original" sets that method’s original only, and a reload keeps it', async () => {
    const { second, workspaces } = await editedThenReloaded(true);
    expect(second.store.getState().library.original).toMatchObject({
      source: 'marked',
      design: { integration: { timeoutInMillis: 5000 } },
    });
    const stored = [...workspaces.records.values()][0]!.originals as Record<string, { source: string }>;
    expect(Object.keys(stored).sort()).toEqual(['GET /pets', 'POST /pets']);
    expect(stored['GET /pets']!.source).toBe('opened');
    expect(stored['POST /pets']!.source).toBe('marked');
  });

  it('a workspace stored before originals were kept opens, each method’s original taken as it opens', async () => {
    const storage = webStorage();
    const workspaces = memoryWorkspaceStore();
    const workspace = { ...pets(), id: 'w-old', selected: 'POST /pets' };
    await workspaces.put({ id: 'w-old', name: 'pets', updatedAt: 1, workspace });
    storage.setItem(WORKSPACE_POINTER_KEY, JSON.stringify({ id: 'w-old', selected: 'POST /pets' }));
    const { store, connection } = load(storage, workspaces);
    await connection.restored;
    expect(store.getState().ui.notice).toBeNull();
    expect(store.getState().library.original).toMatchObject({
      source: 'opened',
      design: { method: { httpMethod: 'POST' } },
    });
  });

  it('a damaged stored original is reported (method, field, what) and dropped; the others and the workspace open', async () => {
    const { second, workspaces, storage } = await editedThenReloaded(true);
    const record = [...workspaces.records.values()][0]!;
    const originals = record.originals as Record<string, { design: Design }>;
    const damaged = {
      ...originals['GET /pets']!,
      design: { ...originals['GET /pets']!.design, integration: { uri: 3 } },
    };
    await workspaces.put({ ...record, originals: { ...originals, 'GET /pets': damaged, 'PUT /gone': 'x' } });
    second.connection.stop();
    const third = load(storage, workspaces, second.store.getState().design, true);
    await third.connection.restored;
    const state = third.store.getState();
    expect(state.ui.notice).toContain(
      'The stored original of a method of the workspace could not be read and was dropped',
    );
    expect(state.ui.notice).toContain(
      'originals["GET /pets"].design.integration.uri: expected a string, got a number (3)',
    );
    expect(state.workspace.open?.methods).toHaveLength(5);
    expect(state.library.original).toMatchObject({ source: 'marked' });
    expect(Object.keys(state.workspace.originals)).toEqual(['POST /pets']);
  });

  it('a stored original that is not an original at all is reported by field', async () => {
    const { second, workspaces, storage } = await editedThenReloaded();
    const record = [...workspaces.records.values()][0]!;
    const originals = record.originals as Record<string, unknown>;
    await workspaces.put({
      ...record,
      originals: { ...originals, 'POST /pets': { design: {}, source: 'stolen', at: 'x' } },
    });
    second.connection.stop();
    const third = load(storage, workspaces, second.store.getState().design, true);
    await third.connection.restored;
    expect(third.store.getState().ui.notice).toMatch(/originals\["POST \/pets"\]\.source: .*one of imported, opened/);
    // Dropped: the method's original is the method as reloaded, and Compare still has something to measure against.
    expect(third.store.getState().library.original?.design.integration.timeoutInMillis).toBe(5000);
  });
});
