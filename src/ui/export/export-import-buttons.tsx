// The header's Export and Import buttons, each opening its dialog. The dialogs (and the file formats they read and
// write: YAML, CloudFormation, OpenAPI, Terraform…) are their own chunks, loaded when a dialog first opens, so none of
// it weighs on the first render.
import { lazy, Suspense, useState } from 'react';
import { FallbackBoundary } from '../shared/fallback-boundary.tsx';

const ExportDialog = lazy(() => import('./export-dialog.tsx').then((m) => ({ default: m.ExportDialog })));
const ImportDialog = lazy(() => import('./import-dialog.tsx').then((m) => ({ default: m.ImportDialog })));

function LazyDialog({ what, children }: { what: string; children: React.ReactNode }) {
  return (
    // The dialog's chunk could not be loaded (e.g. the app was updated meanwhile): say so where the button is.
    <FallbackBoundary
      fallback={
        <span role="alert" className="error-text">
          {what} could not be loaded; reload the page to try again.
        </span>
      }
    >
      <Suspense fallback={<span role="status">Opening {what}…</span>}>{children}</Suspense>
    </FallbackBoundary>
  );
}

export function ExportButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Export
      </button>
      {open ? (
        <LazyDialog what="Export">
          <ExportDialog onClose={() => setOpen(false)} />
        </LazyDialog>
      ) : null}
    </>
  );
}

export function ImportButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Import
      </button>
      {open ? (
        <LazyDialog what="Import">
          <ImportDialog onClose={() => setOpen(false)} />
        </LazyDialog>
      ) : null}
    </>
  );
}
