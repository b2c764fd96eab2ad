// Makes a design the open design, with a history of its own (undo never crosses into another design): opening a
// saved design, a shared one, an import, or a method of a workspace all go through here.
import type { Design } from '../model/types.ts';
import type { LibraryState, OpenDocument } from './library-state.ts';
import type { GetState, SetState } from './store-types.ts';

export function loadDesign(
  set: SetState,
  get: GetState,
  design: Design,
  document: OpenDocument,
  extra: Partial<LibraryState> = {},
): void {
  const history = { past: [], future: [], lastKey: null, lastAt: 0 };
  set({
    design,
    history,
    library: {
      ...get().library,
      document,
      savedDesign: design,
      conflict: null,
      error: null,
      beforeImport: null,
      ...extra,
    },
  });
  get().actions.selectSample(0);
  get().actions.selectTemplate(null);
}
