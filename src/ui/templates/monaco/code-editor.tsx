// Monaco as the designer's code editor (this module and Monaco form the lazily loaded chunk).
import Editor from '@monaco-editor/react';
import type * as Monaco from 'monaco-editor/editor';
import { useEffect, useRef, useState } from 'react';
import { monaco } from './monaco-setup.ts';
import { setDiagnosticMarkers } from './markers.ts';
import { setEditorContext } from '../velocity-language/editor-contexts.ts';
import type { CodeEditorProps } from '../../shared/code-editor-props.ts';
import { PlainCodeEditor } from '../../shared/plain-code-editor.tsx';
import { usePrefersDark } from '../../shared/use-prefers-dark.ts';

export default function MonacoCodeEditor(props: CodeEditorProps) {
  const dark = usePrefersDark();
  const [editor, setEditor] = useState<Monaco.editor.IStandaloneCodeEditor | null>(null);
  const contextRef = useRef(props.completionContext);
  contextRef.current = props.completionContext;
  const modelUri = monaco.Uri.parse(props.modelPath).toString();

  useEffect(() => setEditorContext(modelUri, () => contextRef.current?.() ?? {}), [modelUri]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: re-set the markers when the text or the model changes
  useEffect(() => {
    const model = editor?.getModel();
    if (model) setDiagnosticMarkers(monaco, model, props.diagnostics ?? []);
  }, [editor, props.diagnostics, props.value, modelUri]);

  return (
    <div className="code-editor" data-editor={editor ? 'monaco' : 'loading'} style={{ height: props.height }}>
      <Editor
        path={props.modelPath}
        language={props.language}
        value={props.value}
        theme={dark ? 'designer-dark' : 'designer-light'}
        loading={<PlainCodeEditor {...props} />}
        onChange={(value) => props.onChange(value ?? '')}
        onMount={(e) => setEditor(e)}
        options={{
          ariaLabel: props.label,
          minimap: { enabled: false },
          fontSize: 13,
          lineNumbersMinChars: 3,
          scrollBeyondLastLine: false,
          automaticLayout: true,
          wordWrap: 'on',
          tabSize: 2,
          fixedOverflowWidgets: true,
          renderLineHighlight: 'none',
          quickSuggestions: { other: true, strings: true, comments: false },
          suggestOnTriggerCharacters: true,
          padding: { top: 6, bottom: 6 },
        }}
      />
    </div>
  );
}
