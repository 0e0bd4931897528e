import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';

/**
 * Shows a template section's guidance in the empty paragraph under its
 * heading, until the writer types there. Only top-level nodes are scanned,
 * so this stays cheap on a 100-page document.
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
      apply: (tr, old) => (tr.docChanged ? build(tr.doc) : old),
    },
    props: {
      decorations(state) {
        return this.getState(state);
      },
    },
  });
}
