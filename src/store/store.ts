// One zustand store built from slices; every action sits under `actions`. Components read it through the selector
// hooks in hooks.ts, never the whole store.
import { createStore } from 'zustand/vanilla';
import type { Design } from '../model/types.ts';
import { createDesignSlice } from './design-slice.ts';
import { createPreviewSlice } from './preview-slice.ts';
import { createSamplesSlice } from './samples-slice.ts';
import type { DesignerState, DesignerStore } from './store-types.ts';
import { createUiSlice } from './ui-slice.ts';
import type { PaneSizes } from './pane-sizes.ts';
import { createLibrarySlice } from './library-slice.ts';
import { createMockBackendSlice } from './mock-backend-slice.ts';
import { createWorkspaceSlice } from './workspace-slice.ts';
import { createOpenFileSlice } from './open-file-slice.ts';
import { createCompareSlice } from './compare-slice.ts';
import { createSetAsideSlice, type SetAsideStorage } from './set-aside-slice.ts';
import { NEW_DOCUMENT, type OpenDocument } from './library-state.ts';
import { createLibrary, memoryRecordStore, type DesignLibrary } from '../share/index.ts';

export interface DesignerStoreOptions {
  design: Design;
  selectedSample?: number;
  notice?: string | null;
  /** Clock for undo coalescing (injected so tests need no timers). */
  now?: () => number;
  /** The library of saved designs: opens IndexedDB in the browser; defaults to one in memory (tests, Node). */
  openLibrary?: () => Promise<DesignLibrary>;
  /** Which saved design `design` is, and whether it has changes the library does not have (persistence.ts). */
  document?: OpenDocument;
  saved?: boolean;
  /** What "Discard" on a shared design opens when there is nothing to go back to. */
  fallbackDesign?: () => Design;
  /** Column widths remembered from a previous visit (pane-sizes.ts). */
  paneSizes?: PaneSizes;
  /** Where designs that could not be opened are set aside (quarantine.ts); none by default (tests, Node). */
  setAsideStorages?: readonly SetAsideStorage[];
}

export function createDesignerStore(options: DesignerStoreOptions): DesignerStore {
  return createStore<DesignerState>()((set, get) => {
    const design = createDesignSlice(set, get, { design: options.design, now: options.now ?? (() => Date.now()) });
    const samples = createSamplesSlice(set, get, { selectedSample: options.selectedSample ?? 0 });
    const preview = createPreviewSlice(set, get);
    const ui = createUiSlice(set, get, { notice: options.notice ?? null, paneSizes: options.paneSizes });
    const library = createLibrarySlice(set, get, {
      open: options.openLibrary ?? (async () => createLibrary(memoryRecordStore(), { announce: () => {} })),
      design: options.design,
      document: options.document ?? NEW_DOCUMENT,
      saved: options.saved ?? true,
      fallbackDesign: options.fallbackDesign ?? (() => structuredClone(options.design)),
    });
    const mocks = createMockBackendSlice(set, get);
    const workspace = createWorkspaceSlice(set, get);
    const openFile = createOpenFileSlice(set, get);
    const compare = createCompareSlice(set, get);
    const setAside = createSetAsideSlice(set, get, options.setAsideStorages ?? []);
    return {
      ...design,
      ...samples,
      ...preview,
      ...ui,
      ...library,
      ...mocks,
      ...workspace,
      ...openFile,
      ...compare,
      ...setAside,
      actions: {
        ...design.actions,
        ...samples.actions,
        ...preview.actions,
        ...ui.actions,
        ...library.actions,
        ...mocks.actions,
        ...workspace.actions,
        ...openFile.actions,
        ...compare.actions,
        ...setAside.actions,
      },
    };
  });
}
