// A plain textarea with the editor's props: shown while Monaco loads, and kept if Monaco fails, so the page is usable
// without it.
import type { CodeEditorProps } from './code-editor-props.ts';

export function PlainCodeEditor(props: CodeEditorProps) {
  return (
    <textarea
      className="plain-editor"
      data-editor="plain"
      aria-label={props.label}
      aria-describedby={props.describedBy}
      value={props.value}
      spellCheck={false}
      style={{ height: props.height }}
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
}
