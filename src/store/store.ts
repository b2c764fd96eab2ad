// One zustand store built from slices; every action sits under `actions`. Components read it through the selector
// hooks in hooks.ts, never the whole store.
import { createStore } from 'zustand/vanilla';
import type { Design } from '../model/types.ts';
import { createDesignSlice } from './design-slice.ts';
import { createPreviewSlice } from './preview-slice.ts';
import { createSamplesSlice } from './samples-slice.ts';
import type { DesignerState, DesignerStore } from './store-types.ts';
import { createUiSlice } from './ui-slice.ts';

export interface DesignerStoreOptions {
  design: Design;
  selectedSample?: number;
  notice?: string | null;
  /** Clock for undo coalescing (injected so tests need no timers). */
  now?: () => number;
}

export function createDesignerStore(options: DesignerStoreOptions): DesignerStore {
  return createStore<DesignerState>()((set, get) => {
    const design = createDesignSlice(set, get, { design: options.design, now: options.now ?? (() => Date.now()) });
    const samples = createSamplesSlice(set, get, { selectedSample: options.selectedSample ?? 0 });
    const preview = createPreviewSlice(set, get);
    const ui = createUiSlice(set, get, { notice: options.notice ?? null });
    return {
      ...design,
      ...samples,
      ...preview,
      ...ui,
      actions: { ...design.actions, ...samples.actions, ...preview.actions, ...ui.actions },
    };
  });
}
