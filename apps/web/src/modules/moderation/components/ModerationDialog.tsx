import { type ReactNode, useEffect, useId, useRef } from 'react';

export interface ModerationDialogProps {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
}

/** A modal dialog (the browser's own: focus is trapped, Escape closes it, the page behind is inert). */
export function ModerationDialog({ title, open, onClose, children }: ModerationDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  const titleId = useId();
  return (
    <dialog ref={dialog} className="moderation-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId} className="moderation-dialog__title">
        {title}
      </h2>
      {open && children}
    </dialog>
  );
}

