// The designer store's shape: every slice's state plus one `actions` object holding every slice's actions.
// Slices import only these types, so a slice never depends on another slice's implementation.
import type { StoreApi } from 'zustand/vanilla';
import type { DesignSliceState, DesignActions } from './design-slice.ts';
import type { SamplesSliceState, SamplesActions } from './samples-slice.ts';
import type { PreviewSliceState, PreviewActions } from './preview-slice.ts';
import type { UiSliceState, UiActions } from './ui-slice.ts';
import type { LibrarySliceState } from './library-state.ts';
import type { LibraryActions } from './library-slice.ts';
import type { MockBackendActions, MockBackendSliceState } from './mock-backend-slice.ts';
import type { WorkspaceActions, WorkspaceSliceState } from './workspace-slice.ts';
import type { OpenFileActions, OpenFileSliceState } from './open-file-slice.ts';
import type { CompareActions, CompareSliceState } from './compare-slice.ts';
import type { SetAsideActions, SetAsideSliceState } from './set-aside-slice.ts';

export type DesignerActions = DesignActions &
  SamplesActions &
  PreviewActions &
  UiActions &
  LibraryActions &
  MockBackendActions &
  WorkspaceActions &
  OpenFileActions &
  CompareActions &
  SetAsideActions;

export type DesignerState = DesignSliceState &
  SamplesSliceState &
  PreviewSliceState &
  UiSliceState &
  LibrarySliceState &
  MockBackendSliceState &
  WorkspaceSliceState &
  OpenFileSliceState &
  CompareSliceState &
  SetAsideSliceState & { actions: DesignerActions };

export type DesignerStore = StoreApi<DesignerState>;
export type SetState = DesignerStore['setState'];
export type GetState = DesignerStore['getState'];

/** What a slice creator returns: its state, and its actions (merged under `actions` by createDesignerStore). */
export type Slice<S, A> = S & { actions: A };
