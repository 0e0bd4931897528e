import { useEffect, useRef, type ReactNode } from 'react';

/** A modal built on <dialog>: focus is trapped and Esc closes it, as screen-reader users expect. */
export function Dialog(props: { title: string; onClose: () => void; children: ReactNode; labelledBy?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current!;
    if (!dialog.open) dialog.showModal();
    const unmark = markPageBehind(dialog);
    const onCancel = (e: Event) => {
      e.preventDefault();
      props.onClose();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      unmark();
    };
  }, [props.onClose]);
  const titleId = `dialog-${props.title.replace(/\W+/g, '-')}`;
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId}>
      <h2 id={titleId}>{props.title}</h2>
      {props.children}
    </dialog>
  );
}

export function ConfirmDialog(props: { title: string; message: string; confirmLabel: string; onConfirm: () => void; onCancel: () => void }) {
  return (
    <Dialog title={props.title} onClose={props.onCancel}>
      <p>{props.message}</p>
      <div className="dialog-actions">
        <button type="button" onClick={props.onCancel} autoFocus>
          Avbryt
        </button>
        <button type="button" className="danger" onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}

/**
 * Marks the app while a modal is open, and the part of the page that holds
 * the dialog, so the stylesheet can stop drawing the rest (see styles.css).
 * Attributes instead of a `:has(dialog[open])` selector: with `:has`, every
 * element the editor inserts (a paragraph, an underline) made Chromium restyle
 * the document view, 20–100 ms a time in a big document.
 */
function markPageBehind(dialog: HTMLDialogElement): () => void {
  const app = dialog.closest('.app');
  if (!app) return () => undefined;
  let holder: Element = dialog;
  while (holder.parentElement && holder.parentElement !== app) holder = holder.parentElement;
  const count = (el: Element, attr: string, by: number) => {
    const n = Number(el.getAttribute(attr) ?? 0) + by;
    if (n > 0) el.setAttribute(attr, String(n));
    else el.removeAttribute(attr);
  };
  count(app, 'data-modals', 1);
  count(holder, 'data-holds-modal', 1);
  return () => {
    count(app, 'data-modals', -1);
    count(holder, 'data-holds-modal', -1);
  };
}
