// Escape, then Tab, leaves a code editor (Shift+Tab: backwards). In Monaco, Tab indents; Ctrl+M switches that off
// for good (tabFocusMode), while Escape-then-Tab is the one-off way out that keyboard users expect from
// editors embedded in forms. Handled in the capture phase, before Monaco sees the Tab.
import { useEffect } from 'react';
import { tabbableBeside } from './focus-order.ts';

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta']);

export function useEditorEscape(): void {
  useEffect(() => {
    let armed: Element | null = null;
    const onKeyDown = (e: KeyboardEvent) => {
      const editor = e.target instanceof Element ? e.target.closest('.code-editor') : null;
      if (e.key === 'Escape') {
        armed = editor && e.target instanceof Element && e.target.closest('.monaco-editor') ? editor : null;
        return;
      }
      if (e.key === 'Tab' && armed && editor === armed && !e.ctrlKey && !e.altKey && !e.metaKey) {
        const next = tabbableBeside(armed, e.shiftKey);
        armed = null;
        if (!next) return;
        e.preventDefault();
        e.stopPropagation();
        next.focus();
        return;
      }
      if (!MODIFIERS.has(e.key)) armed = null;
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
