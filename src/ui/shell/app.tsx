// The designer: form | templates and sample | preview, in three columns (stacked on narrow windows).
import { useEffect } from 'react';
import type { DesignerStore } from '../../store/store-types.ts';
import { DesignerStoreProvider } from '../../store/hooks.tsx';
import { ApiSection } from '../forms/api-section.tsx';
import { IntegrationSection } from '../forms/integration-section.tsx';
import { MethodSection } from '../forms/method-section.tsx';
import { PreviewPanel } from '../preview/preview-panel.tsx';
import { SamplesPanel } from '../samples/samples-panel.tsx';
import { preloadCodeEditor } from '../shared/code-editor.tsx';
import { TemplatesPanel } from '../templates/templates-panel.tsx';
import { MockBackendPanel } from '../backend/mock-backend-panel.tsx';
import { IntegrationResponsesSection } from '../responses/integration-responses-section.tsx';
import { MethodResponsesSection } from '../responses/method-responses-section.tsx';
import { SavingBanners } from '../library/saving-banners.tsx';
import { useOpenShareLink } from '../share/use-open-share-link.ts';
import { AppErrorBoundary } from './app-error-boundary.tsx';
import { AppHeader } from './app-header.tsx';
import { NoticeBanner } from './notice-banner.tsx';
import { useUndoShortcuts } from './use-undo-shortcuts.ts';
import { ValidationPanel } from './validation-panel.tsx';

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
  useOpenShareLink();
  useEffect(() => preloadCodeEditor(), []);
  return (
    <div className="app">
      <AppHeader />
      <NoticeBanner />
      <SavingBanners />
      <main className="columns">
        <section className="column column-form" aria-label="Integration settings">
          <ValidationPanel />
          <MethodSection />
          <IntegrationSection />
          <IntegrationResponsesSection />
          <MethodResponsesSection />
          <ApiSection />
        </section>
        <section className="column column-editors" aria-label="Templates and sample request">
          <TemplatesPanel />
          <SamplesPanel />
          <MockBackendPanel />
        </section>
        <section className="column column-preview" aria-label="Live preview">
          <PreviewPanel />
        </section>
      </main>
    </div>
  );
}
