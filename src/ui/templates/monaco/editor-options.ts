// The options of every Monaco editor in the designer, by what they cost while the user types. Plain data (no Monaco
// import), so a test can hold them to what they promise.
import type * as Monaco from 'monaco-editor/editor';

/** What an editor's `updateOptions` takes: its own options and those of its model (word-based suggestions). */
type EditorOptions = Monaco.editor.IEditorOptions & Monaco.editor.IGlobalEditorOptions;

/**
 * Off in every editor: work Monaco does after each keystroke that these editors do not need, measured in Chromium
 * (issue #14, keystroke to preview): without them the page's main thread spends about a fifth less script per keystroke.
 * - Word-based suggestions: the Velocity language service gives the completions; the document's words were noise,
 *   and asking for them sent the model to Monaco's editor worker at every keystroke.
 * - Quick suggestions: completions open on the Velocity trigger characters (`$`, `.`, `#`, quotes), which is where the
 *   language service has anything to offer; opening the suggest machinery at every letter cost each keystroke.
 * - Occurrence and selection highlights, bracket matching, folding, indentation guides: each repaints the editor again
 *   tens of milliseconds after a keystroke (a decoration change), often while the preview is being painted.
 */
export const TYPING_OPTIONS: EditorOptions = {
  wordBasedSuggestions: 'off',
  quickSuggestions: false,
  occurrencesHighlight: 'off',
  selectionHighlight: false,
  matchBrackets: 'never',
  folding: false,
  guides: { indentation: false },
};

/**
 * A text over LARGE_TEXT_CHARS is edited as plain text, without the features that read the whole model (syntax
 * colouring, bracket pairs, links): pasting 2 MB into a JSON model spent seconds in them.
 */
export const LEAN_OPTIONS: EditorOptions = {
  ...TYPING_OPTIONS,
  bracketPairColorization: { enabled: false },
  links: false,
  colorDecorators: false,
  wordWrap: 'off',
};

/** Monaco's defaults for what LEAN_OPTIONS turns off beyond TYPING_OPTIONS (options merge: a smaller text turns them on). */
export const FULL_OPTIONS: EditorOptions = {
  ...TYPING_OPTIONS,
  bracketPairColorization: { enabled: true },
  links: true,
  colorDecorators: true,
  wordWrap: 'on',
};

/** The construction options of an editor labelled `label`, holding a large text or not. */
export function editorOptions(label: string, large: boolean): Monaco.editor.IStandaloneEditorConstructionOptions {
  return {
    ariaLabel: label,
    minimap: { enabled: false },
    fontSize: 13,
    lineNumbersMinChars: 3,
    scrollBeyondLastLine: false,
    automaticLayout: true,
    tabSize: 2,
    fixedOverflowWidgets: true,
    renderLineHighlight: 'none',
    suggestOnTriggerCharacters: true,
    padding: { top: 6, bottom: 6 },
    ...(large ? LEAN_OPTIONS : FULL_OPTIONS),
  };
}
