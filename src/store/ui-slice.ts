// UI-only state: which template tab, preview tab and stage are open, and a notice for the user (e.g. the saved
// design could not be read). None of it is part of the design document, and none of it is undoable.
import type { GetState, SetState, Slice } from './store-types.ts';

export type PreviewTab = 'request' | 'log' | 'trace';
export type StageId = 'method-request' | 'integration-request' | 'backend' | 'integration-response' | 'method-response';

export interface UiState {
  /** The requestTemplates key whose editor is shown, or null for the first one. */
  templateKey: string | null;
  previewTab: PreviewTab;
  stage: StageId;
  notice: string | null;
}

export interface UiSliceState {
  ui: UiState;
}

export interface UiActions {
  selectTemplate(key: string | null): void;
  setPreviewTab(tab: PreviewTab): void;
  selectStage(stage: StageId): void;
  showNotice(message: string | null): void;
}

export function createUiSlice(
  set: SetState,
  get: GetState,
  options: { notice: string | null },
): Slice<UiSliceState, UiActions> {
  const update = (patch: Partial<UiState>) => set({ ui: { ...get().ui, ...patch } });
  return {
    ui: { templateKey: null, previewTab: 'request', stage: 'integration-request', notice: options.notice },
    actions: {
      selectTemplate: (templateKey) => update({ templateKey }),
      setPreviewTab: (previewTab) => update({ previewTab }),
      selectStage: (stage) => update({ stage }),
      showNotice: (notice) => update({ notice }),
    },
  };
}
