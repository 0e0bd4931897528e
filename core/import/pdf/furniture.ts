import type { PdfLine } from './lines.js';

/**
 * Page furniture that is not the document's text: running headers and footers,
 * page numbers, a table of contents, and footnotes at the page foot.
 */

/** Share of the page height at the top and bottom where running headers and footers live. */
const MARGIN_ZONE = 0.1;
const PAGE_NUMBER = /^(?:sida\s+)?\d{1,4}(?:\s*(?:\(\s*\d{1,4}\s*\)|av\s+\d{1,4}|\/\s*\d{1,4}))?$/iu;
const LEADER = /(?:\.{3,}|…{2,}|(?:\. ){3,}|_{3,})\s*\d{1,4}$/u;
const TOC_TITLE = /^(innehåll|innehållsförteckning|innehållsförteckning:|innehåll:)$/iu;
const FOOTNOTE_START = /^(?:\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s*\S/u;

function zoneOf(line: PdfLine): 'top' | 'bottom' | null {
  if (line.y > line.pageHeight * (1 - MARGIN_ZONE)) return 'top';
  if (line.y < line.pageHeight * MARGIN_ZONE) return 'bottom';
  return null;
}

/**
 * The same text (numbers aside) near the top or bottom of many pages, lone page
 * numbers there, and text set smaller than the body above everything else on a page.
 */
export function dropRunningLines(pages: PdfLine[][], bodySize: number): PdfLine[][] {
  const pageCount = new Map<string, Set<number>>();
  const keyOf = (l: PdfLine) => `${zoneOf(l)}|${l.text.toLocaleLowerCase('sv').replace(/\d+/g, '#').replace(/\s+/g, '')}`;
  pages.forEach((lines, p) => {
    for (const l of lines) {
      if (!zoneOf(l)) continue;
      const k = keyOf(l);
      if (!pageCount.has(k)) pageCount.set(k, new Set());
      pageCount.get(k)!.add(p);
    }
  });
  const needed = Math.max(2, Math.ceil(pages.length * 0.3));
  return pages.map((lines) => {
    // A page header on a single page: small text in the top margin before any body-size text.
    const firstBody = lines.findIndex((l) => l.size >= bodySize - 0.6);
    return lines.filter((l, i) => {
      if (!zoneOf(l)) return true;
      if (PAGE_NUMBER.test(l.text)) return false;
      if (zoneOf(l) === 'top' && i < firstBody && l.size < bodySize - 0.6) return false;
      return pages.length < 2 || (pageCount.get(keyOf(l))?.size ?? 0) < needed;
    });
  });
}

/** A table-of-contents line: text, then dot leaders or a wide gap, then a page number. */
function tocLike(line: PdfLine): boolean {
  if (LEADER.test(line.text)) return true;
  const last = line.cells[line.cells.length - 1];
  return line.cells.length >= 2 && !!last && /^\d{1,4}$/.test(last) && /\p{L}/u.test(line.cells[line.cells.length - 2]!);
}

/** Drops tables of contents: runs of contents lines, with their "Innehåll" title. */
export function dropTableOfContents(lines: PdfLine[]): PdfLine[] {
  const drop = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!tocLike(lines[i]!)) continue;
    let j = i;
    const run: number[] = [];
    // A contents entry may wrap: a line without a page number between two entries belongs to the run.
    while (j < lines.length && (tocLike(lines[j]!) || (j + 1 < lines.length && tocLike(lines[j + 1]!) && run.length > 0))) run.push(j++);
    const leaders = run.filter((k) => LEADER.test(lines[k]!.text)).length;
    if (run.length >= 3 || leaders >= 1) {
      for (const k of run) drop.add(k);
      for (let t = i - 1; t >= Math.max(0, i - 2); t--) if (TOC_TITLE.test(lines[t]!.text)) drop.add(t);
    }
    i = j;
  }
  return drop.size ? lines.filter((_, i) => !drop.has(i)) : lines;
}

/**
 * Footnotes: text smaller than the body below the page's last body-size line,
 * starting with a number. Returns the page without them and the notes' texts.
 */
export function takeFootnotes(lines: PdfLine[], bodySize: number): { lines: PdfLine[]; notes: string[] } {
  let lastBody = -1;
  lines.forEach((l, i) => {
    if (l.size >= bodySize - 0.6) lastBody = i;
  });
  const foot = lines.slice(lastBody + 1);
  if (!foot.length || !FOOTNOTE_START.test(foot[0]!.text) || foot.some((l) => l.size >= bodySize - 0.6)) return { lines, notes: [] };
  const notes: string[] = [];
  for (const l of foot) {
    if (FOOTNOTE_START.test(l.text) || !notes.length) notes.push(l.text);
    else notes[notes.length - 1] += ` ${l.text}`;
  }
  return { lines: lines.slice(0, lastBody + 1), notes: notes.map(normaliseNote) };
}

/** "¹ Text" and "1Text" both become "1 Text". */
function normaliseNote(note: string): string {
  const sup = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  return note.replace(/^([⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d+)\s*/u, (_m, n: string) => `${[...n].map((c) => (sup.includes(c) ? String(sup.indexOf(c)) : c)).join('')} `);
}
