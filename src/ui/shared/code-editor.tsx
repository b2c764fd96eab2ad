// The code editor used across the designer: Monaco, loaded lazily (its own chunk), with the plain textarea as the
// fallback while it loads and for good if it fails to load. The page lets Monaco load once the first preview is on
// screen (`allowCodeEditor`, main.tsx): its chunk is the largest, and compiling it would delay the first preview.
import { lazy, Suspense, useState, useSyncExternalStore } from 'react';
import { type CodeEditorProps, LARGE_TEXT_CHARS } from './code-editor-props.ts';
import { FallbackBoundary } from './fallback-boundary.tsx';
import { LargeTextEditor } from './large-text-editor.tsx';
import { PlainCodeEditor } from './plain-code-editor.tsx';

const loadMonacoEditor = () => import('../templates/monaco/code-editor.tsx');
const MonacoCodeEditor = lazy(loadMonacoEditor);

let allowed = typeof window === 'undefined'; // outside a page (tests render directly) there is nothing to wait for
const listeners = new Set<() => void>();

/** Lets the editors load Monaco (and starts downloading it). */
export function allowCodeEditor(): void {
  if (allowed) return;
  allowed = true;
  void loadMonacoEditor().catch(() => {
    // The error boundary shows the plain editor; nothing else to do here.
  });
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function CodeEditor(props: CodeEditorProps) {
  const monacoAllowed = useSyncExternalStore(
    subscribe,
    () => allowed,
    () => allowed,
  );
  const [editLarge, setEditLarge] = useState(false);
  if (props.largeText && !editLarge && props.value.length > LARGE_TEXT_CHARS)
    return <LargeTextEditor props={props} onEdit={() => setEditLarge(true)} />;
  const plain = <PlainCodeEditor {...props} />;
  return (
    <>
      {monacoAllowed ? (
        <FallbackBoundary fallback={plain}>
          <Suspense fallback={plain}>
            <MonacoCodeEditor {...props} />
          </Suspense>
        </FallbackBoundary>
      ) : (
        plain
      )}
      <p className="field-hint editor-hint">Tab indents in the editor; Ctrl+M makes Tab move the focus instead.</p>
    </>
  );
}
