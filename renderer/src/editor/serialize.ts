import type { Node as PMNode } from 'prosemirror-model';
import type { NodeJSON } from '../../../core/model/document.js';

/**
 * The body as JSON for saving, serialised incrementally: each top-level block's
 * JSON is kept per node object, and ProseMirror keeps untouched blocks as the
 * same objects, so a save during typing serialises only the blocks that changed.
 */
export class BodySerializer {
  private cache = new WeakMap<PMNode, NodeJSON>();

  toJSON(doc: PMNode): NodeJSON {
    const content: NodeJSON[] = [];
    doc.forEach((child) => {
      let json = this.cache.get(child);
      if (!json) {
        json = child.toJSON() as NodeJSON;
        this.cache.set(child, json);
      }
      content.push(json);
    });
    return { type: doc.type.name, content } as NodeJSON;
  }
}
