import type { Node as PMNode } from 'prosemirror-model';

/** Top-level children [start, endA) of `a` were replaced by [start, endB) of `b`. */
export interface ChildrenChange {
  start: number;
  endA: number;
  endB: number;
}

/** The last pair compared: the guidance, outline and render-window plugins all ask about the same transaction. */
let last: { a: PMNode; b: PMNode; change: ChildrenChange | null } | null = null;

/**
 * Which top-level blocks differ between two versions of a document, found by
 * node identity: ProseMirror keeps untouched blocks as the same objects, so a
 * keystroke changes exactly one child and this costs a pointer comparison per block
 * (once per transaction: nodes are immutable, so the last answer is kept).
 */
export function changedChildren(a: PMNode, b: PMNode): ChildrenChange | null {
  if (a === b) return null;
  if (last?.a === a && last.b === b) return last.change;
  const change = scanChildren(a, b);
  last = { a, b, change };
  return change;
}

function scanChildren(a: PMNode, b: PMNode): ChildrenChange | null {
  const na = a.childCount;
  const nb = b.childCount;
  let start = 0;
  while (start < na && start < nb && a.child(start) === b.child(start)) start++;
  let endA = na;
  let endB = nb;
  while (endA > start && endB > start && a.child(endA - 1) === b.child(endB - 1)) {
    endA--;
    endB--;
  }
  if (start === endA && start === endB) return null;
  return { start, endA, endB };
}

/** Position of top-level child `index` (the doc's end when index is the child count). */
export function childPos(doc: PMNode, index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
  return pos;
}

/** Whether any child in [from, to) is of this type. */
export function anyChildOfType(doc: PMNode, from: number, to: number, type: string): boolean {
  for (let i = from; i < to; i++) if (doc.child(i).type.name === type) return true;
  return false;
}
