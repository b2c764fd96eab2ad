// Where the page's mock backends run (MSW's service worker, or in-process as the fallback) and what their in-memory
// stores hold after the last runs (read-only in the UI). Not part of the design document, not undoable. Data only:
// clearing the stores is a request (`clearRequests` counts them) that the preview connection carries out where the
// stores live (preview-connection.ts).
import type { MockBackendMode } from '../mocks/mock-answer.ts';
import { EMPTY_STORES, type MockStoresSnapshot } from '../mocks/mock-stores-snapshot.ts';
import type { GetState, SetState, Slice } from './store-types.ts';

export interface MockBackendState {
  /** 'starting' until the page knows whether the service worker runs. */
  mode: MockBackendMode | 'starting';
  /** Why the service worker is not used, when it is not. */
  reason: string | null;
  /** What the stores held after the last run that reported them (preview-slice.ts previewFinished). */
  stores: MockStoresSnapshot;
  /** How many times the user asked to empty the stores. */
  clearRequests: number;
}

export interface MockBackendSliceState {
  mocks: MockBackendState;
}

export interface MockBackendActions {
  mockBackendStarted(mode: MockBackendMode, reason: string | null): void;
  clearMockStores(): void;
}

export function createMockBackendSlice(set: SetState, get: GetState): Slice<MockBackendSliceState, MockBackendActions> {
  const update = (patch: Partial<MockBackendState>) => set({ mocks: { ...get().mocks, ...patch } });
  return {
    mocks: { mode: 'starting', reason: null, stores: EMPTY_STORES, clearRequests: 0 },
    actions: {
      mockBackendStarted: (mode, reason) => update({ mode, reason }),
      clearMockStores: () => update({ stores: EMPTY_STORES, clearRequests: get().mocks.clearRequests + 1 }),
    },
  };
}
