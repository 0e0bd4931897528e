import { Selection, TextSelection, type Command } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import { schema } from '../../../core/model/schema.js';
import type { TemplateSection } from '../../../core/model/templates.js';
import { headingPos } from './outlinePlugin.js';

/** Puts the caret at the nearest text position to `pos`, scrolls it into view and focuses the editor. */
export function caretAt(pos: number): Command {
  return (state, dispatch, view) => {
    const inside = Math.max(0, Math.min(pos, state.doc.content.size));
    if (dispatch) dispatch(state.tr.setSelection(Selection.near(state.doc.resolve(inside))).scrollIntoView());
    view?.focus();
    return true;
  };
}

/**
 * Ctrl+Home and Ctrl+End: the caret to the start or end of the document, in
 * the editor's own state at once. Left to the browser, the caret moved in the
 * DOM first and ProseMirror learnt of it a moment later, so a key typed at once
 * could go to the old place (seen under load in a document of 6,000 blocks).
 */
export function caretToDocumentEdge(edge: 'start' | 'end'): Command {
  return (state, dispatch) => {
    const selection = edge === 'start' ? Selection.atStart(state.doc) : Selection.atEnd(state.doc);
    if (dispatch) dispatch(state.tr.setSelection(selection).scrollIntoView());
    return true;
  };
}

/**
 * Goes to a section from the outline: the heading scrolls to the top and the
 * caret goes to the start of the section's first text after the heading, where
 * the writer continues (at the heading's end when the section has no text yet).
 */
export function goToSection(heading: PMNode): Command {
  return (state, dispatch, view) => {
    const pos = headingPos(state.doc, heading);
    if (pos === null) return false;
    const after = pos + heading.nodeSize;
    const next = state.doc.nodeAt(after);
    const caret =
      next && next.type.name !== 'heading'
        ? Selection.findFrom(state.doc.resolve(after), 1, true) ?? TextSelection.create(state.doc, after - 1)
        : TextSelection.create(state.doc, after - 1);
    if (dispatch) dispatch(state.tr.setSelection(caret));
    if (view) {
      view.focus();
      scrollToTop(view, pos);
    }
    return true;
  };
}

/** Inserts a template section (heading with its id and an empty paragraph) at a top-level position near `at`, caret in the paragraph. */
export function insertTemplateSection(section: TemplateSection, at: number | undefined): Command {
  return (state, dispatch, view) => {
    const size = state.doc.content.size;
    const $pos = state.doc.resolve(Math.min(at ?? size, size));
    const where = $pos.depth === 0 ? $pos.pos : $pos.before(1);
    if (dispatch) {
      const heading = schema.nodes.heading.create({ level: 1, sectionId: section.id }, schema.text(section.heading));
      const tr = state.tr.insert(where, [heading, schema.nodes.paragraph.create()]);
      dispatch(tr.setSelection(TextSelection.create(tr.doc, where + heading.nodeSize + 1)).scrollIntoView());
    }
    view?.focus();
    return true;
  };
}

function scrollToTop(view: EditorView, pos: number): void {
  const dom = view.nodeDOM(pos);
  if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'start' });
}
