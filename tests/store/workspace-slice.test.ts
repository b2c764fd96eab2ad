// The workspace in the store: the designer edits one method at a time and the edits stay in the workspace when
// another method is opened; API settings edited in one method are every method's; the methods are never saved as
// designs of their own in the library; Run all runs every sample through the engine (the worker's runBatch, here
// in-process) and its outcomes become each method's test status — the same checks the `test` command makes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLibrary, memoryRecordStore } from '../../src/share/index.ts';
import { createDesignerStore } from '../../src/store/store.ts';
import { batchesOf, connectWorkspaceRuns } from '../../src/store/workspace-runs.ts';
import { currentWorkspace } from '../../src/store/workspace-slice.ts';
import { runBatch } from '../../src/worker/run-batch.ts';
import { openApiWorkspace } from '../../src/workspace/open-api-workspace.ts';
import type { Workspace } from '../../src/workspace/types.ts';
import { fixtureDesign } from './fixture-design.ts';

function pets(): Workspace {
  const opened = openApiWorkspace('pets-api.yaml', readFileSync('e2e/fixtures/pets-api.yaml', 'utf8'));
  if (!opened.ok) throw new Error(opened.error);
  return opened.workspace;
}

function tab() {
  const records = memoryRecordStore();
  const store = createDesignerStore({
    design: fixtureDesign(),
    openLibrary: async () => createLibrary(records, { announce: () => {} }),
  });
  return { store, records, actions: store.getState().actions };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

async function finished(store: ReturnType<typeof tab>['store']) {
  for (let i = 0; i < 200 && store.getState().workspace.run.status === 'running'; i++) await settled();
  return store.getState().workspace.run;
}

describe('a workspace in the designer', () => {
  it('opens its selected method; the open design is saved to the library first and stays there', async () => {
    const { store, records, actions } = tab();
    await actions.connectLibrary();
    actions.editDesign((d) => ({ ...d, name: 'my design' }));
    expect(await actions.openWorkspace(pets())).toBe(true);
    const state = store.getState();
    expect(state.design.method).toMatchObject({ httpMethod: 'GET', resourcePath: '/pets' });
    expect(state.library.document.inWorkspace).toBe(true);
    await actions.saveDesign();
    expect([...records.records.values()].map((r) => r.name)).toEqual(['my design']);
  });

  it('keeps the edits of a method when another is opened, and never saves methods as designs', async () => {
    const { store, records, actions } = tab();
    await actions.openWorkspace(pets());
    await actions.selectMethod('POST /pets');
    actions.editDesign((d) => ({
      ...d,
      integration: { ...d.integration, requestTemplates: { 'application/json': '{"edited": true}' } },
    }));
    await actions.selectMethod('GET /pets');
    await actions.saveDesign();
    const workspace = currentWorkspace(store.getState())!;
    expect(workspace.methods.find((m) => m.key === 'POST /pets')!.design.integration.requestTemplates).toEqual({
      'application/json': '{"edited": true}',
    });
    expect(records.records.size).toBe(0);
    await actions.selectMethod('POST /pets');
    expect(store.getState().design.integration.requestTemplates).toEqual({ 'application/json': '{"edited": true}' });
  });

  it('stage variables edited in one method are there in every other', async () => {
    const { store, actions } = tab();
    await actions.openWorkspace(pets());
    actions.editDesign((d) => ({ ...d, api: { ...d.api, stageVariables: { table: 'pets-prod' } } }));
    await actions.selectMethod('DELETE /pets/{petId}');
    expect(store.getState().design.api.stageVariables).toEqual({ table: 'pets-prod' });
    expect(store.getState().design.api.binaryMediaTypes).toEqual(['image/png']);
  });

  it('opens a method at one of its samples (following a Run all failure)', async () => {
    const { store, actions } = tab();
    const workspace = pets();
    workspace.methods[1]!.design.samples.push({ name: 'second', method: 'POST', path: '/pets' });
    await actions.openWorkspace(workspace);
    await actions.selectMethod('POST /pets', 1);
    expect(store.getState().selectedSample).toBe(1);
    expect(store.getState().workspace.open!.selected).toBe('POST /pets');
  });

  it('closing it opens a new design, which the library saves again', async () => {
    const { store, actions } = tab();
    await actions.openWorkspace(pets());
    await actions.closeWorkspace();
    expect(store.getState().workspace.open).toBeNull();
    expect(store.getState().library.document.inWorkspace).toBeUndefined();
  });
});

describe('Run all', () => {
  it('runs every sample of every method (edits included) and records each method’s status', async () => {
    const { store, actions } = tab();
    connectWorkspaceRuns(store, async (items) => ({ ok: true, outcomes: await runBatch(items, () => {}) }));
    await actions.openWorkspace(pets());
    await actions.selectMethod('POST /pets');
    // A template that writes invalid JSON fails the sample, as `test` fails it (README "Testing your templates").
    actions.editDesign((d) => ({
      ...d,
      integration: { ...d.integration, requestTemplates: { 'application/json': '{"TableName": }' } },
    }));
    actions.runAll();
    const run = await finished(store);
    expect(run.status).toBe('done');
    expect(run.outcomes.map((o) => [o.key, o.passed])).toEqual([
      ['GET /pets', true],
      ['POST /pets', false],
      ['OPTIONS /pets', true],
      ['GET /pets/{petId}', true],
      ['DELETE /pets/{petId}', true],
    ]);
    expect(run.outcomes[1]!.mismatches).toEqual([
      { field: 'integration request body', expected: 'valid JSON', actual: 'invalid JSON' },
    ]);
    const statuses = store.getState().workspace.open!.methods.map((m) => m.status);
    expect(statuses[1]).toEqual({ state: 'failed', passed: 0, failed: 1 });
    expect(statuses[0]).toEqual({ state: 'passed', passed: 1, failed: 0 });
  });

  it.each([
    ['status', { status: 201 }, [{ field: 'status', expected: 201, actual: 200 }]],
    [
      'a header that must be absent',
      { headers: { 'Access-Control-Allow-Origin': null } },
      [{ field: 'headers.Access-Control-Allow-Origin', expected: undefined, actual: '*' }],
    ],
    ['an unknown expectation', { statuz: 200 }, [expect.objectContaining({ field: 'statuz' })]],
    ['expectations that hold', { status: 200, headers: { 'Access-Control-Allow-Origin': '*' } }, []],
  ])('checks a sample’s expect block as `test` does: %s', async (_name, expect_, mismatches) => {
    const workspace = pets();
    const method = workspace.methods.find((m) => m.key === 'OPTIONS /pets')!;
    const sample = { ...method.design.samples[0]!, expect: expect_ };
    const [outcome] = await runBatch([{ key: method.key, design: { ...method.design, samples: [sample] } }], () => {});
    expect(outcome!.mismatches).toEqual(mismatches);
    expect(outcome!.passed).toBe(mismatches.length === 0);
  });

  it('a batch that fails ends the run with the reason; the statuses of what ran are kept', async () => {
    const { store, actions } = tab();
    let calls = 0;
    connectWorkspaceRuns(store, async (items) =>
      ++calls === 1
        ? { ok: true, outcomes: await runBatch(items, () => {}) }
        : { ok: false, message: 'stopped: the template ran too long' },
    );
    const workspace = pets();
    for (const m of workspace.methods) m.design.samples = Array.from({ length: 40 }, () => m.design.samples[0]!);
    await actions.openWorkspace(workspace);
    actions.runAll();
    const run = await finished(store);
    expect(run).toMatchObject({ status: 'failed', message: 'stopped: the template ran too long', total: 200 });
    expect(run.outcomes.length).toBe(120);
  });

  it.each([
    [[3, 3, 3], 6, [2, 1]],
    [[3, 3, 3], 150, [3]],
    [[10, 1], 4, [1, 1]],
    [[], 150, []],
  ])('batches methods %j of samples by %i: %j methods a batch (a method is never split)', (samples, size, sizes) => {
    const items = samples.map((n, i) => ({
      key: `GET /${i}`,
      design: { ...fixtureDesign(), samples: Array(n).fill({}) },
    }));
    expect(batchesOf(items, size).map((b) => b.length)).toEqual(sizes);
  });
});
