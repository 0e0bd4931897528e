import type { Command, EditorState } from 'prosemirror-state';
import { setBlockType, toggleMark } from 'prosemirror-commands';
import { wrapInList, liftListItem, sinkListItem, splitListItem } from 'prosemirror-schema-list';
import { undo, redo } from 'prosemirror-history';
import { schema } from '../../../core/model/schema.js';
import { addRowAfter, addColumnAfter, deleteRow, deleteColumn, isInTable } from 'prosemirror-tables';

/**
 * Every editing action the toolbar and keyboard offer, with its Swedish name and
 * its shortcut. Heading shortcuts are Ctrl+Shift+digit: Ctrl+Alt is AltGr on a
 * Swedish keyboard, so Ctrl+Alt+2 would type "@".
 */
export interface EditorAction {
  id: string;
  label: string;
  /** prosemirror-keymap notation. */
  keys: string[];
  /** How the shortcut is shown to the user. */
  shortcut?: string;
  command: Command;
  isActive?: (state: EditorState) => boolean;
}

const setHeading = (level: number) => setBlockType(schema.nodes.heading, { level });

export const ACTIONS: EditorAction[] = [
  { id: 'bold', label: 'Fetstil', keys: ['Mod-b'], shortcut: 'Ctrl+B', command: toggleMark(schema.marks.strong), isActive: markActive('strong') },
  { id: 'italic', label: 'Kursiv', keys: ['Mod-i'], shortcut: 'Ctrl+I', command: toggleMark(schema.marks.em), isActive: markActive('em') },
  { id: 'paragraph', label: 'Brödtext', keys: ['Mod-Shift-0'], shortcut: 'Ctrl+Skift+0', command: setBlockType(schema.nodes.paragraph), isActive: blockActive('paragraph') },
  { id: 'h1', label: 'Rubrik 1', keys: ['Mod-Shift-1'], shortcut: 'Ctrl+Skift+1', command: setHeading(1), isActive: blockActive('heading', 1) },
  { id: 'h2', label: 'Rubrik 2', keys: ['Mod-Shift-2'], shortcut: 'Ctrl+Skift+2', command: setHeading(2), isActive: blockActive('heading', 2) },
  { id: 'h3', label: 'Rubrik 3', keys: ['Mod-Shift-3'], shortcut: 'Ctrl+Skift+3', command: setHeading(3), isActive: blockActive('heading', 3) },
  { id: 'bullet', label: 'Punktlista', keys: ['Mod-Shift-8'], shortcut: 'Ctrl+Skift+8', command: wrapInList(schema.nodes.bullet_list) },
  { id: 'ordered', label: 'Numrerad lista', keys: ['Mod-Shift-7'], shortcut: 'Ctrl+Skift+7', command: wrapInList(schema.nodes.ordered_list) },
  { id: 'table', label: 'Infoga tabell', keys: [], command: insertTable(3, 3) },
  { id: 'undo', label: 'Ångra', keys: ['Mod-z'], shortcut: 'Ctrl+Z', command: undo },
  { id: 'redo', label: 'Gör om', keys: ['Mod-y', 'Shift-Mod-z'], shortcut: 'Ctrl+Y', command: redo },
];

export const TABLE_ACTIONS: EditorAction[] = [
  { id: 'row-after', label: 'Lägg till rad', keys: [], command: addRowAfter },
  { id: 'col-after', label: 'Lägg till kolumn', keys: [], command: addColumnAfter },
  { id: 'row-delete', label: 'Ta bort rad', keys: [], command: deleteRow },
  { id: 'col-delete', label: 'Ta bort kolumn', keys: [], command: deleteColumn },
];

export const listKeys: Record<string, Command> = {
  Enter: splitListItem(schema.nodes.list_item),
  Tab: sinkListItem(schema.nodes.list_item),
  'Shift-Tab': liftListItem(schema.nodes.list_item),
};

export { isInTable };

function markActive(name: 'strong' | 'em') {
  return (state: EditorState) => {
    const type = schema.marks[name];
    const { from, $from, to, empty } = state.selection;
    if (empty) return !!type.isInSet(state.storedMarks || $from.marks());
    return state.doc.rangeHasMark(from, to, type);
  };
}

function blockActive(name: 'paragraph' | 'heading', level?: number) {
  return (state: EditorState) => {
    const parent = state.selection.$from.parent;
    return parent.type.name === name && (level === undefined || parent.attrs.level === level);
  };
}

function insertTable(rows: number, cols: number): Command {
  return (state, dispatch) => {
    const { table, table_row, table_cell, table_header, paragraph } = schema.nodes;
    const row = (header: boolean) =>
      table_row.create(null, Array.from({ length: cols }, () => (header ? table_header : table_cell).create(null, paragraph.create())));
    const node = table.create(null, [row(true), ...Array.from({ length: rows - 1 }, () => row(false))]);
    if (isInTable(state)) return false;
    if (dispatch) dispatch(state.tr.replaceSelectionWith(node).scrollIntoView());
    return true;
  };
}
