// The code editor used across the designer: Monaco, loaded lazily (its own chunk), with the plain textarea as the
// fallback while it loads and for good if it fails to load. Monaco loads once the first preview is on screen
// (late-loads.ts): its chunk is the largest, and compiling it (and applying its style sheet) would delay the first
// preview.
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { type CodeEditorProps, LARGE_TEXT_CHARS } from './code-editor-props.ts';
import { FallbackBoundary } from './fallback-boundary.tsx';
import { LargeTextEditor } from './large-text-editor.tsx';
import { useLateLoadsOpen, whenLateLoadsOpen } from './late-loads.ts';
import { PlainCodeEditor } from './plain-code-editor.tsx';

const loadMonacoEditor = () => import('../templates/monaco/code-editor.tsx');
const MonacoCodeEditor = lazy(loadMonacoEditor);

// In a page, Monaco starts downloading as soon as it may, whether or not an editor is on screen yet.
if (typeof window !== 'undefined')
  whenLateLoadsOpen(() => {
    void loadMonacoEditor().catch(() => {
      // The error boundary shows the plain editor; nothing else to do here.
    });
  });

export function CodeEditor(props: CodeEditorProps) {
  const monacoAllowed = useLateLoadsOpen();
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
