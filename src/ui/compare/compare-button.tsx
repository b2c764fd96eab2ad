// The header's Compare button. The view itself (and Monaco's diff editor with it) is its own chunk, loaded when
// Compare first opens, so none of it weighs on the first render.
import { lazy, Suspense } from 'react';
import { useActions, useDesigner } from '../../store/hooks.tsx';
import { FallbackBoundary } from '../shared/fallback-boundary.tsx';

const CompareDialog = lazy(() => import('./compare-dialog.tsx'));

export function CompareButton() {
  const open = useDesigner((s) => s.compare.open);
  const { showCompare } = useActions();
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => void showCompare(true)}>
        Compare
      </button>
      {open ? (
        // The view's chunk could not be loaded (e.g. the app was updated meanwhile): say so where the button is.
        <FallbackBoundary
          fallback={
            <span role="alert" className="error-text">
              Compare could not be loaded; reload the page to try again.
            </span>
          }
        >
          <Suspense fallback={<span role="status">Opening Compare…</span>}>
            <CompareDialog />
          </Suspense>
        </FallbackBoundary>
      ) : null}
    </>
  );
}
