import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/**
 * Typed characters go straight into a ProseMirror transaction instead of
 * through the browser's native contenteditable insertion. In a document with
 * tens of thousands of blocks Chromium's editing code costs 50–100 ms per key
 * (it lays out and walks the whole editable root); a transaction only touches
 * the paragraph typed in. Input rules still run (through handleTextInput, as
 * ProseMirror does for its own keypress path); composition (dead keys, IME)
 * is left to the browser, and so is any key pressed before ProseMirror has
 * seen the latest caret move (a click just before typing): the DOM selection is the truth then.
 */
export function typeThroughTransaction(view: EditorView, event: KeyboardEvent): boolean {
  if (event.isComposing || view.composing || !event.charCode || event.ctrlKey || event.metaKey) return false;
  const text = String.fromCharCode(event.charCode);
  if (/[\r\n]/.test(text)) return false;
  const { selection } = view.state;
  if (!(selection instanceof TextSelection) || !selection.$from.sameParent(selection.$to) || !selection.$from.parent.inlineContent) return false;
  if (!domSelectionAgrees(view, selection.anchor, selection.head)) return false;
  const { from, to } = selection;
  const insert = () => view.state.tr.insertText(text, from, to).scrollIntoView();
  if (!view.someProp('handleTextInput', (f) => f(view, from, to, text, insert))) view.dispatch(insert());
  return true;
}

/** Whether the browser's selection is where the editor state thinks it is. */
function domSelectionAgrees(view: EditorView, anchor: number, head: number): boolean {
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection?.anchorNode || !selection.focusNode) return false;
  try {
    return view.posAtDOM(selection.anchorNode, selection.anchorOffset) === anchor && view.posAtDOM(selection.focusNode, selection.focusOffset) === head;
  } catch {
    return false;
  }
}
