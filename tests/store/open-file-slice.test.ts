// The open-file slice (issue #16, "work on the files where they live"): an API definition opens as a workspace, a
// design document as the design; "Save to file" is the text writeBackApi makes from every method's edits, written
// only over the version read; a file changed on disk is refused and reloading reads it (Undo keeps the user's work).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/cli/open/open-server.ts';
import type { OpenFileClient } from '../../src/share/open-file-client.ts';
import type { SaveReply } from '../../src/share/open-file-protocol.ts';
import { createDesignerStore } from '../../src/store/store.ts';
import { fixtureDesign } from './fixture-design.ts';

const ORDERS = readFileSync('examples/openapi-orders/openapi.yaml', 'utf8');

/** A fake of the open command's server: a file on "disk" and the same hash check as the real one. */
function fakeDisk(text: string, name = 'openapi.yaml') {
  const disk = { text, writes: 0 };
  const client: OpenFileClient = {
    load: async () => ({ name, text: disk.text, hash: sha256(disk.text) }),
    save: async (next, baseHash): Promise<SaveReply> => {
      if (baseHash !== sha256(disk.text))
        return { ok: false, error: `${name} changed on disk since it was opened`, changedOnDisk: true };
      disk.text = next;
      disk.writes++;
      return { ok: true, hash: sha256(next) };
    },
  };
  return { disk, client };
}

async function openStore(text = ORDERS, name?: string) {
  const store = createDesignerStore({ design: fixtureDesign() });
  const { disk, client } = fakeDisk(text, name);
  await store.getState().actions.connectOpenFile(client);
  return { store, disk, actions: store.getState().actions };
}

type Store = Awaited<ReturnType<typeof openStore>>['store'];
const setTemplate = (store: Store, text: string) =>
  store.getState().actions.editDesign((d) => ({
    ...d,
    integration: { ...d.integration, requestTemplates: { 'application/json': text } },
  }));

describe('open-file slice', () => {
  it('opens an API definition as a workspace of all its methods, the first one in the designer', async () => {
    const { store } = await openStore();
    const { openFile, workspace, design } = store.getState();
    expect(openFile).toMatchObject({ status: 'ready', kind: 'api', name: 'openapi.yaml' });
    expect(workspace.open!.methods.map((m) => m.key)).toEqual([
      'GET /orders/{orderId}',
      'POST /orders',
      'GET /orders/{orderId}/invoice',
    ]);
    expect(design.method).toMatchObject({ httpMethod: 'GET', resourcePath: '/orders/{orderId}' });
  });

  it('saves the edits of every method in one write, and only after the user confirms', async () => {
    const { store, disk, actions } = await openStore();
    await actions.selectMethod('POST /orders');
    setTemplate(store, 'Action=SendMessage');
    await actions.selectMethod('GET /orders/{orderId}/invoice');
    actions.editDesign((d) => ({ ...d, integration: { ...d.integration, timeoutInMillis: 5000 } }));

    await actions.prepareSave();
    const pending = store.getState().openFile.pending!;
    expect(pending.text).toContain('application/json: Action=SendMessage\n');
    expect(pending.text).toContain('timeoutInMillis: 5000');
    expect(disk.writes).toBe(0);
    await actions.confirmSave();
    expect(disk.text).toBe(pending.text);
    expect(store.getState().openFile).toMatchObject({ text: pending.text, message: 'Saved openapi.yaml' });
    expect(store.getState().workspace.open!.source.text).toBe(pending.text);
  });

  it('a file changed on disk meanwhile is not overwritten; reloading opens the same method from it', async () => {
    const { store, disk, actions } = await openStore();
    await actions.selectMethod('POST /orders');
    setTemplate(store, 'mine');
    disk.text = ORDERS.replace('role/orders-api-sqs', 'role/orders-api-sqs-v2');
    await actions.prepareSave();
    await actions.confirmSave();
    expect(store.getState().openFile).toMatchObject({
      error: 'Not saved: openapi.yaml changed on disk since it was opened',
      changedOnDisk: true,
    });
    expect(disk.text).not.toContain('mine');
    await actions.reloadOpenFile();
    expect(store.getState().openFile).toMatchObject({ error: null, changedOnDisk: false, status: 'ready' });
    expect(store.getState().workspace.open!.selected).toBe('POST /orders');
    expect(store.getState().design.integration.credentials).toBe('arn:aws:iam::123456789012:role/orders-api-sqs-v2');
  });

  it('a design document opens as the design and saves as the design document', async () => {
    const text = readFileSync('examples/dynamodb/put-item.design.json', 'utf8');
    const { store, disk, actions } = await openStore(text, 'put-item.design.json');
    expect(store.getState().openFile.kind).toBe('design');
    expect(store.getState().workspace.open).toBeNull();
    await actions.prepareSave();
    expect(store.getState().openFile.pending!.text).toBe(text); // nothing changed: the file as it is
    actions.editDesign((d) => ({ ...d, integration: { ...d.integration, timeoutInMillis: 5000 } }));
    await actions.prepareSave();
    await actions.confirmSave();
    expect(JSON.parse(disk.text).integration.timeoutInMillis).toBe(5000);
  });

  it.each([
    ['not YAML or JSON', 'a: [unclosed\n', /^openapi\.yaml cannot be opened: not valid YAML: line \d+, column \d+/],
    ['no methods', 'openapi: 3.0.1\ninfo: {title: x, version: "1"}\npaths: {}\n', /^openapi\.yaml cannot be opened: /],
  ])('a file that is %s: a clear error, the designer unchanged', async (_name, text, error) => {
    const { store } = await openStore(text);
    expect(store.getState().openFile.status).toBe('error');
    expect(store.getState().openFile.error).toMatch(error);
    expect(store.getState().design.name).toBe(fixtureDesign().name);
  });

  it('a change writeBackApi refuses (a new verb) is said, and nothing is pending', async () => {
    const { actions, store } = await openStore();
    actions.editDesign((d) => ({ ...d, method: { ...d.method, httpMethod: 'PUT' } }));
    await actions.prepareSave();
    expect(store.getState().openFile.pending).toBeNull();
    expect(store.getState().openFile.error).toBe(
      'Not saved: GET /orders/{orderId}: the method is now PUT /orders/{orderId}; a changed verb or path is not written back',
    );
  });
});
