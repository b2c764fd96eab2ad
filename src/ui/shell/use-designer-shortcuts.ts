// The designer's shortcuts (shortcuts.ts), on the window in the capture phase: that runs before Monaco's own key
// handling on the editor, so Ctrl+Enter, Ctrl+/ and the others work with the focus in a code editor too (Monaco
// would otherwise take Ctrl+Enter as "insert line below" and Ctrl+/ as "toggle comment", and stop the event).
import { useEffect } from 'react';
import { useActions, useDesignerStoreApi } from '../../store/hooks.tsx';
import { selectedSampleIndex } from '../../store/samples-slice.ts';
import { focusPane } from './panes.ts';
import { SHORTCUTS, type ShortcutId } from './shortcuts.ts';

export function useDesignerShortcuts(): void {
  const store = useDesignerStoreApi();
  const { saveDesign, runAgain, selectSample, showShortcutSheet } = useActions();
  useEffect(() => {
    const run = (id: ShortcutId) => {
      const state = store.getState();
      switch (id) {
        case 'save':
          void saveDesign({ keep: true });
          break;
        case 'run':
          runAgain();
          break;
        case 'preview':
          focusPane('preview');
          break;
        case 'next-sample':
        case 'previous-sample': {
          const count = state.design.samples.length;
          if (count < 2) break;
          const step = id === 'next-sample' ? 1 : -1;
          selectSample((selectedSampleIndex(state) + step + count) % count);
          break;
        }
        case 'sheet':
          showShortcutSheet(!state.ui.shortcutSheetOpen);
          break;
      }
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.isComposing || e.defaultPrevented) return;
      const match = SHORTCUTS.find((s) => s.matches(e));
      if (!match) return;
      e.preventDefault(); // Ctrl+S must never open the browser's "Save page" dialog
      e.stopPropagation();
      run(match.id);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [store, saveDesign, runAgain, selectSample, showShortcutSheet]);
}
