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

describe('the workspace across a reload', () => {
  it('comes back with the method that was open and its latest edits', async () => {
    const storage = webStorage();
    const workspaces = memoryWorkspaceStore();
    const first = load(storage, workspaces);
    await first.connection.restored;
    await first.actions.openWorkspace(pets());
    await first.actions.selectMethod('POST /pets');
    first.actions.editDesign((d) => ({ ...d, integration: { ...d.integration, timeoutInMillis: 5000 } }));
    await first.connection.flush();
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
