// The shortcut sheet (Ctrl+/, or the header's "Shortcuts" button): every shortcut from shortcuts.ts, and how Tab
// behaves in the code editors.
import { useActions, useDesigner } from '../../store/hooks.tsx';
import { ModalDialog } from '../export/modal-dialog.tsx';
import { OTHER_SHORTCUTS, SHORTCUTS } from './shortcuts.ts';

export function ShortcutSheet() {
  const open = useDesigner((s) => s.ui.shortcutSheetOpen);
  const { showShortcutSheet } = useActions();
  if (!open) return null;
  const rows = [...SHORTCUTS, ...OTHER_SHORTCUTS];
  return (
    <ModalDialog title="Keyboard shortcuts" onClose={() => showShortcutSheet(false)} className="shortcut-sheet">
      <p className="note">On a Mac, ⌘ works wherever Ctrl is written (except with Alt, and for Ctrl+M).</p>
      <table className="shortcut-table" aria-label="Keyboard shortcuts">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What they do</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.keys}>
              <th scope="row">
                <kbd>{r.keys}</kbd>
              </th>
              <td>{r.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">
        In a code editor, Tab indents: press <kbd>Ctrl+M</kbd> to make Tab move the focus instead (again to switch
        back), or press <kbd>Escape</kbd> then <kbd>Tab</kbd> to leave the editor once.
      </p>
    </ModalDialog>
  );
}
