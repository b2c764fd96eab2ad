// The header's design actions: the library, share, export, import, compare, and the save status.
import { CompareButton } from '../compare/compare-button.tsx';
import { ExportButton, ImportButton } from '../export/export-import-buttons.tsx';
import { ShareButton } from '../share/share-button.tsx';
import { LibraryButton } from './library-button.tsx';
import { SaveStatus } from './save-status.tsx';

export function DesignToolbar() {
  return (
    <div className="toolbar" role="toolbar" aria-label="Design">
      <LibraryButton />
      <ShareButton />
      <ExportButton />
      <ImportButton />
      <CompareButton />
      <SaveStatus />
    </div>
  );
}
