import type { PdfLine } from './lines.js';
import type { TextBlock } from '../plainText.js';
import { joinWrapped } from '../plainText.js';

/**
 * Turns the body lines of a PDF into blocks by their layout: lines join into
 * paragraphs by spacing and style; a short group set larger or bolder than the
 * body is a heading, its level by the rank of its style and by its numbering.
 */

const BULLET = /^(?:[•●▪◦∙·■□▫◆◇►▶✓✔➢➤→\-–*]|o(?=\s)|[\uf0b7\uf0a7\uf076\uf0d8])\s*(.*)$/u;
const ORDERED = /^(\d{1,2}|[a-zåäö])[.)]\s+(.*)$/u;
const NUMBERING = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\S/u;
const SENTENCE_END = /[.!?:;]["”»)]?$/u;

interface Group {
  lines: PdfLine[];
  /** Index of the first line in the whole document, for line numbers. */
  index: number;
}

/** The size most of the text is set in. */
export function bodySizeOf(lines: PdfLine[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) weight.set(l.size, (weight.get(l.size) ?? 0) + l.text.length);
  let best = 10;
  let most = -1;
  for (const [s, n] of weight) if (n > most) [best, most] = [s, n];
  return best;
}

const styleKey = (l: PdfLine) => `${Math.round(l.size * 2) / 2}|${l.bold ? 'b' : ''}${l.italic ? 'i' : ''}`;

function startsItem(line: PdfLine): boolean {
  return BULLET.test(line.text) || ORDERED.test(line.text);
}

/** The right edge of the text column per page, where full lines end. */
function columnRight(lines: PdfLine[]): Map<number, number> {
  const ends = new Map<number, number[]>();
  for (const l of lines) (ends.get(l.page) ?? ends.set(l.page, []).get(l.page)!).push(l.xEnd);
  const right = new Map<number, number>();
  for (const [page, xs] of ends) {
    xs.sort((a, b) => a - b);
    right.set(page, xs[Math.floor(xs.length * 0.9)] ?? 0);
  }
  return right;
}

function groupLines(lines: PdfLine[], offset: number[], bodySize: number): Group[] {
  const right = columnRight(lines);
  const groups: Group[] = [];
  let current: Group | null = null;
  lines.forEach((line, i) => {
    const prev = current?.lines[current.lines.length - 1];
    let join = false;
    if (prev && styleKey(prev) === styleKey(line) && !startsItem(line) && line.cells.length < 2 && prev.cells.length < 2) {
      if (prev.page === line.page) {
        const gap = prev.y - line.y;
        const edge = right.get(prev.page) ?? 0;
        const fullPrev = prev.xEnd > edge - 3 * prev.size;
        // A heading wraps only when its line is nearly full; two short headings in a row stay two.
        const prominent = line.bold || line.size >= bodySize + 0.9;
        join = gap > 0 && gap <= 1.45 * line.size && (prominent ? prev.xEnd > edge - 8 * prev.size : fullPrev || !SENTENCE_END.test(prev.text));
      } else {
        // Across a page break: a paragraph continues when its last line did not end a sentence.
        join = !SENTENCE_END.test(prev.text);
      }
    } else if (prev && current && startsItem(current.lines[0]!) && prev.page === line.page && !startsItem(line) && line.cells.length < 2) {
      // A wrapped list item: the next line starts further right than the bullet, close below.
      const gap = prev.y - line.y;
      join = gap > 0 && gap <= 1.45 * line.size && line.x > current.lines[0]!.x + 1 && Math.abs(line.size - prev.size) < 0.6;
    }
    if (join && current) current.lines.push(line);
    else {
      current = { lines: [line], index: offset[i] ?? i };
      groups.push(current);
    }
  });
  return groups;
}

function textOf(group: Group): string {
  return joinWrapped(group.lines.map((l) => l.text));
}

/** A group that stands alone, set larger or bolder than the body, short, not ending like a sentence. */
function isHeadingGroup(group: Group, bodySize: number): boolean {
  const first = group.lines[0]!;
  if (group.lines.length > 3) return false;
  const larger = first.size >= bodySize + 0.9;
  const bolder = first.bold && first.size >= bodySize - 0.6;
  const text = textOf(group);
  // Set in capitals at body size, on a line of its own: a heading by the typewriter convention.
  const unnumbered = text.replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+/, '');
  const letters = unnumbered.replace(/[^\p{L}]/gu, '');
  const capitals = letters.length >= 4 && letters === letters.toUpperCase() && !/\d/.test(unnumbered) && group.lines.length === 1;
  if (!larger && !bolder && !capitals) return false;
  if (text.length > 200 || text.length < 2 || !/\p{L}{2}/u.test(text)) return false;
  if (/[.,;]$/u.test(text) && !/^\d+(\.\d+)*\.?$/.test(text.split(' ')[0]!) ) return false;
  if (first.cells.length > 1 && !NUMBERING.test(text)) return false;
  // Labelled header lines ("Diarienummer: …") and lone dates are data, not headings.
  if (/^[\p{L} ]{2,30}:\s*\S/u.test(text) && !larger) return false;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  if (BULLET.test(text) && !larger) return false;
  return true;
}

/**
 * Simple tables: two or more consecutive one-line groups split into the same
 * number of cells (two or more) by wide gaps, on one page. Keyed by the first group's index.
 */
function tableRuns(groups: Group[], headings: Set<Group>): Map<number, number> {
  const runs = new Map<number, number>();
  const row = (g: Group | undefined) => !!g && g.lines.length === 1 && g.lines[0]!.cells.length >= 2 && !headings.has(g);
  for (let i = 0; i < groups.length; i++) {
    if (!row(groups[i])) continue;
    const cells = groups[i]!.lines[0]!.cells.length;
    const page = groups[i]!.lines[0]!.page;
    let j = i + 1;
    while (j < groups.length && row(groups[j]) && groups[j]!.lines[0]!.cells.length === cells && groups[j]!.lines[0]!.page === page) j++;
    if (j - i >= 2) runs.set(i, j - i);
    i = j - 1;
  }
  return runs;
}

export interface LaidOut {
  blocks: TextBlock[];
  title: string | null;
}

/** `offset[i]` is the 1-based line number of lines[i] in the page text, for messages. */
export function layoutBlocks(lines: PdfLine[], bodySize: number, offset: number[]): LaidOut {
  const groups = groupLines(lines, offset, bodySize);
  const headingGroups = groups.filter((g) => isHeadingGroup(g, bodySize));
  const headingSet = new Set(headingGroups);

  // Title: the first heading on page one, among the first few blocks, set clearly larger than every heading after it and far larger than the body.
  let title: string | null = null;
  const first = groups.slice(0, 4).find((g) => headingSet.has(g));
  if (first && first.lines[0]!.page === 0) {
    const rest = headingGroups.filter((g) => g !== first);
    // A loop, not Math.max(...): a hostile PDF may have hundreds of thousands of heading-like lines.
    let maxRest = 0;
    for (const g of rest) maxRest = Math.max(maxRest, g.lines[0]!.size);
    // Title styles are set far above the body (Word 28 pt, python-docx 26 pt over 11 pt); a first heading of
    // ordinary heading size over smaller subheadings is a section heading, not the title.
    const size = first.lines[0]!.size;
    if (size >= 1.55 * bodySize && (size >= maxRest + 2 || rest.length === 0)) {
      title = textOf(first);
      headingSet.delete(first);
    }
  }

  // Levels: rank the heading styles, larger first, bold before regular, upright before italic.
  const styles = [...new Set([...headingSet].map((g) => styleKey(g.lines[0]!)))];
  const rankOf = (key: string) => {
    const [size, flags] = key.split('|') as [string, string];
    return -Number(size) * 10 - (flags.includes('b') ? 2 : 0) + (flags.includes('i') ? 1 : 0);
  };
  styles.sort((a, b) => rankOf(a) - rankOf(b));
  const levelOfStyle = new Map(styles.map((s, i) => [s, Math.min(i + 1, 3) as 1 | 2 | 3]));

  const blocks: TextBlock[] = [];
  let list: Extract<TextBlock, { type: 'list' }> | null = null;
  const tables = tableRuns(groups, headingSet);
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    if (group === first && title) continue;
    const run = tables.get(g);
    if (run) {
      list = null;
      const rows = groups.slice(g, g + run).map((r) => r.lines[0]!);
      blocks.push({ type: 'table', rows: rows.map((r) => r.cells), header: rows[0]!.bold && !rows[1]!.bold, lines: groups.slice(g, g + run).map((r) => r.index) });
      g += run - 1;
      continue;
    }
    const text = textOf(group);
    const line = group.index;
    if (headingSet.has(group)) {
      list = null;
      const numbered = NUMBERING.exec(text);
      const depth = numbered ? numbered[1]!.split('.').filter(Boolean).length : 0;
      const level = depth ? (Math.min(depth, 3) as 1 | 2 | 3) : levelOfStyle.get(styleKey(group.lines[0]!))!;
      blocks.push({ type: 'heading', level, text, line });
      continue;
    }
    const bullet = BULLET.exec(text);
    const ordered = bullet ? null : ORDERED.exec(text);
    if ((bullet && bullet[1]) || ordered) {
      const isOrdered = !bullet;
      const item = bullet ? bullet[1]! : ordered![2]!;
      if (!list || list.ordered !== isOrdered) {
        list = { type: 'list', ordered: isOrdered, items: [], lines: [] };
        blocks.push(list);
      }
      list.items.push(item);
      list.lines.push(line);
      continue;
    }
    list = null;
    blocks.push({ type: 'paragraph', text, line });
  }
  return { blocks, title };
}
