import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { DOCUMENT_KINDS, KIND_LABELS, type DocumentKind } from '../../../core/model/kinds.js';
import { NewDocumentDialog } from './NewDocumentDialog.js';

/**
 * "Nytt dokument": a menu button (WAI-ARIA menu button pattern) whose items are
 * the four kinds. Choosing one asks for the title; only "Skapa" creates, so a
 * user who changes her mind leaves nothing behind.
 */
export function NewDocumentMenu(props: { onCreate: (kind: DocumentKind, title: string) => Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [chosen, setChosen] = useState<DocumentKind | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const count = DOCUMENT_KINDS.length;

  useEffect(() => {
    if (open) itemRefs.current[active]?.focus();
  }, [open, active]);

  // Focus returns to the button once the title dialog is gone: while it is open, the rest of the page is inert.
  const focusAfterDialog = useRef(false);
  useEffect(() => {
    if (chosen === null && focusAfterDialog.current) {
      focusAfterDialog.current = false;
      buttonRef.current?.focus();
    }
  }, [chosen]);

  // A click anywhere else closes the menu, as a native menu does.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const openAt = (index: number) => {
    setActive(index);
    setOpen(true);
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const onButtonKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') openAt(0);
    else if (e.key === 'ArrowUp') openAt(count - 1);
    else return;
    e.preventDefault();
  };

  const onMenuKeyDown = (e: KeyboardEvent) => {
    const moves: Partial<Record<string, number>> = { ArrowDown: (active + 1) % count, ArrowUp: (active - 1 + count) % count, Home: 0, End: count - 1 };
    const move = moves[e.key];
    if (move !== undefined) {
      setActive(move);
    } else if (e.key === 'Escape') {
      close(true);
    } else if (e.key === 'Tab') {
      setOpen(false);
      return;
    } else if (e.key.length === 1 && /\p{L}/u.test(e.key)) {
      // Type-ahead: the next kind whose name starts with the letter.
      const letter = e.key.toLocaleLowerCase('sv');
      for (let step = 1; step <= count; step++) {
        const i = (active + step) % count;
        if (KIND_LABELS[DOCUMENT_KINDS[i]!].toLocaleLowerCase('sv').startsWith(letter)) {
          setActive(i);
          break;
        }
      }
    } else {
      return;
    }
    e.preventDefault();
  };

  return (
    <div className="menu-button" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        id="new-document-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="new-document-menu"
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        Nytt dokument
      </button>
      <ul role="menu" id="new-document-menu" aria-labelledby="new-document-button" hidden={!open} onKeyDown={onMenuKeyDown}>
        {DOCUMENT_KINDS.map((kind, i) => (
          <li role="none" key={kind}>
            <button
              type="button"
              role="menuitem"
              tabIndex={i === active ? 0 : -1}
              ref={(el) => {
                itemRefs.current[i] = el;
              }}
              onMouseEnter={() => open && setActive(i)}
              onClick={() => {
                setOpen(false);
                setChosen(kind);
              }}
            >
              {KIND_LABELS[kind]}
            </button>
          </li>
        ))}
      </ul>
      {/* In a portal: the dialog is not part of the header and must not take its styles. */}
      {chosen &&
        createPortal(
          <NewDocumentDialog
            kind={chosen}
            onCancel={() => {
              focusAfterDialog.current = true;
              setChosen(null);
            }}
            onCreate={(title) => props.onCreate(chosen, title)}
          />,
          document.body,
        )}
    </div>
  );
}
