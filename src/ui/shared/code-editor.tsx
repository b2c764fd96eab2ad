// The code editor used across the designer: Monaco, loaded lazily (its own chunk), with the plain textarea as the
// fallback while it loads and for good if it fails to load. The page lets Monaco load once the first preview is on
// screen (`allowCodeEditor`, main.tsx): its chunk is the largest, and compiling it would delay the first preview.
import { lazy, Suspense, useEffect, useRef, useState, useSyncExternalStore } from 'react';
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
  const large = Boolean(props.largeText) && !editLarge && props.value.length > LARGE_TEXT_CHARS;
  const editorGone = useGoneAfterATask(large);
  // The editor keeps the last text it edited while the large one shows: Monaco must never take in the megabytes.
  const smallValue = useRef(props.value);
  if (!large) smallValue.current = props.value;
  const editorProps = large ? { ...props, value: smallValue.current } : props;
  const plain = <PlainCodeEditor {...editorProps} />;
  return (
    <>
      {large ? <LargeTextEditor props={props} onEdit={() => setEditLarge(true)} /> : null}
      {large && editorGone ? null : (
        <div style={large ? { display: 'none' } : { display: 'contents' }}>
          {monacoAllowed ? (
            <FallbackBoundary fallback={plain}>
              <Suspense fallback={plain}>
                <MonacoCodeEditor {...editorProps} />
              </Suspense>
            </FallbackBoundary>
          ) : (
            plain
          )}
        </div>
      )}
      {large ? null : (
        <p className="field-hint editor-hint">Tab indents in the editor; Ctrl+M makes Tab move the focus instead.</p>
      )}
    </>
  );
}

/**
 * True once `on` has held for a task (and from the start when it holds then). The code editor a large paste replaces
 * is hidden at once and disposed a task later: disposing Monaco in the paste's own task made it the longest task of a
 * paste (issue #14: no task over 100 ms), on top of cutting the pasted text into rows.
 */
function useGoneAfterATask(on: boolean): boolean {
  const [gone, setGone] = useState(on);
  useEffect(() => {
    if (!on) {
      setGone(false);
      return;
    }
    const timer = setTimeout(() => setGone(true), 0);
    return () => clearTimeout(timer);
  }, [on]);
  return on && gone;
}
