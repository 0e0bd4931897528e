import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { anyChildOfType, changedChildren } from './topLevelDiff.js';

/**
 * The outline as editor state, derived incrementally: an edit that touches no
 * heading keeps the same array, so the outline panel does not re-render while
 * the writer types in body text. Entries hold the heading node, not its
 * position (positions shift with every keystroke); `headingPos` finds it.
 */
export interface OutlineItem {
  heading: string;
  level: number;
  sectionId: string | null;
  node: PMNode;
}

const outlineKey = new PluginKey<OutlineItem[]>('outline');

export function outlinePlugin(): Plugin<OutlineItem[]> {
  return new Plugin<OutlineItem[]>({
    key: outlineKey,
    state: {
      init: (_, state) => collect(state.doc),
      apply(tr, old) {
        if (!tr.docChanged) return old;
        const change = changedChildren(tr.before, tr.doc);
        if (!change) return old;
        const touched =
          anyChildOfType(tr.before, change.start, change.endA, 'heading') || anyChildOfType(tr.doc, change.start, change.endB, 'heading');
        return touched ? collect(tr.doc) : old;
      },
    },
  });
}

export function outlineItems(state: EditorState): OutlineItem[] {
  return outlineKey.getState(state) ?? [];
}

/** Where a heading from the outline is now, or null if it is gone. */
export function headingPos(doc: PMNode, node: PMNode): number | null {
  let found: number | null = null;
  doc.forEach((child, offset) => {
    if (found === null && child === node) found = offset;
  });
  return found;
}

function collect(doc: PMNode): OutlineItem[] {
  const items: OutlineItem[] = [];
  doc.forEach((child) => {
    if (child.type.name !== 'heading') return;
    items.push({ heading: child.textContent, level: child.attrs.level as number, sectionId: (child.attrs.sectionId as string | null) ?? null, node: child });
  });
  return items;
}
