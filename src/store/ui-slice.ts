// UI-only state: which template tab, preview tab and stage are open, a notice for the user (e.g. the saved design
// could not be read), the column sizes, the shortcut sheet, and "run the sample again" requests. None of it is part
// of the design document, and none of it is undoable.
import { clampPaneSizes, DEFAULT_PANE_SIZES, type PaneSizes } from './pane-sizes.ts';
import type { GetState, SetState, Slice } from './store-types.ts';

export type PreviewTab = 'request' | 'log' | 'trace';
export type StageId = 'method-request' | 'integration-request' | 'backend' | 'integration-response' | 'method-response';

export interface UiState {
  /** The requestTemplates key whose editor is shown, or null for the first one. */
  templateKey: string | null;
  previewTab: PreviewTab;
  stage: StageId;
  notice: string | null;
  /** Widths of the first two columns on wide windows (the preview takes the rest). */
  paneSizes: PaneSizes;
  shortcutSheetOpen: boolean;
  /** Bumped by "Run the sample again" (Ctrl+Enter): the preview runner re-runs when it changes. */
  runRequests: number;
}

export interface UiSliceState {
  ui: UiState;
}

export interface UiActions {
  selectTemplate(key: string | null): void;
  setPreviewTab(tab: PreviewTab): void;
  selectStage(stage: StageId): void;
  showNotice(message: string | null): void;
  setPaneSizes(sizes: PaneSizes): void;
  showShortcutSheet(open: boolean): void;
  runAgain(): void;
}

export function createUiSlice(
  set: SetState,
  get: GetState,
  options: { notice: string | null; paneSizes?: PaneSizes },
): Slice<UiSliceState, UiActions> {
  const update = (patch: Partial<UiState>) => set({ ui: { ...get().ui, ...patch } });
  return {
    ui: {
      templateKey: null,
      previewTab: 'request',
      stage: 'integration-request',
      notice: options.notice,
      paneSizes: clampPaneSizes(options.paneSizes ?? DEFAULT_PANE_SIZES),
      shortcutSheetOpen: false,
      runRequests: 0,
    },
    actions: {
      selectTemplate: (templateKey) => update({ templateKey }),
      setPreviewTab: (previewTab) => update({ previewTab }),
      selectStage: (stage) => update({ stage }),
      showNotice: (notice) => update({ notice }),
      setPaneSizes: (sizes) => update({ paneSizes: clampPaneSizes(sizes) }),
      showShortcutSheet: (shortcutSheetOpen) => update({ shortcutSheetOpen }),
      runAgain: () => update({ runRequests: get().ui.runRequests + 1 }),
    },
  };
}
