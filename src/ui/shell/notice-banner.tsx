// A dismissible message for the user (e.g. the saved design could not be read).
import { useActions, useDesigner } from '../../store/hooks.tsx';

export function NoticeBanner() {
  const notice = useDesigner((s) => s.ui.notice);
  const { showNotice } = useActions();
  if (!notice) return null;
  return (
    <div className="notice" role="status">
      <span>{notice}</span>
      <button type="button" onClick={() => showNotice(null)}>
        Dismiss
      </button>
    </div>
  );
}
