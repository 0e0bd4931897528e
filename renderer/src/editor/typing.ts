import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { domSelection } from './store.js';

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
  return insertThroughTransaction(view, String.fromCharCode(event.charCode));
}

/**
 * Text the browser is about to insert without a key press of its own (a
 * character from the input method or the on-screen keyboard, Playwright's
 * `keyboard.type` of "Ä") goes the same way. Left to Chromium, such text
 * typed right after a list autoformat sometimes landed in the next heading:
 * its editing code placed it by a caret position from before the list was
 * made (seen under load in the list test; the DOM selection was right).
 * Composition (dead keys, IME) is left to the browser.
 */
export function beforeInputThroughTransaction(view: EditorView, event: InputEvent): boolean {
  if (event.inputType !== 'insertText' || !event.data || !event.cancelable || event.isComposing || view.composing) return false;
  if (!insertThroughTransaction(view, event.data)) return false;
  event.preventDefault();
  return true;
}

function insertThroughTransaction(view: EditorView, text: string): boolean {
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
  const dom = domSelection(view);
  return dom !== null && dom.anchor === anchor && dom.head === head;
}
