import type { PdfItem, PdfPage } from './extract.js';

/** A visual line: items on one baseline, left to right, with the style most of its letters have. */
export interface PdfLine {
  text: string;
  page: number;
  x: number;
  xEnd: number;
  /** Baseline, PDF units from the page's bottom. */
  y: number;
  size: number;
  /** Every letter is set in a bold font. */
  bold: boolean;
  italic: boolean;
  /** A wide horizontal gap splits the line into cells (a table row or a tabbed header line). */
  cells: string[];
  pageHeight: number;
  pageWidth: number;
}

const SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/** Groups a page's items into lines, top to bottom. Raised small digits become superscript footnote marks. */
export function pageLines(page: PdfPage, pageIndex: number): PdfLine[] {
  const items = page.items.filter((i) => i.str.trim() || i.str === ' ');
  // Text order is usually reading order, but not always: sort by baseline (top first), then x.
  const sorted = items
    .map((item, order) => ({ item, order }))
    .sort((a, b) => b.item.y - a.item.y || a.item.x - b.item.x || a.order - b.order)
    .map((e) => e.item);
  const rows: PdfItem[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    const anchor = row ? baseOf(row) : null;
    if (row && anchor && Math.abs(anchor.y - item.y) <= Math.max(2, 0.6 * Math.min(anchor.size, item.size) + 0.2 * Math.abs(anchor.size - item.size))) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => toLine(row, pageIndex, page)).filter((l) => l.text);
}

/** The item that sets a row's baseline: the largest one (not a raised footnote mark). */
function baseOf(row: PdfItem[]): PdfItem {
  let best = row[0]!;
  for (const item of row) if (item.size > best.size + 0.1) best = item;
  return best;
}

function toLine(row: PdfItem[], pageIndex: number, page: PdfPage): PdfLine {
  const items = [...row].sort((a, b) => a.x - b.x);
  const base = baseOf(items);
  const cells: string[] = [];
  let cell = '';
  let text = '';
  let prevEnd: number | null = null;
  let boldChars = 0;
  let italicChars = 0;
  let letters = 0;
  const sizeChars = new Map<number, number>();
  for (const item of items) {
    let str = item.str;
    const raised = item.y - base.y > 0.15 * base.size && item.size < 0.85 * base.size;
    if (raised && /^\s*\d{1,3}\s*$/.test(str)) str = [...str.trim()].map((d) => SUPERSCRIPT[Number(d)]).join('');
    if (prevEnd !== null) {
      const gap = item.x - prevEnd;
      if (gap > 2.5 * base.size && cell.trim()) {
        cells.push(cell.trim());
        cell = '';
        text += '  ';
      } else if (gap > 0.2 * base.size && !/\s$/.test(text) && !/^\s/.test(str) && !raised) {
        text += ' ';
        cell += ' ';
      }
    }
    text += str;
    cell += str;
    // A space item may span a whole tab gap: only visible text sets where the line has got to.
    if (str.trim()) prevEnd = item.x + item.width;
    else if (prevEnd === null) prevEnd = item.x;
    const n = str.replace(/[\s\d.,:;()–-]/g, '').length;
    letters += n;
    if (item.bold) boldChars += n;
    if (item.italic) italicChars += n;
    if (!raised) {
      const key = Math.round(item.size * 2) / 2;
      sizeChars.set(key, (sizeChars.get(key) ?? 0) + Math.max(1, n));
    }
  }
  if (cell.trim()) cells.push(cell.trim());
  let size = base.size;
  let most = -1;
  for (const [s, n] of sizeChars) if (n > most) [size, most] = [s, n];
  return {
    text: text.replace(/\s+/g, ' ').trim(),
    page: pageIndex,
    x: items[0]!.x,
    xEnd: prevEnd ?? items[0]!.x,
    y: base.y,
    size,
    bold: letters > 0 ? boldChars / letters > 0.9 : items.every((i) => i.bold),
    italic: letters > 0 && italicChars / letters > 0.9,
    cells,
    pageHeight: page.height,
    pageWidth: page.width,
  };
}
