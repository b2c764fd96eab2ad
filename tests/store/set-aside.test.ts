// Designs set aside because they could not be opened (quarantine.ts): listed once each from a tab's and the browser's
// storage (an entry is written to both), newest first, and deleted only when the user asks, from both.
import { describe, expect, it } from 'vitest';
import { discardQuarantined, QUARANTINE_PREFIX, quarantine, quarantined } from '../../src/store/quarantine.ts';
import { createDesignerStore } from '../../src/store/store.ts';
import { fixtureDesign } from './fixture-design.ts';
import { memoryStorage } from './memory-storage.ts';

/** Writes to both, as the browser's tab-first storage does. */
function both(a: ReturnType<typeof memoryStorage>, b: ReturnType<typeof memoryStorage>) {
  return {
    setItem: (k: string, v: string) => {
      a.setItem(k, v);
      b.setItem(k, v);
    },
  };
}

describe('set-aside designs', () => {
  it('lists each once from two storages, newest first, with its key; skips what is not a record', () => {
    const local = memoryStorage();
    const session = memoryStorage();
    quarantine(both(local, session), '{"a": 1}', 'first', new Date('2026-01-01T00:00:00Z'));
    quarantine(session, '{"b": 2}', 'only in the tab', new Date('2026-01-03T00:00:00Z'));
    quarantine(local, '{"c": 3}', 'only in the browser', new Date('2026-01-02T00:00:00Z'));
    local.setItem(`${QUARANTINE_PREFIX}broken`, '{not json');
    local.setItem('integration-designer:design', '{"design": {}}');
    const list = quarantined(local, session);
    expect(list.map((d) => d.reason)).toEqual(['only in the tab', 'only in the browser', 'first']);
    expect(list[2]).toEqual({
      key: `${QUARANTINE_PREFIX}2026-01-01T00:00:00.000Z`,
      at: '2026-01-01T00:00:00.000Z',
      reason: 'first',
      raw: '{"a": 1}',
    });
  });

  it('discarding removes it from every storage; a key outside the set-aside ones is never removed', () => {
    const local = memoryStorage();
    const session = memoryStorage();
    const key = quarantine(both(local, session), '{}', 'why', new Date('2026-01-01T00:00:00Z'))!;
    local.setItem('integration-designer:design', 'kept');
    discardQuarantined('integration-designer:design', local, session);
    expect(local.getItem('integration-designer:design')).toBe('kept');
    discardQuarantined(key, local, session, null);
    expect(quarantined(local, session)).toEqual([]);
  });

  it('the store lists them at start, reads again on refresh, and deletes on request', () => {
    const local = memoryStorage();
    quarantine(local, '{"old": true}', 'at start', new Date('2026-01-01T00:00:00Z'));
    const store = createDesignerStore({ design: fixtureDesign(), setAsideStorages: [local] });
    expect(store.getState().setAside.map((d) => d.reason)).toEqual(['at start']);
    quarantine(local, '{"new": true}', 'since', new Date('2026-01-02T00:00:00Z'));
    store.getState().actions.refreshSetAside();
    expect(store.getState().setAside.map((d) => d.reason)).toEqual(['since', 'at start']);
    store.getState().actions.discardSetAside(store.getState().setAside[1]!.key);
    expect(store.getState().setAside.map((d) => d.reason)).toEqual(['since']);
    expect(local.data.size).toBe(1);
  });

  it('without storages (tests, Node) the list is empty and actions do nothing', () => {
    const store = createDesignerStore({ design: fixtureDesign() });
    expect(store.getState().setAside).toEqual([]);
    store.getState().actions.refreshSetAside();
    store.getState().actions.discardSetAside(`${QUARANTINE_PREFIX}x`);
    expect(store.getState().setAside).toEqual([]);
  });
});
