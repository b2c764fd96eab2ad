import { describe, expect, it } from 'vitest';
import { createDesignerStore } from '../../src/store/store.ts';
import {
  newSample,
  samplePathFor,
  selectedSampleIndex,
  withSamplesFollowingPath,
} from '../../src/store/samples-slice.ts';
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

// A request whose path matches no resource is refused with 403 {"message":"Missing Authentication Token"}:
// https://repost.aws/knowledge-center/api-gateway-authentication-token-errors — so a sample follows the resource path.
describe('a sample path follows the resource path while the user has not edited it', () => {
  it.each([
    ['/', '/'],
    ['/pets', '/pets'],
    ['/pets/{petId}', '/pets/1'],
    ['/pets/{petId}/toys/{toyId}', '/pets/1/toys/1'],
    ['/{proxy+}', '/1'],
    ['/pets/{', '/pets/{'],
  ])('samplePathFor(%s) = %s', (resourcePath, expected) => {
    expect(samplePathFor(resourcePath)).toBe(expected);
  });

  const design = (resourcePath: string, paths: string[]) => ({
    method: { resourcePath },
    samples: paths.map((path, i) => ({ name: `s${i}`, path })),
  });

  it('typing /pets/{petId} character by character carries a new design\'s "/" sample along to /pets/1', () => {
    let d = design('/', ['/']);
    let previous = '/';
    for (const typed of ['/p', '/pe', '/pets', '/pets/', '/pets/{', '/pets/{petId', '/pets/{petId}']) {
      d = withSamplesFollowingPath({ ...d, method: { resourcePath: typed } }, previous);
      previous = typed;
    }
    expect(d.samples.map((s) => s.path)).toEqual(['/pets/1']);
  });

  it('a sample whose path the user edited stays as it is; the others follow', () => {
    const d = withSamplesFollowingPath(design('/orders/{id}', ['/pets/1', '/pets/42']), '/pets/{petId}');
    expect(d.samples.map((s) => s.path)).toEqual(['/orders/1', '/pets/42']);
  });

  it('returns the same design when nothing follows (no needless undo step)', () => {
    const d = design('/orders', ['/pets/42']);
    expect(withSamplesFollowingPath(d, '/pets')).toBe(d);
  });
});
