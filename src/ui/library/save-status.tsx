// The header's save status: "Saved", "Saving…", "Unsaved changes", a shared design, a conflict, a failure.
import { saveStatus } from '../../store/library-state.ts';
import { useDesigner } from '../../store/hooks.tsx';

export function SaveStatus() {
  const { kind, text } = useDesigner((s) => saveStatus(s));
  return (
    <p role="status" aria-label="Save status" className={`save-status save-status-${kind}`}>
      {text}
    </p>
  );
}
