import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { EditorView } from 'prosemirror-view';
import { TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { ACTIONS, TABLE_ACTIONS, isInTable, type EditorAction } from './commands.js';
import { transformPastedHTML } from './setup.js';

export interface EditorHandle {
  doc(): PMNode;
  focusAt(pos: number): void;
  /** Runs a transaction built from the current state. */
  apply(build: (state: EditorState) => Transaction | null): void;
}

/**
 * The ProseMirror view inside React. React owns the toolbar; ProseMirror owns
 * the text. A keystroke only updates the view: the toolbar and any listener
 * are told after a short pause, so typing never waits for React.
 */
export const EditorPane = forwardRef<EditorHandle, {
  initialState: EditorState;
  editable: boolean;
  label: string;
  onDocChange?: (doc: PMNode) => void;
}>(function EditorPane(props, ref) {
  const mount = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const [, setTick] = useState(0);
  const onDocChange = useRef(props.onDocChange);
  onDocChange.current = props.onDocChange;

  useEffect(() => {
    let frame = 0;
    const v = new EditorView(mount.current!, {
      state: props.initialState,
      editable: () => props.editable,
      transformPastedHTML,
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': props.label,
        class: 'prose',
        spellcheck: 'true',
        lang: 'sv',
      },
      dispatchTransaction(tr) {
        v.updateState(v.state.apply(tr));
        if (tr.docChanged) onDocChange.current?.(v.state.doc);
        // The toolbar's state follows once typing pauses, so React never competes with keystrokes.
        clearTimeout(frame);
        frame = window.setTimeout(() => setTick((t) => t + 1), TOOLBAR_DELAY_MS);
      },
    });
    view.current = v;
    return () => {
      clearTimeout(frame);
      v.destroy();
      view.current = null;
    };
    // The view is created once per document; a new document remounts the pane.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useImperativeHandle(ref, () => ({
    doc: () => view.current!.state.doc,
    focusAt(pos: number) {
      const v = view.current!;
      const inside = Math.min(pos + 1, v.state.doc.content.size);
      v.dispatch(v.state.tr.setSelection(TextSelection.near(v.state.doc.resolve(inside))));
      const dom = v.nodeDOM(pos);
      if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'start' });
      else v.domAtPos(inside).node.parentElement?.scrollIntoView({ block: 'center' });
      v.focus();
    },
    apply(build) {
      const v = view.current;
      if (!v) return;
      // A caret move the browser made (e.g. Ctrl+End) reaches ProseMirror only with the
      // next "selectionchange" event; read it now, or this update would put the caret back.
      (v as unknown as { domObserver?: { flush(): void } }).domObserver?.flush();
      const tr = build(v.state);
      if (tr) v.dispatch(tr);
    },
  }));

  const run = (action: EditorAction) => {
    const v = view.current;
    if (!v) return;
    action.command(v.state, v.dispatch, v);
    v.focus();
  };
  const state = view.current?.state;
  const inTable = state ? isInTable(state) : false;

  return (
    <div className="editor">
      {props.editable && (
        <div className="toolbar" role="toolbar" aria-label="Formatering">
          {ACTIONS.map((action) => {
            const active = state && action.isActive ? action.isActive(state) : undefined;
            const title = action.shortcut ? `${action.label} (${action.shortcut})` : action.label;
            return (
              <button
                key={action.id}
                type="button"
                className={`tool tool-${action.id}`}
                title={title}
                aria-label={title}
                aria-pressed={action.isActive ? !!active : undefined}
                disabled={state ? !action.command(state) : false}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => run(action)}
              >
                {TOOL_TEXT[action.id] ?? action.label}
              </button>
            );
          })}
          {inTable &&
            TABLE_ACTIONS.map((action) => (
              <button key={action.id} type="button" className="tool" onMouseDown={(e) => e.preventDefault()} onClick={() => run(action)}>
                {action.label}
              </button>
            ))}
        </div>
      )}
      <div ref={mount} className="editor-mount" />
    </div>
  );
});

const TOOLBAR_DELAY_MS = 120;

const TOOL_TEXT: Record<string, string> = {
  bold: 'F',
  italic: 'K',
  paragraph: 'Text',
  h1: 'R1',
  h2: 'R2',
  h3: 'R3',
  bullet: '• Lista',
  ordered: '1. Lista',
  table: 'Tabell',
  undo: '↶ Ångra',
  redo: '↷ Gör om',
};
