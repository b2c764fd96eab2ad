import { describe, expect, it } from 'vitest';
import { createDesignerStore } from '../../src/store/store.ts';
import { COALESCE_MS } from '../../src/store/design-slice.ts';
import { withIntegration } from '../../src/store/design-edits.ts';
import { fixtureDesign } from './fixture-design.ts';

function storeWithClock() {
  const clock = { t: 1_000 };
  const store = createDesignerStore({ design: fixtureDesign(), now: () => clock.t });
  return { store, clock, actions: store.getState().actions };
}

const setUri = (uri: string) => (d: ReturnType<typeof fixtureDesign>) => withIntegration(d, { uri });

describe('design slice: edits, undo and redo', () => {
  it('an edit changes the design and keeps unknown fields', () => {
    const { store, actions } = storeWithClock();
    actions.editDesign(setUri('https://a.example.com'), 'integration.uri');
    expect(store.getState().design.integration.uri).toBe('https://a.example.com');
    expect(store.getState().design.xFutureField).toEqual({ kept: true });
  });

  it('keystrokes in one field within the coalescing window are one undo step', () => {
    const { store, clock, actions } = storeWithClock();
    for (const uri of ['h', 'ht', 'htt']) {
      actions.editDesign(setUri(uri), 'integration.uri');
      clock.t += 100;
    }
    expect(store.getState().history.past).toHaveLength(1);
    actions.undo();
    expect(store.getState().design.integration.uri).toBe('https://pets.example.com/pets/{id}');
  });

  it.each([
    ['another field', 'integration.httpMethod', 100],
    ['the same field after a pause', 'integration.uri', COALESCE_MS + 1],
  ])('an edit of %s starts a new undo step', (_label, secondKey, gap) => {
    const { store, clock, actions } = storeWithClock();
    actions.editDesign(setUri('a'), 'integration.uri');
    clock.t += gap;
    actions.editDesign((d) => withIntegration(d, { uri: 'b' }), secondKey);
    expect(store.getState().history.past).toHaveLength(2);
  });

  it('undo then redo returns to the same design object; a new edit clears redo', () => {
    const { store, actions } = storeWithClock();
    actions.editDesign(setUri('a'));
    const edited = store.getState().design;
    actions.undo();
    actions.redo();
    expect(store.getState().design).toBe(edited);
    actions.undo();
    actions.editDesign(setUri('c'));
    expect(store.getState().history.future).toEqual([]);
    actions.redo();
    expect(store.getState().design.integration.uri).toBe('c');
  });

  it('undo with no history and redo with no future do nothing', () => {
    const { store, actions } = storeWithClock();
    const before = store.getState().design;
    actions.undo();
    actions.redo();
    expect(store.getState().design).toBe(before);
  });

  it('an edit that returns the same design adds no undo step', () => {
    const { store, actions } = storeWithClock();
    actions.editDesign((d) => d);
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('replaceDesign is undoable and never coalesces with typing', () => {
    const { store, actions } = storeWithClock();
    actions.editDesign(setUri('a'), 'integration.uri');
    actions.replaceDesign({ ...fixtureDesign(), name: 'Other' });
    actions.editDesign(setUri('b'), 'integration.uri');
    expect(store.getState().history.past).toHaveLength(3);
  });
});
