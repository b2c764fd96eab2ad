// React access to the designer store: a provider, selector hooks (shallow-compared) and the actions.
// Components select the smallest slice of state they render, never the whole store.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { DesignerActions, DesignerState, DesignerStore } from './store-types.ts';
import { selectedSampleIndex } from './samples-slice.ts';
import { checkedSelector } from './selector-check.ts';
import type { SampleRequest } from '../model/types.ts';

const StoreContext = createContext<DesignerStore | null>(null);

export function DesignerStoreProvider({ store, children }: { store: DesignerStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useDesignerStoreApi(): DesignerStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useDesigner* hooks need a <DesignerStoreProvider> above them');
  return store;
}

/**
 * Selects from the store; objects and arrays are compared shallowly, so a new-but-equal result does not re-render.
 * A selector must not build new nested objects or arrays at each call (selector-check.ts checks it outside production).
 */
export function useDesigner<T>(selector: (state: DesignerState) => T): T {
  return useStore(useDesignerStoreApi(), useShallow(checkedSelector(selector)));
}

export function useActions(): DesignerActions {
  return useStore(useDesignerStoreApi(), (s) => s.actions);
}

/** The selected sample and its index (index -1 and sample null when the design has no samples). */
export function useSelectedSample(): { index: number; sample: SampleRequest | null } {
  const index = useDesigner(selectedSampleIndex);
  const sample = useDesigner((s) => (index >= 0 ? (s.design.samples[index] ?? null) : null));
  return { index, sample };
}
