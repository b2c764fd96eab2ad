// Shown while the open design came from a share link: it is not in the library until "Save a copy", and "Discard"
// goes back to the design that was open before. It never overwrites a saved design.
import { useActions, useDesigner } from '../../store/hooks.tsx';

export function SharedBanner() {
  const shared = useDesigner((s) => s.library.document.shared);
  const { saveSharedCopy, discardShared } = useActions();
  if (!shared) return null;
  return (
    <section className="notice shared-banner" aria-label="Shared design">
      <span>Shared design — opened from a link and not saved in your library.</span>
      <span className="toolbar">
        <button type="button" onClick={() => void saveSharedCopy()}>
          Save a copy
        </button>
        <button type="button" onClick={() => void discardShared()}>
          Discard
        </button>
      </span>
    </section>
  );
}
