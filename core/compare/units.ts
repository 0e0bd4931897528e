import type { Node as PMNode } from 'prosemirror-model';

/**
 * A document as the comparison sees it: a flat list of text units (headings,
 * paragraphs, list items, table rows) grouped into sections by heading.
 *
 * A unit's `text` is exact: every character of the block, a hard line break
 * as "\n". Accepting or rejecting a comparison must give these texts back
 * byte for byte, so nothing here trims or folds.
 */
export type UnitType = 'heading' | 'paragraph' | 'bullet' | 'ordered' | 'row';

/** A stretch of text with one formatting; the runs of a unit concatenate to its text. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export interface Cell {
  text: string;
  runs?: Run[];
}

/** The runs of a unit or cell: its own, or one plain run of its text. */
export function runsOf(x: { text: string; runs?: Run[] }): Run[] {
  return x.runs ?? (x.text ? [{ text: x.text }] : []);
}

function withRuns(text: string, runs: Run[]): { text: string; runs?: Run[] } {
  return runs.some((r) => r.bold || r.italic) ? { text, runs } : { text };
}

export interface Unit {
  type: UnitType;
  /** Heading level, or list nesting depth (1-based). */
  level: number;
  text: string;
  /** Formatting runs; absent when the whole text is plain (keeps large comparisons small across IPC). */
  runs?: Run[];
  /** Table rows only: the cells, and the table's ordinal in its document (rows of one table export as one table). */
  cells?: Cell[];
  table?: number;
  header?: boolean;
}

export interface Section {
  heading: Unit | null;
  units: Unit[];
}

/** Separator of cells in a row's text (display and alignment only; the export writes real cells). */
export const CELL_SEPARATOR = ' | ';

export function unitsOf(doc: PMNode): Unit[] {
  const out: Unit[] = [];
  let tables = 0;
  const walkList = (list: PMNode, depth: number) => {
    const type: UnitType = list.type.name === 'ordered_list' ? 'ordered' : 'bullet';
    list.forEach((item) => {
      item.forEach((child) => {
        if (child.isTextblock) out.push({ type, level: depth, ...inlineOf(child) });
        else walkList(child, depth + 1);
      });
    });
  };
  doc.forEach((node) => {
    switch (node.type.name) {
      case 'heading':
        out.push({ type: 'heading', level: node.attrs.level as number, ...inlineOf(node) });
        break;
      case 'bullet_list':
      case 'ordered_list':
        walkList(node, 1);
        break;
      case 'table': {
        const table = tables++;
        node.forEach((row) => {
          const cells: Cell[] = [];
          let header = row.childCount > 0;
          row.forEach((cell) => {
            if (cell.type.name !== 'table_header') header = false;
            cells.push(cellOf(cell));
          });
          out.push({ type: 'row', level: 0, text: cells.map((c) => c.text).join(CELL_SEPARATOR), cells, table, header });
        });
        break;
      }
      default:
        out.push({ type: 'paragraph', level: 0, ...inlineOf(node) });
    }
  });
  return out;
}

/** A cell's paragraphs joined by line breaks. */
function cellOf(cell: PMNode): Cell {
  const runs: Run[] = [];
  let first = true;
  cell.forEach((p) => {
    if (!first) runs.push({ text: '\n' });
    first = false;
    runs.push(...runsOf(inlineOf(p)));
  });
  const merged = mergeRuns(runs);
  return withRuns(merged.map((r) => r.text).join(''), merged);
}

/** The exact text of a textblock and its formatting runs. */
function inlineOf(node: PMNode): { text: string; runs?: Run[] } {
  const runs: Run[] = [];
  node.forEach((child) => {
    if (child.isText) {
      const names = new Set(child.marks.map((m) => m.type.name));
      runs.push({ text: child.text ?? '', ...(names.has('strong') ? { bold: true } : {}), ...(names.has('em') ? { italic: true } : {}) });
    } else if (child.type.name === 'hard_break') runs.push({ text: '\n' });
    else {
      // Any other inline node (e.g. a footnote) counts as one piece of text.
      const leaf = child.type.spec.leafText?.(child) ?? child.textContent;
      if (leaf) runs.push({ text: leaf });
    }
  });
  const merged = mergeRuns(runs);
  return withRuns(merged.map((r) => r.text).join(''), merged);
}

function mergeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (!r.text) continue;
    const last = out[out.length - 1];
    if (last && !!last.bold === !!r.bold && !!last.italic === !!r.italic) last.text += r.text;
    else out.push({ ...r });
  }
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
