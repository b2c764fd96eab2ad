// The open-file slice (issue #16, "work on the files where they live"): the file's methods in the designer, edits
// kept while switching, "Save to file" as the text writeBackApi makes, written only over the version read; a file
// changed on disk is refused and reloading reads it (the designer's undo keeps the user's version).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/cli/open/open-server.ts';
import type { OpenFileClient } from '../../src/share/open-file-client.ts';
import type { SaveReply } from '../../src/share/open-file-protocol.ts';
import { createDesignerStore } from '../../src/store/store.ts';
import { fixtureDesign } from './fixture-design.ts';

const ORDERS = readFileSync('examples/openapi-orders/openapi.yaml', 'utf8');

/** A fake of the open command's server: a file on "disk" and the same hash check as the real one. */
function fakeDisk(text: string) {
  const disk = { text, writes: 0 };
  const client: OpenFileClient = {
    load: async () => ({ name: 'openapi.yaml', text: disk.text, hash: sha256(disk.text) }),
    save: async (next, baseHash): Promise<SaveReply> => {
      if (baseHash !== sha256(disk.text))
        return { ok: false, error: 'openapi.yaml changed on disk since it was opened', changedOnDisk: true };
      disk.text = next;
      disk.writes++;
      return { ok: true, hash: sha256(next) };
    },
  };
  return { disk, client };
}

async function openStore(text = ORDERS) {
  const store = createDesignerStore({ design: fixtureDesign() });
  const { disk, client } = fakeDisk(text);
  await store.getState().actions.connectOpenFile(client);
  return { store, disk, actions: store.getState().actions };
}

const setTemplate = (store: Awaited<ReturnType<typeof openStore>>['store'], text: string) =>
  store.getState().actions.editDesign((d) => ({
    ...d,
    integration: { ...d.integration, requestTemplates: { 'application/json': text } },
  }));

describe('open-file slice', () => {
  it('opens the first method of the file, with a sample that fits it, and lists them all', async () => {
    const { store } = await openStore();
    const { openFile, design } = store.getState();
    expect(openFile.status).toBe('ready');
    expect(openFile.methods).toEqual(['GET /orders/{orderId}', 'POST /orders', 'GET /orders/{orderId}/invoice']);
    expect(openFile.current).toBe('GET /orders/{orderId}');
    expect(design.method).toMatchObject({ httpMethod: 'GET', resourcePath: '/orders/{orderId}' });
    expect(design.samples).toHaveLength(1);
  });

  it('keeps the edits of a method while another is open, and saves them all in one write', async () => {
    const { store, disk, actions } = await openStore();
    actions.selectOpenMethod('POST /orders');
    setTemplate(store, 'Action=SendMessage');
    actions.selectOpenMethod('GET /orders/{orderId}/invoice');
    actions.editDesign((d) => ({ ...d, integration: { ...d.integration, timeoutInMillis: 5000 } }));
    actions.selectOpenMethod('POST /orders');
    expect(store.getState().design.integration.requestTemplates).toEqual({ 'application/json': 'Action=SendMessage' });

    actions.prepareSave();
    const pending = store.getState().openFile.pending!;
    expect(pending.text).toContain('application/json: Action=SendMessage\n');
    expect(pending.text).toContain('timeoutInMillis: 5000');
    expect(disk.writes).toBe(0); // nothing is written before the user confirms
    await actions.confirmSave();
    expect(disk.text).toBe(pending.text);
    expect(store.getState().openFile).toMatchObject({ text: pending.text, edits: {}, message: 'Saved openapi.yaml' });
  });

  it('a file changed on disk meanwhile is not overwritten; reloading opens the same method from it', async () => {
    const { store, disk, actions } = await openStore();
    actions.selectOpenMethod('POST /orders');
    setTemplate(store, 'mine');
    disk.text = ORDERS.replace('role/orders-api-sqs', 'role/orders-api-sqs-v2');
    actions.prepareSave();
    await actions.confirmSave();
    expect(store.getState().openFile).toMatchObject({
      error: 'Not saved: openapi.yaml changed on disk since it was opened',
      changedOnDisk: true,
    });
    expect(disk.text).toContain('orders-api-sqs-v2');
    await actions.reloadOpenFile();
    expect(store.getState().openFile).toMatchObject({ error: null, changedOnDisk: false, current: 'POST /orders' });
    expect(store.getState().design.integration.credentials).toBe('arn:aws:iam::123456789012:role/orders-api-sqs-v2');
    actions.undo(); // the user's version is one Undo away
    expect(store.getState().design.integration.requestTemplates).toEqual({ 'application/json': 'mine' });
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
    actions.prepareSave();
    expect(store.getState().openFile.pending).toBeNull();
    expect(store.getState().openFile.error).toBe(
      'Not saved: GET /orders/{orderId}: the method is now PUT /orders/{orderId}; a changed verb or path is not written back',
    );
  });
});
