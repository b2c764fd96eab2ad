// The top bar: the product name, the design's name, undo/redo, "New design", and the design actions (saved designs,
// share, export, import, save status).
import { defaultDesign, defaultIntegration } from '../../model/index.ts';
import type { Design } from '../../model/types.ts';
import { useActions, useDesigner } from '../../store/hooks.tsx';
import { DesignToolbar } from '../library/design-toolbar.tsx';
import { NewFromExample } from '../library/new-from-example.tsx';
import { shortcut, withKeys } from './shortcuts.ts';

/** An empty HTTP design: no parameters, no templates, one sample (the starting point of "build from scratch"). */
export function emptyDesign(): Design {
  const base = defaultDesign();
  return {
    ...base,
    name: 'New integration',
    method: { httpMethod: 'GET', resourcePath: '/', requestParameters: {} },
    integration: defaultIntegration('HTTP'),
    samples: [{ name: 'sample 1', method: 'GET', path: '/', headers: {}, query: {}, body: '', isBase64Encoded: false }],
  };
}

export function AppHeader() {
  const { name, canUndo, canRedo } = useDesigner((s) => ({
    name: s.design.name,
    canUndo: s.history.past.length > 0 || s.library.beforeImport !== null,
    canRedo: s.history.future.length > 0,
  }));
  const { editDesign, undo, redo, newDesign, showShortcutSheet } = useActions();
  return (
    <header className="app-header">
      <h1>Integration Designer</h1>
      <div className="field field-inline design-name">
        <label htmlFor="design-name">Design name</label>
        <input
          id="design-name"
          value={name}
          onChange={(e) => editDesign((d) => ({ ...d, name: e.target.value }), 'name')}
        />
      </div>
      <div className="toolbar" role="toolbar" aria-label="Edit">
        <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z" title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button
          type="button"
          onClick={redo}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
          title="Redo (Ctrl+Shift+Z)"
        >
          Redo
        </button>
        <button
          type="button"
          // A new design of its own in the library (the open one is saved first), not an edit of the open one.
          onClick={() => void newDesign(emptyDesign())}
        >
          New design
        </button>
        <NewFromExample />
      </div>
      <DesignToolbar />
      <button
        type="button"
        className="shortcuts-button"
        onClick={() => showShortcutSheet(true)}
        aria-keyshortcuts={shortcut('sheet').aria}
        title={withKeys('Keyboard shortcuts', 'sheet')}
      >
        Shortcuts
      </button>
    </header>
  );
}
