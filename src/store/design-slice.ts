// The design being edited, with undo/redo. Keystrokes in one field coalesce into one undo step: an edit with the same
// coalesce key as the previous one, within COALESCE_MS, replaces the previous step instead of adding one.
import type { Design } from '../model/types.ts';
import type { GetState, SetState, Slice } from './store-types.ts';

export const HISTORY_LIMIT = 200;
export const COALESCE_MS = 1000;

export interface DesignHistory {
  past: Design[];
  future: Design[];
  /** Coalesce key and time of the last edit, or null after undo/redo/replace (the next edit always starts a step). */
  lastKey: string | null;
  lastAt: number;
}

export interface DesignSliceState {
  design: Design;
  history: DesignHistory;
}

export interface DesignActions {
  /** Applies one edit. Edits with the same `coalesceKey` in quick succession form a single undo step. */
  editDesign(recipe: (design: Design) => Design, coalesceKey?: string): void;
  /** Replaces the whole design (new, import, restore) as one undoable step. */
  replaceDesign(design: Design): void;
  undo(): void;
  redo(): void;
}

export interface DesignSliceOptions {
  design: Design;
  now: () => number;
}

const emptyHistory = (): DesignHistory => ({ past: [], future: [], lastKey: null, lastAt: 0 });

export function createDesignSlice(
  set: SetState,
  get: GetState,
  options: DesignSliceOptions,
): Slice<DesignSliceState, DesignActions> {
  const commit = (next: Design, coalesceKey: string | null) => {
    const { design, history } = get();
    if (next === design) return;
    const at = options.now();
    const coalesce =
      coalesceKey !== null &&
      history.lastKey === coalesceKey &&
      at - history.lastAt < COALESCE_MS &&
      history.past.length > 0;
    const past = coalesce ? history.past : [...history.past, design].slice(-HISTORY_LIMIT);
    set({ design: next, history: { past, future: [], lastKey: coalesceKey, lastAt: at } });
  };

  return {
    design: options.design,
    history: emptyHistory(),
    actions: {
      editDesign(recipe, coalesceKey) {
        commit(recipe(get().design), coalesceKey ?? null);
      },
      replaceDesign(design) {
        commit(design, null);
      },
      undo() {
        const { design, history } = get();
        const previous = history.past.at(-1);
        // At the start of an imported design's history, Undo takes the import back (library-slice undoImport).
        if (!previous) {
          if (get().library.beforeImport) void get().actions.undoImport();
          return;
        }
        set({
          design: previous,
          history: { past: history.past.slice(0, -1), future: [design, ...history.future], lastKey: null, lastAt: 0 },
        });
      },
      redo() {
        const { design, history } = get();
        const next = history.future[0];
        if (!next) return;
        set({
          design: next,
          history: { past: [...history.past, design], future: history.future.slice(1), lastKey: null, lastAt: 0 },
        });
      },
    },
  };
}
