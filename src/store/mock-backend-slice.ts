// Where the page's mock backends run (MSW's service worker, or in-process as the fallback) and what their in-memory
// stores hold after the last runs (read-only in the UI). Not part of the design document, not undoable.
import type { MockBackendMode } from '../mocks/mock-answer.ts';
import { EMPTY_STORES, type MockStoresSnapshot } from '../mocks/mock-stores-snapshot.ts';
import type { GetState, SetState, Slice } from './store-types.ts';

export interface MockBackendState {
  /** 'starting' until main.tsx knows whether the service worker runs. */
  mode: MockBackendMode | 'starting';
  /** Why the service worker is not used, when it is not. */
  reason: string | null;
  stores: MockStoresSnapshot;
  /** Empties the stores where they live (the page's session, or the engine worker's); set at start. */
  clearStores: (() => void) | null;
}

export interface MockBackendSliceState {
  mocks: MockBackendState;
}

export interface MockBackendActions {
  mockBackendStarted(mode: MockBackendMode, reason: string | null, clearStores: () => void): void;
  mockStoresChanged(stores: MockStoresSnapshot): void;
  clearMockStores(): void;
}

export function createMockBackendSlice(set: SetState, get: GetState): Slice<MockBackendSliceState, MockBackendActions> {
  const update = (patch: Partial<MockBackendState>) => set({ mocks: { ...get().mocks, ...patch } });
  return {
    mocks: { mode: 'starting', reason: null, stores: EMPTY_STORES, clearStores: null },
    actions: {
      mockBackendStarted: (mode, reason, clearStores) => update({ mode, reason, clearStores }),
      mockStoresChanged: (stores) => update({ stores }),
      clearMockStores() {
        get().mocks.clearStores?.();
        update({ stores: EMPTY_STORES });
      },
    },
  };
}
