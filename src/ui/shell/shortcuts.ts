// The designer's keyboard shortcuts: one table for the key handler, the shortcut sheet (Ctrl+/) and the controls'
// aria-keyshortcuts and tooltips, so the three never disagree. Chosen to clash with neither the browser nor Monaco:
// Monaco binds Alt+↑/↓ (move line) and Alt+PageUp/Down (scroll), the browser Ctrl+PageUp/Down (tabs) and Alt+1…8.
// Ctrl+/ (Monaco's "toggle line comment") is taken for the sheet, as in Hoppscotch; Ctrl+K Ctrl+C still comments.

export type ShortcutId = 'save' | 'run' | 'preview' | 'next-sample' | 'previous-sample' | 'sheet';

export interface Shortcut {
  id: ShortcutId;
  /** As the sheet and tooltips show it. */
  keys: string;
  /** The aria-keyshortcuts value (Ctrl and ⌘ both, where both work). */
  aria: string;
  description: string;
  matches(e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean;
}

type Keys = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;
/** Ctrl, or ⌘ on a Mac, alone. */
const command = (e: Keys) => (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;

export const SHORTCUTS: readonly Shortcut[] = [
  {
    id: 'save',
    keys: 'Ctrl+S',
    aria: 'Control+S Meta+S',
    description:
      'Save the design now and keep this revision for Compare (it is also saved as you edit); never the browser’s “Save page” dialog',
    matches: (e) => command(e) && e.code === 'KeyS',
  },
  {
    id: 'run',
    keys: 'Ctrl+Enter',
    aria: 'Control+Enter Meta+Enter',
    description: 'Run the sample again (e.g. after a stateful mock backend changed)',
    matches: (e) => command(e) && e.key === 'Enter',
  },
  {
    id: 'preview',
    keys: 'Alt+P',
    aria: 'Alt+P',
    description: 'Jump to the preview (on a narrow window too)',
    // By code, not key: on a Mac, Option+P types "π".
    matches: (e) => e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.code === 'KeyP',
  },
  {
    id: 'next-sample',
    keys: 'Ctrl+Alt+Page Down',
    aria: 'Control+Alt+PageDown',
    description: 'Switch to the next sample request',
    matches: (e) => e.ctrlKey && e.altKey && !e.shiftKey && e.key === 'PageDown',
  },
  {
    id: 'previous-sample',
    keys: 'Ctrl+Alt+Page Up',
    aria: 'Control+Alt+PageUp',
    description: 'Switch to the previous sample request',
    matches: (e) => e.ctrlKey && e.altKey && !e.shiftKey && e.key === 'PageUp',
  },
  {
    id: 'sheet',
    keys: 'Ctrl+/',
    aria: 'Control+/ Meta+/',
    description: 'Show or hide this list of shortcuts',
    matches: (e) => (e.ctrlKey || e.metaKey) && !e.altKey && (e.key === '/' || e.code === 'Slash'),
  },
];

/** Shortcuts handled elsewhere (undo in the store, Tab and Ctrl+M by Monaco, Escape then Tab by the shell). */
export const OTHER_SHORTCUTS: readonly { keys: string; description: string }[] = [
  { keys: 'Ctrl+Z', description: 'Undo the last change to the design (in a code editor: its own text undo)' },
  { keys: 'Ctrl+Shift+Z or Ctrl+Y', description: 'Redo' },
  { keys: 'Tab', description: 'In a code editor: indents (it does not move the focus)' },
  { keys: 'Ctrl+M', description: 'In a code editor: switches Tab between indenting and moving the focus' },
  { keys: 'Escape, then Tab', description: 'Leaves the code editor (Shift+Tab: backwards)' },
  { keys: 'Ctrl+K Ctrl+C / Ctrl+K Ctrl+U', description: 'In a code editor: comment / uncomment the lines' },
  { keys: 'Escape', description: 'Closes a dialog' },
];

export function shortcut(id: ShortcutId): Shortcut {
  return SHORTCUTS.find((s) => s.id === id)!;
}

/** A tooltip that names the shortcut: "Run again (Ctrl+Enter)". */
export function withKeys(label: string, id: ShortcutId): string {
  return `${label} (${shortcut(id).keys})`;
}
