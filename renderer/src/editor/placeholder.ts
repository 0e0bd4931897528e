import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import { changedChildren } from './topLevelDiff.js';

/**
 * Shows a template section's guidance in the empty paragraph under its
 * heading, until the writer types there. Only top-level nodes are scanned,
 * and only when a heading or an empty paragraph changed.
 */
export function guidancePlaceholders(guidanceFor: (sectionId: string) => string | undefined): Plugin {
  const build = (doc: PMNode) => {
    const decorations: Decoration[] = [];
    let guidance: string | undefined;
    doc.forEach((node, offset) => {
      if (node.type.name === 'heading') {
        guidance = node.attrs.sectionId ? guidanceFor(node.attrs.sectionId as string) : undefined;
        return;
      }
      if (guidance && node.type.name === 'paragraph' && node.content.size === 0) {
        decorations.push(Decoration.node(offset, offset + node.nodeSize, { class: 'guidance', 'data-guidance': guidance }));
      }
      guidance = undefined;
    });
    return DecorationSet.create(doc, decorations);
  };
  return new Plugin({
    key: new PluginKey('guidance'),
    state: {
      init: (_, state) => build(state.doc),
      apply(tr, old) {
        if (!tr.docChanged) return old;
        // Only a heading or an empty paragraph changes where guidance shows; typing in text just shifts it.
        const change = changedChildren(tr.before, tr.doc);
        if (!change) return old;
        const matters = (doc: PMNode, from: number, to: number) => {
          for (let i = from; i < to; i++) {
            const node = doc.child(i);
            if (node.type.name === 'heading' || (node.type.name === 'paragraph' && node.content.size === 0)) return true;
          }
          return false;
        };
        return matters(tr.before, change.start, change.endA) || matters(tr.doc, change.start, change.endB) ? build(tr.doc) : old.map(tr.mapping, tr.doc);
      },
    },
    props: {
      decorations(state) {
        return this.getState(state);
      },
    },
  });
}
