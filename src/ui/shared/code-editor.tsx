// The code editor used across the designer: Monaco, loaded lazily (its own chunk, after first render), with the plain
// textarea as the fallback while it loads and for good if it fails to load.
import { Component, lazy, Suspense, type ReactNode } from 'react';
import type { CodeEditorProps } from './code-editor-props.ts';
import { PlainCodeEditor } from './plain-code-editor.tsx';

const loadMonacoEditor = () => import('../templates/monaco/code-editor.tsx');
const MonacoCodeEditor = lazy(loadMonacoEditor);

/** Starts downloading Monaco without rendering it (called after first render). */
export function preloadCodeEditor(): void {
  void loadMonacoEditor().catch(() => {
    // The error boundary shows the plain editor; nothing else to do here.
  });
}

export function CodeEditor(props: CodeEditorProps) {
  const plain = <PlainCodeEditor {...props} />;
  return (
    <>
      <EditorErrorBoundary fallback={plain}>
        <Suspense fallback={plain}>
          <MonacoCodeEditor {...props} />
        </Suspense>
      </EditorErrorBoundary>
      <p className="field-hint editor-hint">Tab indents in the editor; Ctrl+M makes Tab move the focus instead.</p>
    </>
  );
}

class EditorErrorBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
