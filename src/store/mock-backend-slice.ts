// What the mock backends' in-memory stores hold after the last runs (read-only in the UI). Not part of the design document, not undoable. Data only:
// clearing the stores is a request (`clearRequests` counts them) that the preview connection carries out where the
// stores live (preview-connection.ts).
import { EMPTY_STORES, type MockStoresSnapshot } from '../mocks/mock-stores-snapshot.ts';
import type { GetState, SetState, Slice } from './store-types.ts';

export interface MockBackendState {
  /** What the stores held after the last run that reported them (preview-slice.ts previewFinished). */
  stores: MockStoresSnapshot;
  /** How many times the user asked to empty the stores. */
  clearRequests: number;
}

export interface MockBackendSliceState {
  mocks: MockBackendState;
}

export interface MockBackendActions {
  clearMockStores(): void;
}

export function createMockBackendSlice(set: SetState, get: GetState): Slice<MockBackendSliceState, MockBackendActions> {
  const update = (patch: Partial<MockBackendState>) => set({ mocks: { ...get().mocks, ...patch } });
  return {
    mocks: { stores: EMPTY_STORES, clearRequests: 0 },
    actions: {
      clearMockStores: () => update({ stores: EMPTY_STORES, clearRequests: get().mocks.clearRequests + 1 }),
    },
  };
}
