// Nothing lost on import: an import opens as a NEW design of the library, the design that was open is saved first and
// stays as it was, and Undo goes back to it (the imported one stays saved too). Records read back from storage are
// untrusted: a damaged one is skipped in the list, never deleted and never breaking it.
import { describe, expect, it } from 'vitest';
import { importDesign } from '../../src/formats/import-design.ts';
import type { Design } from '../../src/model/types.ts';
import { createLibrary, memoryRecordStore } from '../../src/share/index.ts';
import { listEntries } from '../../src/share/library-records.ts';
import type { LibraryRecord } from '../../src/share/library-records.ts';
import { createDesignerStore } from '../../src/store/store.ts';
import { quarantine, quarantined } from '../../src/store/quarantine.ts';
import { fixtureDesign } from './fixture-design.ts';
import { memoryStorage } from './memory-storage.ts';

function tab() {
  const records = memoryRecordStore();
  let ids = 0;
  const store = createDesignerStore({
    design: fixtureDesign(),
    openLibrary: async () => createLibrary(records, { newId: () => `id-${++ids}`, announce: () => {} }),
  });
  return { store, records };
}

const imported = (): Design => {
  const result = importDesign(
    JSON.stringify({
      type: 'AWS_PROXY',
      httpMethod: 'POST',
      uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations',
    }),
  );
  if (!result.ok) throw new Error(result.error);
  return result.design;
};

describe('import as a new design', () => {
  it('saves the open design, opens the import as a new library design, and Undo goes back', async () => {
    const { store, records } = tab();
    const { actions } = store.getState();
    await actions.connectLibrary();
    actions.editDesign((d) => ({ ...d, name: 'My work' }));
    expect(await actions.importAsNew({ ...imported(), name: 'Imported' })).toBe(true);
    await actions.saveDesign();
    expect(store.getState().design.name).toBe('Imported');
    expect([...records.records.values()].map((r) => r.name).sort()).toEqual(['Imported', 'My work']);
    expect(store.getState().library.beforeImport).toEqual({ id: 'id-1', name: 'My work' });

    actions.undo(); // at the start of the imported design's history: takes the import back
    await actions.refreshLibrary();
    expect(store.getState().design.name).toBe('My work');
    expect(store.getState().library.document.id).toBe('id-1');
    expect(store.getState().library.beforeImport).toBeNull();
    expect(records.records.size).toBe(2); // the imported design stays saved too
  });
});

describe('an imported method gets a sample and a backend that fit it', () => {
  it.each([
    [
      'OpenAPI GET with a path parameter, HTTP',
      {
        openapi: '3.0.1',
        info: { title: 'x', version: '1' },
        paths: {
          '/pets/{petId}': {
            get: {
              'x-amazon-apigateway-integration': {
                type: 'http',
                httpMethod: 'GET',
                uri: 'https://x.example/pets/{petId}',
              },
            },
          },
        },
      },
      { method: 'GET', path: '/pets/42' },
      'http',
    ],
    [
      'OpenAPI POST, Lambda proxy',
      {
        openapi: '3.0.1',
        info: { title: 'x', version: '1' },
        paths: {
          '/orders/{proxy+}': {
            post: {
              'x-amazon-apigateway-integration': {
                type: 'aws_proxy',
                httpMethod: 'POST',
                uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations',
              },
            },
          },
        },
      },
      { method: 'POST', path: '/orders/example/path', body: '{"name": "example"}' },
      'lambda',
    ],
  ])('%s', (_label, file, sample, backend) => {
    const result = importDesign(JSON.stringify(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.design.samples).toHaveLength(1);
    expect(result.design.samples[0]).toMatchObject(sample);
    expect(Object.keys(result.design.backend ?? {})).toEqual([backend]);
  });
  it('a design document keeps its own samples and backend; --base keeps the base design', () => {
    const design = fixtureDesign();
    const result = importDesign(JSON.stringify(design));
    expect(result.ok && result.design.samples).toEqual(design.samples);
  });
});

describe('records read back from storage are untrusted', () => {
  it('a damaged record is skipped by the list, the others are listed', () => {
    const good: LibraryRecord = {
      id: 'a',
      name: 'Good',
      design: fixtureDesign(),
      createdAt: 1,
      updatedAt: 2,
      revision: 1,
      deletedAt: null,
    };
    const damaged = {
      id: 'b',
      name: { text: 'x' },
      design: 7,
      createdAt: 1,
      updatedAt: 3,
      revision: 1,
      deletedAt: null,
    };
    expect(listEntries([good, damaged as unknown as LibraryRecord]).map((e) => e.name)).toEqual(['Good']);
  });
});

describe('quarantine: a design that cannot be opened is set aside, never deleted', () => {
  it('keeps the raw text and why, newest first', () => {
    const storage = memoryStorage();
    quarantine(storage, '{"first": 1}', 'integration.uri: expected a string', new Date('2026-01-01T00:00:00Z'));
    quarantine(storage, '{"second": 2}', 'name: expected a string', new Date('2026-01-02T00:00:00Z'));
    expect(quarantined(storage).map((q) => q.raw)).toEqual(['{"second": 2}', '{"first": 1}']);
    expect(
      quarantine(
        {
          setItem: () => {
            throw new Error('full');
          },
        },
        'x',
        'y',
      ),
    ).toBeNull();
  });
});
