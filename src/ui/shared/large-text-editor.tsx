// A multi-megabyte input (a pasted sample body) shown in a virtual list instead of the code editor: rendering it is
// cheap whatever its size, and megabytes are pasted or replaced, not typed. Paste over it (Ctrl+V with the view
// focused) replaces it; "Edit as text" opens it in the code editor anyway (plain text, slower); "Clear" empties it.
import type { ClipboardEvent } from 'react';
import { LargeTextView } from '../preview/large-text-view.tsx';
import type { CodeEditorProps } from './code-editor-props.ts';

export function LargeTextEditor({ props, onEdit }: { props: CodeEditorProps; onEdit: () => void }) {
  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (text === '') return;
    event.preventDefault();
    props.onChange(text);
  };
  return (
    <div className="large-text-editor" onPaste={onPaste}>
      <LargeTextView text={props.value} label={props.label} />
      <p className="field-hint">
        Too large to edit comfortably: paste over it to replace it, or{' '}
        <button type="button" className="link-button" onClick={onEdit}>
          edit as text
        </button>{' '}
        <button type="button" className="link-button" onClick={() => props.onChange('')}>
          Clear
        </button>
      </p>
    </div>
  );
}
