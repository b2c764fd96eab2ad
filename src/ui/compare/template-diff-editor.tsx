// Monaco's diff editor (monaco-editor's createDiffEditor, from the npm package, never a CDN) for one template's two
// texts, both read-only. This module is its own chunk, loaded when Compare shows a template. One editor per template
// (the caller keys it by template), so its models and labels never go stale.
import type * as Monaco from 'monaco-editor/editor';
import { useEffect, useRef, useState } from 'react';
import { monaco } from '../templates/monaco/monaco-setup.ts';
import { VELOCITY_LANGUAGE_ID } from '../templates/velocity-language/monarch.ts';
import { usePrefersDark } from '../shared/use-prefers-dark.ts';
import type { TemplateDiffProps } from './template-changes.tsx';

function keepName(side: Monaco.editor.ICodeEditor, name: string): void {
  const apply = () => {
    if (side.getOption(monaco.editor.EditorOption.ariaLabel) !== name) side.updateOptions({ ariaLabel: name });
  };
  apply();
  side.onDidChangeConfiguration(apply); // disposed with the editor
}

export default function TemplateDiffEditor({ label, before, after }: TemplateDiffProps) {
  const host = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const dark = usePrefersDark();

  // biome-ignore lint/correctness/useExhaustiveDependencies: made once per template; the caller remounts on change
  useEffect(() => {
    if (!host.current) return;
    const original = monaco.editor.createModel(before, VELOCITY_LANGUAGE_ID);
    const modified = monaco.editor.createModel(after, VELOCITY_LANGUAGE_ID);
    const editor = monaco.editor.createDiffEditor(host.current, {
      readOnly: true,
      originalEditable: false,
      automaticLayout: true,
      renderSideBySide: true,
      useInlineViewWhenSpaceIsLimited: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      renderOverviewRuler: false,
      fontSize: 13,
      lineNumbersMinChars: 3,
      wordWrap: 'on',
    });
    editor.setModel({ original, modified });
    // Each side's name, for screen readers and for finding it, kept on the sides themselves: monaco-editor 0.57's diff
    // editor sets the sides' ariaLabel to "" whenever its layout options change (at creation, and when the width
    // switches side-by-side and inline), dropping originalAriaLabel / modifiedAriaLabel.
    keepName(editor.getOriginalEditor(), `Before: ${label}`);
    keepName(editor.getModifiedEditor(), `After: ${label}`);
    setReady(true);
    return () => {
      editor.dispose();
      original.dispose();
      modified.dispose();
    };
  }, []);

  useEffect(() => monaco.editor.setTheme(dark ? 'designer-dark' : 'designer-light'), [dark]);

  return <div ref={host} className="compare-diff-editor" data-editor={ready ? 'monaco-diff' : 'loading'} />;
}
