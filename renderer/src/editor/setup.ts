import { EditorState, Plugin } from 'prosemirror-state';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap } from 'prosemirror-commands';
import { history } from 'prosemirror-history';
import { dropCursor } from 'prosemirror-dropcursor';
import { gapCursor } from 'prosemirror-gapcursor';
import { tableEditing } from 'prosemirror-tables';
import type { Command } from 'prosemirror-state';
import { schema } from '../../../core/model/schema.js';
import { bodyFromJSON, type NodeJSON } from '../../../core/model/document.js';
import { neutraliseInlineStyles, sanitizePastedDocument } from '../../../core/import/sanitizePaste.js';
import { ACTIONS, listKeys } from './commands.js';
import { escapeThenTab, listAutoformat, tabKeys } from './wordHabits.js';
import { guidancePlaceholders } from './placeholder.js';
import { reviewPlugin } from './review.js';
import { dispatchKeepingDomSelection } from './store.js';
import { outlinePlugin } from './outlinePlugin.js';
import { renderWindow } from './renderWindow.js';
import { caretToDocumentEdge } from './navigation.js';

export function editorKeymap(): Plugin {
  const bindings: Record<string, Command> = {};
  for (const action of ACTIONS) for (const key of action.keys) bindings[key] = action.command;
  Object.assign(bindings, tabKeys());
  bindings.Enter = listKeys.Enter!;
  bindings['Mod-Home'] = caretToDocumentEdge('start');
  bindings['Mod-End'] = caretToDocumentEdge('end');
  return keymap(bindings);
}

export function createEditorState(body: NodeJSON, guidanceFor: (sectionId: string) => string | undefined): EditorState {
  return EditorState.create({
    doc: bodyFromJSON(body),
    schema,
    plugins: [
      escapeThenTab(),
      listAutoformat(),
      history(),
      editorKeymap(),
      keymap(baseKeymap),
      dropCursor(),
      gapCursor(),
      tableEditing(),
      guidancePlaceholders(guidanceFor),
      reviewPlugin(dispatchKeepingDomSelection),
      outlinePlugin(),
      renderWindow(),
    ],
  });
}

/** Pasted HTML, cleaned before ProseMirror parses it (Word lists, inline styles). */
export function transformPastedHTML(html: string): string {
  const doc = new DOMParser().parseFromString(neutraliseInlineStyles(html), 'text/html');
  sanitizePastedDocument(doc);
  return doc.body.innerHTML;
}
