// The designer: form | templates and sample | preview, in three resizable columns (stacked on narrow windows), with
// the keyboard shortcuts and their sheet.
import { lazy, Suspense } from 'react';
import type { DesignerStore } from '../../store/store-types.ts';
import { DesignerStoreProvider, useDesigner } from '../../store/hooks.tsx';
import { ApiSection } from '../forms/api-section.tsx';
import { IntegrationSection } from '../forms/integration-section.tsx';
import { MethodSection } from '../forms/method-section.tsx';
import { PreviewPanel } from '../preview/preview-panel.tsx';
import { SamplesPanel } from '../samples/samples-panel.tsx';
import { TemplatesPanel } from '../templates/templates-panel.tsx';
import { MockBackendPanel } from '../backend/mock-backend-panel.tsx';
import { IntegrationResponsesSection } from '../responses/integration-responses-section.tsx';
import { MethodResponsesSection } from '../responses/method-responses-section.tsx';
import { SavingBanners } from '../library/saving-banners.tsx';
import { OpenFileBar } from '../open-file/open-file-bar.tsx';
import { useOpenShareLink } from '../share/use-open-share-link.ts';
import { AppErrorBoundary } from './app-error-boundary.tsx';
import { AppHeader } from './app-header.tsx';
import { NoticeBanner } from './notice-banner.tsx';
import { useUndoShortcuts } from './use-undo-shortcuts.ts';
import { ValidationPanel } from './validation-panel.tsx';
import { DesignerColumns } from './designer-columns.tsx';
import { ShortcutSheet } from './shortcut-sheet.tsx';
import { useDesignerShortcuts } from './use-designer-shortcuts.ts';
import { useEditorEscape } from './use-editor-escape.ts';

// The workspace UI is loaded when a workspace is opened: a designer of one method never downloads it.
const WorkspaceSidebar = lazy(() => import('../workspace/workspace-sidebar.tsx'));
const RunAllResults = lazy(() => import('../workspace/run-all-results.tsx'));

export function App({ store }: { store: DesignerStore }) {
  return (
    <DesignerStoreProvider store={store}>
      <AppErrorBoundary store={store}>
        <Designer />
      </AppErrorBoundary>
    </DesignerStoreProvider>
  );
}

function Designer() {
  useUndoShortcuts();
  useDesignerShortcuts();
  useEditorEscape();
  useOpenShareLink();
  const inWorkspace = useDesigner((s) => s.workspace.open !== null);
  // The designer's columns keep their place in the tree whether or not a workspace is open (no remount of editors).
  return (
    <div className="app">
      <AppHeader />
      <OpenFileBar />
      <NoticeBanner />
      <SavingBanners />
      <div className={inWorkspace ? 'workspace-layout' : 'workspace-layout no-workspace'}>
        {inWorkspace ? (
          <Suspense fallback={null}>
            <WorkspaceSidebar />
          </Suspense>
        ) : null}
        <div className="workspace-main">
          {inWorkspace ? (
            <Suspense fallback={null}>
              <RunAllResults />
            </Suspense>
          ) : null}
          <DesignerColumns
            form={
              <>
                <ValidationPanel />
                <MethodSection />
                <IntegrationSection />
                <IntegrationResponsesSection />
                <MethodResponsesSection />
                <ApiSection />
              </>
            }
            editors={
              <>
                <TemplatesPanel />
                <SamplesPanel />
                <MockBackendPanel />
              </>
            }
            preview={<PreviewPanel />}
          />
        </div>
      </div>
      <ShortcutSheet />
    </div>
  );
}
