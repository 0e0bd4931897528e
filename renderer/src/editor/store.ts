import { TextSelection, type Command, type EditorState, type Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/**
 * The editor's state as an external store for React. ProseMirror owns the
 * state; React components read slices of it with `useEditorSelector`, and a
 * slice that keeps its identity through a keystroke (the review result, the
 * outline) costs React nothing while the writer types.
 */
export class EditorStore {
  /** Set by EditorPane while its view is mounted. */
  view: EditorView | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(public state: EditorState) {}

  readonly getState = (): EditorState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The view reports each new state here. */
  update(state: EditorState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  dispatch = (tr: Transaction): void => {
    if (this.view) this.view.dispatch(tr);
    else this.update(this.state.apply(tr));
  };

  /** Runs a command against the current state; returns whether it applied. */
  run(command: Command): boolean {
    return command(this.state, this.dispatch, this.view ?? undefined);
  }
}

/** A subscription that tells its listener only once the store has been quiet for `ms`. */
export function quietSubscription(store: EditorStore, ms: number): (listener: () => void) => () => void {
  return (listener) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = store.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(listener, ms);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  };
}

/**
 * Dispatches a transaction that comes from outside the keyboard (a review
 * result arriving from the worker). A caret move the browser has just made
 * (e.g. Ctrl+End) reaches ProseMirror only with the next "selectionchange"
 * event; the DOM selection is read here with public API and carried into the
 * transaction, or the update would put the caret back where it was.
 */
export function dispatchExternal(store: EditorStore, build: (state: EditorState) => Transaction | null): void {
  const tr = build(store.state);
  if (!tr) return;
  if (store.view) dispatchKeepingDomSelection(store.view, tr);
  else store.dispatch(tr);
}

/** Dispatches `tr` with the browser's caret carried into it when the browser has moved the caret on its own. */
export function dispatchKeepingDomSelection(view: EditorView, tr: Transaction): void {
  if (view.hasFocus() && tr.selection instanceof TextSelection) {
    const dom = domSelection(view);
    if (dom && (dom.anchor !== tr.selection.anchor || dom.head !== tr.selection.head)) {
      tr.setSelection(TextSelection.between(tr.doc.resolve(dom.anchor), tr.doc.resolve(dom.head)));
    }
  }
  view.dispatch(tr);
}

/**
 * The browser's selection as document positions, or null when it is not inside
 * the editor or is a DOM point ProseMirror cannot map (e.g. inside a widget).
 */
export function domSelection(view: EditorView): { anchor: number; head: number } | null {
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection?.anchorNode || !selection.focusNode || !view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return null;
  try {
    return { anchor: view.posAtDOM(selection.anchorNode, selection.anchorOffset), head: view.posAtDOM(selection.focusNode, selection.focusOffset) };
  } catch {
    return null;
  }
}
