// The header's "Saved designs" button, opening the library.
import { useState } from 'react';
import { LibraryDialog } from './library-dialog.tsx';

export function LibraryButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Saved designs
      </button>
      {open ? <LibraryDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
