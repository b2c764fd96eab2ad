// Monaco as the designer's code editor (this module and Monaco form the lazily loaded chunk).
import Editor from '@monaco-editor/react';
import type * as Monaco from 'monaco-editor/editor';
import { useEffect, useMemo, useRef, useState } from 'react';
import { monaco } from './monaco-setup.ts';
import { setDiagnosticMarkers } from './markers.ts';
import { editorOptions, LEAN_OPTIONS } from './editor-options.ts';
import { setEditorContext } from '../velocity-language/editor-contexts.ts';
import { type CodeEditorProps, LARGE_TEXT_CHARS } from '../../shared/code-editor-props.ts';
import { PlainCodeEditor } from '../../shared/plain-code-editor.tsx';
import { usePrefersDark } from '../../shared/use-prefers-dark.ts';

export default function MonacoCodeEditor(props: CodeEditorProps) {
  const dark = usePrefersDark();
  const large = props.value.length > LARGE_TEXT_CHARS;
  const [editor, setEditor] = useState<Monaco.editor.IStandaloneCodeEditor | null>(null);
  const contextRef = useRef(props.completionContext);
  contextRef.current = props.completionContext;
  const largeTextRef = useRef(props.largeText);
  largeTextRef.current = props.largeText;
  const onChangeRef = useRef(props.onChange);
  onChangeRef.current = props.onChange;
  const modelUri = monaco.Uri.parse(props.modelPath).toString();

  useEffect(() => setEditorContext(modelUri, () => contextRef.current?.() ?? {}), [modelUri]);

  // When the diagnostics (a run's result) or the model change; not at every keystroke: Monaco moves the markers with
  // the text it edits, and the run that follows the keystroke brings the new ones.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-set the markers when the model changes
  useEffect(() => {
    const model = editor?.getModel();
    if (model) setDiagnosticMarkers(monaco, model, props.diagnostics ?? []);
  }, [editor, props.diagnostics, modelUri]);

  // One options object and one change handler while nothing they depend on changes: the editor wrapper re-applies
  // options and re-subscribes its change listener whenever it is given new ones, which it was at every keystroke.
  const options = useMemo(() => editorOptions(props.label, large), [props.label, large]);
  const onChange = useMemo(() => (value: string | undefined) => onChangeRef.current(value ?? ''), []);

  return (
    <div className="code-editor" data-editor={editor ? 'monaco' : 'loading'} style={{ height: props.height }}>
      <Editor
        path={props.modelPath}
        language={large ? 'plaintext' : props.language}
        value={props.value}
        theme={dark ? 'designer-dark' : 'designer-light'}
        loading={<PlainCodeEditor {...props} />}
        onChange={onChange}
        onMount={(e) => {
          setEditor(e);
          // A large paste: with `largeText` it goes straight to the design (the virtual list shows it); otherwise the
          // model turns plain text before Monaco takes it in.
          e.getDomNode()?.addEventListener(
            'paste',
            (event) => {
              const model = e.getModel();
              const text = event.clipboardData?.getData('text/plain') ?? '';
              if (!model || text.length <= LARGE_TEXT_CHARS) return;
              if (largeTextRef.current) {
                event.preventDefault();
                event.stopPropagation();
                onChangeRef.current(text);
                return;
              }
              monaco.editor.setModelLanguage(model, 'plaintext');
              e.updateOptions(LEAN_OPTIONS);
            },
            true,
          );
        }}
        options={options}
      />
    </div>
  );
}
