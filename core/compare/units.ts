import type { Node as PMNode } from 'prosemirror-model';

/**
 * A document as the comparison sees it: a flat list of text units (headings,
 * paragraphs, list items, table rows) grouped into sections by heading.
 */
export type UnitType = 'heading' | 'paragraph' | 'bullet' | 'ordered' | 'row';

export interface Unit {
  type: UnitType;
  /** Heading level, or list nesting depth (1-based). */
  level: number;
  text: string;
}

export interface Section {
  heading: Unit | null;
  units: Unit[];
}

export function unitsOf(doc: PMNode): Unit[] {
  const out: Unit[] = [];
  const walkList = (list: PMNode, depth: number) => {
    const type: UnitType = list.type.name === 'ordered_list' ? 'ordered' : 'bullet';
    list.forEach((item) => {
      item.forEach((child) => {
        if (child.type.name === 'paragraph') out.push({ type, level: depth, text: child.textContent });
        else walkList(child, depth + 1);
      });
    });
  };
  doc.forEach((node) => {
    switch (node.type.name) {
      case 'heading':
        out.push({ type: 'heading', level: node.attrs.level as number, text: node.textContent });
        break;
      case 'bullet_list':
      case 'ordered_list':
        walkList(node, 1);
        break;
      case 'table':
        // Rows are compared as lines of cells; the comparison export writes them as such.
        node.forEach((row) => {
          const cells: string[] = [];
          row.forEach((cell) => cells.push(cell.textContent));
          out.push({ type: 'row', level: 0, text: cells.join(' | ') });
        });
        break;
      default:
        out.push({ type: 'paragraph', level: 0, text: node.textContent });
    }
  });
  return out;
}

export function sectionsOf(units: Unit[]): Section[] {
  const sections: Section[] = [];
  let current: Section = { heading: null, units: [] };
  for (const u of units) {
    if (u.type === 'heading') {
      if (current.heading || current.units.length) sections.push(current);
      current = { heading: u, units: [] };
    } else current.units.push(u);
  }
  if (current.heading || current.units.length) sections.push(current);
  return sections;
}
