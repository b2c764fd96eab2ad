// A modal dialog on the native <dialog> element: showModal() gives the focus trap, Escape and the inert background
// for free. It is rendered only while open; closing (Escape, the Close button) calls `onClose`.
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

export function ModalDialog({ title, onClose, children, className }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className={`modal${className ? ` ${className}` : ''}`}
      onClose={() => closeRef.current()}
    >
      <div className="modal-heading">
        <h2 id={titleId}>{title}</h2>
        <button type="button" onClick={() => closeRef.current()}>
          Close
        </button>
      </div>
      {children}
    </dialog>
  );
}
