// Monaco's diff editor (monaco-editor's createDiffEditor, from the npm package, never a CDN) for two texts side by
// side, both read-only: a template in Compare, the file "Save to file" is about to write. This module is its own
// chunk, loaded when one is first shown (callers lazy-load it, with plain text meanwhile). One editor per pair of
// texts (the caller keys it), so its models and labels never go stale.
import type * as Monaco from 'monaco-editor/editor';
import { useEffect, useRef, useState } from 'react';
import { monaco } from '../templates/monaco/monaco-setup.ts';
import { VELOCITY_LANGUAGE_ID } from '../templates/velocity-language/monarch.ts';
import { usePrefersDark } from './use-prefers-dark.ts';

export interface DiffEditorProps {
  /** Names what is compared in both sides' labels ("Before: Request: application/json"). */
  label: string;
  before: string;
  after: string;
  /** Monaco's language for both sides; Velocity by default. */
  language?: string;
  /** The host's class (its size comes from CSS). */
  className?: string;
  /** Folds long runs of unchanged lines (a file of hundreds of lines with one template changed). */
  foldUnchanged?: boolean;
  /** Wraps long lines (a template); off keeps a file's lines as they are in it (scrolled sideways). */
  wrap?: boolean;
}

function keepName(side: Monaco.editor.ICodeEditor, name: string): void {
  const apply = () => {
    if (side.getOption(monaco.editor.EditorOption.ariaLabel) !== name) side.updateOptions({ ariaLabel: name });
  };
  apply();
  side.onDidChangeConfiguration(apply); // disposed with the editor
}

export default function DiffEditor({
  label,
  before,
  after,
  language = VELOCITY_LANGUAGE_ID,
  className = 'compare-diff-editor',
  foldUnchanged = false,
  wrap = true,
}: DiffEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const dark = usePrefersDark();

  // biome-ignore lint/correctness/useExhaustiveDependencies: made once per template; the caller remounts on change
  useEffect(() => {
    if (!host.current) return;
    const original = monaco.editor.createModel(before, language);
    const modified = monaco.editor.createModel(after, language);
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
      wordWrap: wrap ? 'on' : 'off',
      hideUnchangedRegions: { enabled: foldUnchanged },
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

  return <div ref={host} className={className} data-editor={ready ? 'monaco-diff' : 'loading'} />;
}
