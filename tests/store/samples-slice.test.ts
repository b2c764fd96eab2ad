import { describe, expect, it } from 'vitest';
import { createDesignerStore } from '../../src/store/store.ts';
import { newSample, selectedSampleIndex } from '../../src/store/samples-slice.ts';
import { fixtureDesign } from './fixture-design.ts';

function setup() {
  const store = createDesignerStore({ design: fixtureDesign(), now: () => 0 });
  return { store, actions: store.getState().actions, names: () => store.getState().design.samples.map((s) => s.name) };
}

describe('samples slice', () => {
  it('adds a sample with a unique name, a concrete path for the resource, and selects it', () => {
    const { store, actions, names } = setup();
    actions.addSample();
    actions.addSample();
    expect(names()).toEqual(['happy path', 'new sample', 'new sample 2']);
    expect(store.getState().design.samples[1]!.path).toBe('/pets/petId');
    expect(store.getState().selectedSample).toBe(2);
  });

  it('duplicates after the original with a "copy" name and an independent body', () => {
    const { store, actions, names } = setup();
    actions.duplicateSample(0);
    expect(names()).toEqual(['happy path', 'happy path copy']);
    actions.updateSample(1, { headers: { Accept: 'text/plain' } });
    expect(store.getState().design.samples[0]!.headers).toBeUndefined();
  });

  it('renames and deletes, keeping the selection on a valid sample', () => {
    const { store, actions, names } = setup();
    actions.addSample();
    actions.renameSample(1, 'missing header');
    expect(names()).toEqual(['happy path', 'missing header']);
    actions.deleteSample(1);
    expect(names()).toEqual(['happy path']);
    expect(selectedSampleIndex(store.getState())).toBe(0);
  });

  it('sample edits are undoable design edits', () => {
    const { store, actions } = setup();
    actions.updateSample(0, { body: '{}' }, 'body');
    actions.undo();
    expect(store.getState().design.samples[0]!.body).toBe('{"name":"Rex"}');
  });

  it.each([
    [5, 1, 0],
    [-3, 2, 0],
    [1, 2, 1],
    [0, 0, -1],
  ])('selected index %i with %i samples reads as %i', (selected, count, expected) => {
    const samples = Array.from({ length: count }, () => ({}));
    expect(selectedSampleIndex({ selectedSample: selected, design: { samples } })).toBe(expected);
  });

  it.each([
    ['/pets/{petId}', 'POST', '/pets/petId', 'POST'],
    ['/{proxy+}', 'ANY', '/proxy', 'GET'],
    ['/', 'GET', '/', 'GET'],
  ])('a new sample for %s %s requests %s with %s', (resource, verb, path, method) => {
    expect(newSample('s', resource, verb)).toMatchObject({ path, method });
  });
});
