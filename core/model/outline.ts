import type { Node as PMNode } from 'prosemirror-model';

/**
 * A section of the document: a heading and everything up to the next heading
 * of the same or a higher level. Positions are ProseMirror positions in the body.
 */
export interface OutlineSection {
  heading: string;
  level: number;
  sectionId: string | null;
  /** Position of the heading node. */
  from: number;
  /** End of the section (start of the next heading at the same or a higher level, or the doc end). */
  to: number;
  /** End of the heading node: the section's own content starts here. */
  contentFrom: number;
  children: OutlineSection[];
}

export interface OutlineEntry {
  heading: string;
  level: number;
  sectionId: string | null;
  pos: number;
}

/** The headings in document order, flat. Cheap: headings live only at the top level. */
export function headingEntries(doc: PMNode): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  doc.forEach((child, offset) => {
    if (child.type.name === 'heading') {
      entries.push({
        heading: child.textContent,
        level: child.attrs.level as number,
        sectionId: (child.attrs.sectionId as string | null) ?? null,
        pos: offset,
      });
    }
  });
  return entries;
}

/** The section tree with position ranges. */
export function deriveOutline(doc: PMNode): OutlineSection[] {
  const roots: OutlineSection[] = [];
  const stack: OutlineSection[] = [];
  const docEnd = doc.content.size;
  for (const entry of headingEntries(doc)) {
    const node = doc.nodeAt(entry.pos)!;
    const section: OutlineSection = {
      heading: entry.heading,
      level: entry.level,
      sectionId: entry.sectionId,
      from: entry.pos,
      to: docEnd,
      contentFrom: entry.pos + node.nodeSize,
      children: [],
    };
    while (stack.length && stack[stack.length - 1]!.level >= entry.level) {
      stack.pop()!.to = entry.pos;
    }
    const parent = stack[stack.length - 1];
    (parent ? parent.children : roots).push(section);
    stack.push(section);
  }
  return roots;
}

/** The plain text of a range, blocks separated by newlines. */
export function sectionText(doc: PMNode, section: Pick<OutlineSection, 'contentFrom' | 'to'>): string {
  return doc.textBetween(section.contentFrom, section.to, '\n', ' ');
}
