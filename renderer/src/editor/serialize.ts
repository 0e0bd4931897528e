import type { Node as PMNode } from 'prosemirror-model';
import type { NodeJSON } from '../../../core/model/document.js';

/**
 * The body as JSON for saving, serialised incrementally: each top-level block's
 * JSON is kept per node object, and ProseMirror keeps untouched blocks as the
 * same objects, so a save during typing serialises only the blocks that changed.
 */
export class BodySerializer {
  private cache = new WeakMap<PMNode, NodeJSON>();

  /** `prepare` runs once per new block JSON (the request layer caches its text there). */
  constructor(private readonly prepare: (json: NodeJSON) => void = () => undefined) {}

  toJSON(doc: PMNode): NodeJSON {
    const content: NodeJSON[] = [];
    doc.forEach((child) => content.push(this.blockJSON(child)));
    return { type: doc.type.name, content } as NodeJSON;
  }

  /**
   * Serialises blocks from index `from` on while `timeLeft()` allows; returns
   * the index to go on from, or null when every block is cached.
   */
  warm(doc: PMNode, from: number, timeLeft: () => number): number | null {
    let i = from;
    for (; i < doc.childCount; i++) {
      if (i % 32 === 0 && timeLeft() <= 0) return i;
      this.blockJSON(doc.child(i));
    }
    return null;
  }

  /** One top-level block's JSON, from the cache when the block is unchanged. */
  blockJSON(child: PMNode): NodeJSON {
    let json = this.cache.get(child);
    if (!json) {
      json = child.toJSON() as NodeJSON;
      this.cache.set(child, json);
      this.prepare(json);
    }
    return json;
  }
}

/** Longest slice of warming work, so a key pressed meanwhile waits at most this long. */
const SLICE_MS = 12;

/**
 * Fills the serializer's cache in idle slices after a document opens, so the
 * first autosave of a big document joins cached text instead of serialising
 * all of it at once (about 250 ms for 3.5 MB). Returns a cancel function.
 */
export function warmInIdle(serializer: BodySerializer, currentDoc: () => PMNode): () => void {
  const idle = typeof requestIdleCallback === 'function';
  let handle = 0;
  let next: number | null = 0;
  const slice = (deadline?: IdleDeadline) => {
    const end = performance.now() + Math.min(SLICE_MS, deadline ? deadline.timeRemaining() : SLICE_MS);
    next = serializer.warm(currentDoc(), next ?? 0, () => end - performance.now());
    if (next !== null) schedule();
  };
  const schedule = () => {
    handle = idle ? requestIdleCallback(slice) : window.setTimeout(slice, 20);
  };
  schedule();
  return () => (idle ? cancelIdleCallback(handle) : clearTimeout(handle));
}
