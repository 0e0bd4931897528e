import { Plugin, Selection, type Command } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { Attrs, NodeType, Slice } from 'prosemirror-model';
import { findWrapping } from 'prosemirror-transform';
import { InputRule, inputRules, undoInputRule } from 'prosemirror-inputrules';
import { addRowAfter, goToNextCell, isInTable } from 'prosemirror-tables';
import { liftListItem, sinkListItem } from 'prosemirror-schema-list';
import { chainCommands } from 'prosemirror-commands';
import { schema } from '../../../core/model/schema.js';

/**
 * What a writer used to Word expects of the keyboard: list autoformat, Tab
 * through table cells (a new row from the last one), Tab that stays in the
 * text, and Escape then Tab to leave the editor (the way out for keyboard users).
 */

/**
 * "- " or "* " starts a bullet list, "1. " a numbered list (from that number);
 * Backspace right after undoes it. Not inside a list item: there the text is meant as typed.
 */
export function listAutoformat(): Plugin {
  return inputRules({
    rules: [
      listRule(/^\s*([-*])\s$/, schema.nodes.bullet_list, () => null),
      listRule(/^(\d+)\.\s$/, schema.nodes.ordered_list, (match) => ({ order: Number(match[1]) })),
    ],
  });
}

function listRule(pattern: RegExp, type: NodeType, attrs: (match: RegExpMatchArray) => Attrs | null): InputRule {
  return new InputRule(pattern, (state, match, start, end) => {
    const $start = state.doc.resolve(start);
    if ($start.depth < 1 || $start.node(-1).type === schema.nodes.list_item) return null;
    const tr = state.tr.delete(start, end);
    const range = tr.doc.resolve(start).blockRange();
    const wrapping = range && findWrapping(range, type, attrs(match));
    if (!range || !wrapping) return null;
    return tr.wrap(range, wrapping);
  });
}

export const undoAutoformat: Command = undoInputRule;

/** Views where the writer pressed Escape: the next Tab leaves the editor. */
const leaving = new WeakSet<EditorView>();

/** Arms "Escape then Tab"; must come before the keymaps so it sees keys first. */
export function escapeThenTab(): Plugin {
  return new Plugin({
    props: {
      handleKeyDown(view, event) {
        if (!view.editable) return false;
        if (event.key === 'Escape') {
          leaving.add(view);
          return true;
        }
        if (event.key !== 'Tab' && event.key !== 'Shift') leaving.delete(view);
        return false;
      },
      handleDOMEvents: {
        blur(view) {
          leaving.delete(view);
          return false;
        },
      },
    },
  });
}

/** After Escape, Tab is not handled, so the browser moves focus out. */
const letTabLeave: Command = (_state, _dispatch, view) => {
  if (!view || !leaving.has(view)) return false;
  leaving.delete(view);
  return true;
};

/** Tab consumed without a change: focus stays in the text, as in Word. */
const stay: Command = () => true;

/** In the last cell a new row is added and the caret goes into its first cell, in one undoable step. */
const nextCellOrNewRow: Command = (state, dispatch) => {
  if (!isInTable(state)) return false;
  if (goToNextCell(1)(state, dispatch)) return true;
  return addRowAfter(state, (tr) => {
    goToNextCell(1)(state.apply(tr), (moved) => tr.setSelection(moved.selection));
    dispatch?.(tr.scrollIntoView());
  });
};

const previousCell: Command = (state, dispatch) => isInTable(state) && (goToNextCell(-1)(state, dispatch) || true);

/** Tab and Shift+Tab, and Backspace that undoes a list autoformat. After Escape, Tab returns false so the browser moves focus. */
export function tabKeys(): Record<string, Command> {
  const leave = (inner: Command): Command => (state, dispatch, view) => {
    if (letTabLeave(state, dispatch, view)) return false;
    return inner(state, dispatch, view);
  };
  return {
    Tab: leave(chainCommands(nextCellOrNewRow, sinkListItem(schema.nodes.list_item), stay)),
    'Shift-Tab': leave(chainCommands(previousCell, liftListItem(schema.nodes.list_item), stay)),
    Backspace: undoAutoformat,
  };
}

/**
 * Pasting blocks with the caret at the start of a heading puts them before the
 * heading as blocks of their own; the default would join the first pasted
 * paragraph with the heading and turn the heading into body text. Inline text
 * (one paragraph) still goes into the heading, as typed text would.
 */
export function pasteBeforeHeading(view: EditorView, _event: ClipboardEvent, slice: Slice): boolean {
  const { state } = view;
  const { $from, empty } = state.selection;
  if (!empty || $from.parent.type !== schema.nodes.heading || $from.parentOffset !== 0) return false;
  const inlineOnly = slice.content.childCount === 1 && slice.content.firstChild!.isTextblock && slice.openStart > 0 && slice.openEnd > 0;
  if (inlineOnly || slice.content.size === 0) return false;
  const before = $from.before();
  const tr = state.tr.replaceRange(before, before, slice);
  const end = tr.mapping.map(before, 1);
  tr.setSelection(Selection.near(tr.doc.resolve(Math.max(0, end - 1)), -1)).scrollIntoView();
  view.dispatch(tr.setMeta('uiEvent', 'paste'));
  return true;
}
