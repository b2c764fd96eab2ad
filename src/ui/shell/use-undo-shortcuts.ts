// Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) undo and redo design edits anywhere on the page. Inside a code editor, Monaco
// keeps its own undo of the text (its changes flow to the store like typing), so the page leaves those keys to it.
import { useEffect } from 'react';
import { useActions } from '../../store/hooks.tsx';

export function useUndoShortcuts(): void {
  const { undo, redo } = useActions();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key !== 'z' && key !== 'y') return;
      if (e.target instanceof Element && e.target.closest('.monaco-editor')) return;
      e.preventDefault();
      if (key === 'y' || e.shiftKey) redo();
      else undo();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);
}
